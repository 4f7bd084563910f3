#include "manualclock.h"
#include "rawdatabase.h"
#include "storeassert.h"
#include "teststore.h"

#include "messagerepository.h"
#include "threadrepository.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace signalbox;

namespace {

QByteArray describe(const Message &m)
{
    return QStringLiteral("{id %1 parent %2 sender %3 depth %4 time %5 content \"%6\"}")
        .arg(m.id)
        .arg(m.parentId)
        .arg(m.senderId)
        .arg(m.depth)
        .arg(m.timestamp.toMSecsSinceEpoch())
        .arg(m.content.left(30))
        .toUtf8();
}

QList<Id> idsOf(const QList<Message> &messages)
{
    QList<Id> ids;
    for (const Message &m : messages)
        ids.append(m.id);
    return ids;
}

QList<int> depthsOf(const QList<Message> &messages)
{
    QList<int> depths;
    for (const Message &m : messages)
        depths.append(m.depth);
    return depths;
}

// The thread the slow, obvious way: climb to the root with one get() per step, then walk down
// with one query per node for its replies, in (timestamp, id) order.
QList<Message> naiveThread(Store &store, test::RawDatabase &raw, const User &viewer, Id messageId)
{
    QList<Message> out;
    auto current = store.messages().get(viewer, messageId);
    if (!current)
        return out;
    Message root = *current;
    while (root.parentId > 0)
        root = *store.messages().get(viewer, root.parentId);

    QList<std::pair<Id, int>> stack{{root.id, 0}};
    while (!stack.isEmpty()) {
        const auto [id, depth] = stack.takeLast();
        Message m = *store.messages().get(viewer, id);
        m.depth = depth;
        out.append(m);
        const auto children
            = raw.rows(QStringLiteral("SELECT id FROM messages WHERE parent_message_id = ? "
                                      "ORDER BY timestamp, id"),
                       {id});
        for (auto it = children.crbegin(); it != children.crend(); ++it)
            stack.append({it->first().toLongLong(), depth + 1});
    }
    return out;
}

} // namespace

class tst_ThreadRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void replyParentMustBeInTheSameConversation_data();
    void replyParentMustBeInTheSameConversation();
    void threadIsTheWholeTreeFromAnyNode();
    void siblingsInTimeOrderThenId();
    void anyDepth();
    void threadMatchesNaiveRecursionOnRandomTree();
    void onlySenderAndReceiverMaySeeThread();
};

void tst_ThreadRepository::initTestCase()
{
    test::useFastPasswordHashing();
}

void tst_ThreadRepository::replyParentMustBeInTheSameConversation_data()
{
    QTest::addColumn<QString>("sender");
    QTest::addColumn<QString>("receiver");
    QTest::addColumn<QString>("parent"); // key of a message made in the test, or "missing"
    QTest::addColumn<bool>("accepted");

    QTest::newRow("same direction") << "alice"
                                    << "bob"
                                    << "alice>bob" << true;
    QTest::newRow("other direction") << "alice"
                                     << "bob"
                                     << "bob>alice" << true;
    QTest::newRow("receiver replies") << "bob"
                                      << "alice"
                                      << "alice>bob" << true;
    QTest::newRow("missing parent") << "alice"
                                    << "bob"
                                    << "missing" << false;
    QTest::newRow("sender's other conversation") << "alice"
                                                 << "bob"
                                                 << "alice>carol" << false;
    QTest::newRow("receiver's other conversation") << "alice"
                                                   << "bob"
                                                   << "bob>carol" << false;
    QTest::newRow("strangers' conversation") << "alice"
                                             << "bob"
                                             << "carol>dave" << false;
}

void tst_ThreadRepository::replyParentMustBeInTheSameConversation()
{
    QFETCH(QString, sender);
    QFETCH(QString, receiver);
    QFETCH(QString, parent);
    QFETCH(bool, accepted);

    test::TestStore ts;
    QHash<QString, User> users;
    for (const char *name : {"alice", "bob", "carol", "dave"})
        users.insert(QString::fromLatin1(name), ts.addUser(QString::fromLatin1(name)));
    QHash<QString, Id> messages;
    for (const char *pair : {"alice>bob", "bob>alice", "alice>carol", "bob>carol", "carol>dave"}) {
        const QStringList names = QString::fromLatin1(pair).split(u'>');
        messages.insert(
            QString::fromLatin1(pair),
            ts.send(users.value(names[0]), users.value(names[1]), QString::fromLatin1(pair)).id);
    }
    const Id parentId = messages.value(parent, 987654);
    test::RawDatabase raw(ts.path());
    const auto before = raw.snapshot();
    QSignalSpy changed(&ts.store(), &Store::changed);

    auto reply = ts->messages().send(users.value(sender), users.value(receiver),
                                     QStringLiteral("a reply"), parentId);
    if (accepted) {
        SB_VERIFY_OK(reply);
        QCOMPARE(reply->parentId, parentId);
        QCOMPARE(ts->messages().get(users.value(sender), reply->id)->parentId, parentId);
        QCOMPARE(changed.count(), 1);
    } else {
        SB_VERIFY_ERROR(reply, StoreError::InvalidInput);
        QVERIFY(raw.snapshot() == before);
        QCOMPARE(changed.count(), 0);
    }
}

void tst_ThreadRepository::threadIsTheWholeTreeFromAnyNode()
{
    test::TestStore ts;
    test::ManualClock clock(ts.store());
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const auto send = [&](const User &from, const User &to, const char *text, Id parent = 0) {
        clock.advance();
        return ts.send(from, to, QString::fromLatin1(text), parent).id;
    };
    const Id root = send(alice, bob, "root");
    const Id otherRoot = send(bob, alice, "another thread");
    const Id a = send(bob, alice, "a", root);
    const Id b = send(alice, bob, "b", root);
    const Id a1 = send(alice, bob, "a1", a);
    const Id b1 = send(bob, alice, "b1", b);
    const Id a1x = send(bob, alice, "a1x", a1);
    const Id otherReply = send(alice, bob, "other reply", otherRoot);
    const QList<Id> expected{root, a, a1, a1x, b, b1};
    const QList<int> depths{0, 1, 2, 3, 1, 2};

    for (const Id from : expected) {
        for (const User &viewer : {alice, bob}) {
            const qint64 before = ts->statementCount();
            auto thread = ts->threads().thread(viewer, from);
            QCOMPARE(ts->statementCount() - before, 1);
            SB_VERIFY_OK(thread);
            QCOMPARE(idsOf(*thread), expected);
            QCOMPARE(depthsOf(*thread), depths);
            for (const Message &m : *thread)
                QCOMPARE(m.content, ts->messages().get(viewer, m.id)->content);
        }
    }
    auto other = ts->threads().thread(alice, otherReply);
    SB_VERIFY_OK(other);
    QCOMPARE(idsOf(*other), (QList<Id>{otherRoot, otherReply}));
    QCOMPARE(depthsOf(*other), (QList<int>{0, 1}));
}

void tst_ThreadRepository::siblingsInTimeOrderThenId()
{
    test::TestStore ts;
    test::ManualClock clock(ts.store());
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const QDateTime t0 = clock.now();
    const Id root = ts.send(alice, bob, QStringLiteral("root")).id;
    const auto replyAt = [&](qint64 offset, const User &from, const User &to) {
        clock.set(t0.addMSecs(offset));
        return ts.send(from, to, QStringLiteral("at +%1").arg(offset), root).id;
    };
    // Inserted out of time order; three replies share one millisecond.
    const Id late = replyAt(50, bob, alice);
    const Id tieFirst = replyAt(10, alice, bob);
    const Id tieSecond = replyAt(10, bob, alice);
    const Id middle = replyAt(30, alice, bob);
    const Id tieThird = replyAt(10, bob, alice);
    clock.set(t0.addMSecs(1));
    const Id underTie = ts.send(alice, bob, QStringLiteral("under the tie"), tieSecond).id;
    QVERIFY(tieFirst < tieSecond && tieSecond < tieThird);

    const qint64 before = ts->statementCount();
    auto thread = ts->threads().thread(bob, late);
    QCOMPARE(ts->statementCount() - before, 1);
    SB_VERIFY_OK(thread);
    QCOMPARE(idsOf(*thread),
             (QList<Id>{root, tieFirst, tieSecond, underTie, tieThird, middle, late}));
    QCOMPARE(depthsOf(*thread), (QList<int>{0, 1, 1, 2, 1, 1, 1}));
}

void tst_ThreadRepository::anyDepth()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    constexpr int Depth = 600;
    QList<Id> chain;
    for (int i = 0; i < Depth; ++i) {
        const bool even = i % 2 == 0;
        chain.append(ts.send(even ? alice : bob, even ? bob : alice,
                             QStringLiteral("level %1").arg(i), chain.isEmpty() ? 0 : chain.last())
                         .id);
    }
    const qint64 before = ts->statementCount();
    auto thread = ts->threads().thread(alice, chain.at(Depth / 2));
    QCOMPARE(ts->statementCount() - before, 1);
    SB_VERIFY_OK(thread);
    QCOMPARE(idsOf(*thread), chain);
    QCOMPARE(thread->last().depth, Depth - 1);
}

void tst_ThreadRepository::threadMatchesNaiveRecursionOnRandomTree()
{
    test::TestStore ts;
    test::ManualClock clock(ts.store());
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const User carol = ts.addUser(QStringLiteral("carol"));
    QRandomGenerator random(20240611);
    constexpr int Size = 2000;

    QElapsedTimer timer;
    timer.start();
    QList<Id> tree{ts.send(alice, bob, QStringLiteral("root of the big thread")).id};
    QList<Id> noise{ts.send(bob, alice, QStringLiteral("root of a small thread")).id};
    while (tree.size() < Size) {
        // Often equal times (advance 0), so that the id breaks ties.
        clock.advance(random.bounded(3));
        const bool fromAlice = random.bounded(2) == 0;
        const User &from = fromAlice ? alice : bob;
        const User &to = fromAlice ? bob : alice;
        if (random.bounded(50) == 0) {
            // Traffic around the thread: another thread of the pair, another pair.
            noise.append(ts.send(from, to, QStringLiteral("noise"), noise.last()).id);
            ts.send(carol, from, QStringLiteral("elsewhere"));
            continue;
        }
        // Half the time one of the latest messages, which makes deep branches.
        const qsizetype pick
            = random.bounded(2) == 0
                  ? tree.size() - 1 - random.bounded(qMin<qsizetype>(8, tree.size()))
                  : random.bounded(tree.size());
        const Message reply
            = ts.send(from, to, QStringLiteral("reply %1").arg(tree.size()), tree.at(pick));
        QVERIFY(reply.isValid());
        tree.append(reply.id);
    }
    qDebug("%d sends took %lld ms", Size, timer.elapsed());

    test::RawDatabase raw(ts.path());
    for (int round = 0; round < 3; ++round) {
        const Id from = tree.at(round == 0 ? 0 : random.bounded(tree.size()));
        const User &viewer = round % 2 == 0 ? alice : bob;
        const qint64 before = ts->statementCount();
        auto thread = ts->threads().thread(viewer, from);
        QCOMPARE(ts->statementCount() - before, 1);
        SB_VERIFY_OK(thread);

        const QList<Message> naive = naiveThread(ts.store(), raw, viewer, from);
        QCOMPARE(thread->size(), qsizetype(Size));
        QCOMPARE(naive.size(), qsizetype(Size));
        for (qsizetype i = 0; i < naive.size(); ++i)
            QVERIFY2(thread->at(i) == naive.at(i),
                     QByteArray("at " + QByteArray::number(i) + ": thread "
                                + describe(thread->at(i)) + " naive " + describe(naive.at(i)))
                         .constData());
    }
    int maxDepth = 0;
    const auto whole = ts->threads().thread(alice, tree.first());
    SB_VERIFY_OK(whole);
    for (const Message &m : *whole)
        maxDepth = qMax(maxDepth, m.depth);
    QVERIFY2(maxDepth > 20, QByteArray::number(maxDepth).constData());
    qDebug("deepest reply: %d", maxDepth);
}

void tst_ThreadRepository::onlySenderAndReceiverMaySeeThread()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const User eve = ts.addUser(QStringLiteral("eve"));
    const Message root = ts.send(alice, bob, QStringLiteral("root"));
    const Message reply = ts.send(bob, alice, QStringLiteral("reply"), root.id);

    SB_VERIFY_OK(ts->threads().thread(alice, reply.id));
    SB_VERIFY_OK(ts->threads().thread(bob, root.id));
    SB_VERIFY_ERROR(ts->threads().thread(eve, root.id), test::TestStore::hiddenRow());
    SB_VERIFY_ERROR(ts->threads().thread(eve, reply.id), test::TestStore::hiddenRow());
    SB_VERIFY_ERROR(ts->threads().thread(alice, reply.id + 1000), StoreError::NotFound);
    auto page = ts->threads().page(eve, alice.id, 10);
    SB_VERIFY_OK(page);
    QVERIFY(page->messages.isEmpty());
}

QTEST_GUILESS_MAIN(tst_ThreadRepository)
#include "tst_threadrepository.moc"

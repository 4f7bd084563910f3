#include "rawdatabase.h"
#include "storeassert.h"
#include "teststore.h"

#include "messagerepository.h"
#include "storesignals.h"
#include "userrepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace signalbox;

namespace {

ChangeSet onlyChange(const QSignalSpy &spy)
{
    return spy.count() == 1 ? spy.first().first().value<ChangeSet>() : ChangeSet();
}

} // namespace

class tst_StoreSignals : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void messageSavedOncePerSendInsideTheTransaction();
    void failingReceiverRollsTheSendBack();
    void failingPreSaveReceiverRollsTheEditBack();
    void changedComesAfterCommit();
    void changedCarriesTheRightIds();
};

void tst_StoreSignals::initTestCase()
{
    test::useFastPasswordHashing();
}

void tst_StoreSignals::messageSavedOncePerSendInsideTheTransaction()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    struct Seen
    {
        Id id;
        bool created;
        bool inTransaction;
        int rowsVisible;
    };
    QList<Seen> seen;
    Store &store = ts.store();
    connect(
        ts->hooks(), &StoreSignals::messageSaved, this,
        [&](const Message &m, bool created) {
            auto rows = store.database().scalar(
                QStringLiteral("SELECT count(*) FROM messages WHERE id = ?"), {m.id});
            seen.append(
                {m.id, created, store.database().inTransaction(), rows ? rows->toInt() : -1});
        },
        Qt::DirectConnection);

    QList<Id> sent;
    for (int i = 0; i < 3; ++i)
        sent.append(ts.send(alice, bob, QStringLiteral("message %1").arg(i)).id);
    QCOMPARE(seen.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(seen.at(i).id, sent.at(i));
        QVERIFY(seen.at(i).created);
        QVERIFY(seen.at(i).inTransaction);
        QCOMPARE(seen.at(i).rowsVisible, 1); // emitted after the INSERT, before COMMIT
    }

    // Refused before any write: no signal.
    SB_VERIFY_ERROR(ts->messages().send(alice, bob, QString()), StoreError::InvalidInput);
    QCOMPARE(seen.size(), 3);
    // An edit is a save, not a creation; an edit that changes nothing is no save at all.
    SB_VERIFY_OK(ts->messages().edit(alice, sent.first(), QStringLiteral("edited")));
    QCOMPARE(seen.size(), 4);
    QCOMPARE(seen.last().id, sent.first());
    QVERIFY(!seen.last().created);
    SB_VERIFY_OK(ts->messages().edit(alice, sent.first(), QStringLiteral("edited")));
    QCOMPARE(seen.size(), 4);
}

void tst_StoreSignals::failingReceiverRollsTheSendBack()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    test::RawDatabase raw(ts.path());
    const auto before = raw.snapshot();
    QSignalSpy changed(&ts.store(), &Store::changed);
    StoreSignals *hooks = ts->hooks();
    const StoreError refusal
        = StoreError::make(StoreError::Internal, QStringLiteral("the test receiver refuses"));
    int calls = 0;
    auto connection = connect(
        hooks, &StoreSignals::messageSaved, this,
        [&](const Message &, bool) {
            ++calls;
            hooks->fail(refusal);
        },
        Qt::DirectConnection);

    auto sent = ts->messages().send(alice, bob, QStringLiteral("never stored"));
    SB_VERIFY_ERROR(sent, StoreError::Internal);
    QCOMPARE(sent.error().message, refusal.message);
    QCOMPARE(calls, 1);
    QCOMPARE(raw.count(QStringLiteral("messages")), 0);
    QCOMPARE(raw.count(QStringLiteral("notifications")), 0);
    QVERIFY(raw.snapshot() == before);
    QCOMPARE(changed.count(), 0);
    QVERIFY(!ts->database().inTransaction());

    // The failure does not outlive its operation.
    disconnect(connection);
    auto next = ts->messages().send(alice, bob, QStringLiteral("stored"));
    SB_VERIFY_OK(next);
    QCOMPARE(raw.count(QStringLiteral("messages")), 1);
    QCOMPARE(raw.count(QStringLiteral("notifications")), 1);
    QCOMPARE(changed.count(), 1);
}

void tst_StoreSignals::failingPreSaveReceiverRollsTheEditBack()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const Message m = ts.send(alice, bob, QStringLiteral("original"));
    test::RawDatabase raw(ts.path());
    const auto before = raw.snapshot();
    QSignalSpy changed(&ts.store(), &Store::changed);
    StoreSignals *hooks = ts->hooks();
    // Connected after EditHistoryRecorder: its history row is already written when this fails.
    auto connection = connect(
        hooks, &StoreSignals::messageAboutToBeSaved, this,
        [hooks](const Message &, Message *) {
            hooks->fail(StoreError::make(StoreError::Internal, QStringLiteral("no edits")));
        },
        Qt::DirectConnection);
    auto edited = ts->messages().edit(alice, m.id, QStringLiteral("changed"));
    disconnect(connection);

    SB_VERIFY_ERROR(edited, StoreError::Internal);
    QVERIFY(raw.snapshot() == before);
    QCOMPARE(raw.count(QStringLiteral("message_history")), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(ts->messages().get(alice, m.id)->content, QStringLiteral("original"));
}

void tst_StoreSignals::changedComesAfterCommit()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    test::RawDatabase raw(ts.path());
    int visibleToOthers = -1;
    bool inTransaction = true;
    Store &store = ts.store();
    connect(&store, &Store::changed, this, [&](const ChangeSet &changes) {
        inTransaction = store.database().inTransaction();
        // Another connection sees the rows: they are committed.
        visibleToOthers = raw.scalar(QStringLiteral("SELECT count(*) FROM messages WHERE id = ?"),
                                     {*changes.messagesAdded.cbegin()})
                              .toInt();
    });
    ts.send(alice, bob, QStringLiteral("committed"));
    QCOMPARE(visibleToOthers, 1);
    QVERIFY(!inTransaction);
}

void tst_StoreSignals::changedCarriesTheRightIds()
{
    test::TestStore ts;
    QSignalSpy changed(&ts.store(), &Store::changed);
    test::RawDatabase raw(ts.path());

    const User alice = ts.addUser(QStringLiteral("alice"));
    QCOMPARE(onlyChange(changed).usersAdded, QSet<Id>{alice.id});
    const User bob = ts.addUser(QStringLiteral("bob"));
    const User carol = ts.addUser(QStringLiteral("carol"));
    const ConversationKey aliceBob = ConversationKey::of(alice.id, bob.id);
    QCOMPARE(aliceBob, ConversationKey::of(bob.id, alice.id));

    changed.clear();
    const Message m = ts.send(alice, bob, QStringLiteral("hello"));
    ChangeSet c = onlyChange(changed);
    const Id notification
        = raw.scalar(QStringLiteral("SELECT id FROM notifications WHERE message_id = ?"), {m.id})
              .toLongLong();
    QCOMPARE(c.messagesAdded, QSet<Id>{m.id});
    QCOMPARE(c.notificationsAdded, QSet<Id>{notification});
    QCOMPARE(c.conversations, QSet<ConversationKey>{aliceBob});
    QCOMPARE(c.notifiedUsers, QSet<Id>{bob.id});
    QVERIFY(c.messagesChanged.isEmpty() && c.messagesRead.isEmpty() && c.messagesRemoved.isEmpty());
    QVERIFY(!c.touches(ConversationKey::of(alice.id, carol.id)));

    changed.clear();
    SB_VERIFY_OK(ts->messages().edit(alice, m.id, QStringLiteral("hello!")));
    c = onlyChange(changed);
    QCOMPARE(c.messagesChanged, QSet<Id>{m.id});
    QCOMPARE(c.conversations, QSet<ConversationKey>{aliceBob});
    QVERIFY(c.messagesAdded.isEmpty() && c.notificationsAdded.isEmpty());

    changed.clear();
    SB_VERIFY_OK(ts->messages().markRead(bob, m.id));
    c = onlyChange(changed);
    QCOMPARE(c.messagesRead, QSet<Id>{m.id});
    QCOMPARE(c.conversations, QSet<ConversationKey>{aliceBob});
    QCOMPARE(c.notifiedUsers, QSet<Id>{bob.id});

    changed.clear();
    const Message toCarol = ts.send(bob, carol, QStringLiteral("hi carol"));
    QCOMPARE(onlyChange(changed).conversations,
             QSet<ConversationKey>{ConversationKey::of(bob.id, carol.id)});

    changed.clear();
    auto removed = ts->messages().remove(alice, m.id);
    SB_VERIFY_OK(removed);
    c = onlyChange(changed);
    QCOMPARE(c.messagesRemoved, QSet<Id>{m.id});
    QCOMPARE(c.conversations, QSet<ConversationKey>{aliceBob});

    changed.clear();
    auto deleted = ts->users().remove(carol, test::TestStore::passwordOf(QStringLiteral("carol")));
    SB_VERIFY_OK(deleted);
    c = onlyChange(changed);
    QCOMPARE(c.usersRemoved, QSet<Id>{carol.id});
    QCOMPARE(c.conversations, QSet<ConversationKey>{ConversationKey::of(bob.id, carol.id)});
    QVERIFY(c.notifiedUsers.contains(bob.id));
    Q_UNUSED(toCarol);
}

QTEST_GUILESS_MAIN(tst_StoreSignals)
#include "tst_storesignals.moc"

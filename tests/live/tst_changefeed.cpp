#include "changefeed.h"
#include "messagerepository.h"
#include "teststore.h"
#include "userrepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace signalbox;

// Two Store connections on one file stand for two processes: what one commits reaches the
// other's changed() through the change log.
class tst_ChangeFeed : public QObject
{
    Q_OBJECT

private slots:
    void otherWritersChangesArrive();
    void ownChangesAreNotRepeated();
    void idleFeedRunsNoStatements();
    void rolledBackWritesLeaveNoEntry();
};

void tst_ChangeFeed::otherWritersChangesArrive()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    auto other = Store::open(ts.path());
    QVERIFY(other);

    ChangeFeed feed(&ts.store());
    QVERIFY(feed.start(20));
    QSignalSpy changed(&ts.store(), &Store::changed);

    auto sent = (*other)->messages().send(alice, bob, QStringLiteral("from another process"));
    QVERIFY(sent);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 2000);
    const auto changes = changed.first().first().value<ChangeSet>();
    QCOMPARE(changes.messagesAdded, QSet<Id>{sent->id});
    QVERIFY(changes.touches(ConversationKey::of(alice.id, bob.id)));
    QVERIFY(changes.notifiedUsers.contains(bob.id));
    QCOMPARE(changes.notificationsAdded.size(), 1);

    QVERIFY((*other)->messages().markRead(bob, sent->id));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 2000);
    QCOMPARE(changed.at(1).first().value<ChangeSet>().messagesRead, QSet<Id>{sent->id});
}

void tst_ChangeFeed::ownChangesAreNotRepeated()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    ChangeFeed feed(&ts.store());
    QVERIFY(feed.start(10));
    QSignalSpy changed(&ts.store(), &Store::changed);
    QVERIFY(ts->messages().send(alice, bob, QStringLiteral("mine")));
    QCOMPARE(changed.count(), 1); // emitted locally after COMMIT
    auto read = feed.poll();
    QVERIFY(read);
    QCOMPARE(*read, 0);
    QCOMPARE(changed.count(), 1);
}

void tst_ChangeFeed::idleFeedRunsNoStatements()
{
    test::TestStore ts;
    ChangeFeed feed(&ts.store());
    QVERIFY(feed.start(5));
    const qint64 before = ts->statementCount();
    QTest::qWait(100);
    QCOMPARE(ts->statementCount(), before);
}

void tst_ChangeFeed::rolledBackWritesLeaveNoEntry()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    auto other = Store::open(ts.path());
    QVERIFY(other);
    ChangeFeed feed(&ts.store());
    QVERIFY(feed.start(10));
    QSignalSpy changed(&ts.store(), &Store::changed);
    // An invalid reply is refused inside the transaction: nothing may reach other clients.
    QVERIFY(!(*other)->messages().send(alice, bob, QStringLiteral("orphan"), 999999));
    auto read = feed.poll();
    QVERIFY(read);
    QCOMPARE(*read, 0);
    QCOMPARE(changed.count(), 0);
}

QTEST_GUILESS_MAIN(tst_ChangeFeed)
#include "tst_changefeed.moc"

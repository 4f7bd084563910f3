#include "manualclock.h"
#include "storeassert.h"
#include "teststore.h"

#include "conversationrepository.h"
#include "messagerepository.h"
#include "userrepository.h"

#include <QTest>

using namespace signalbox;

namespace {

QList<Id> peersOf(const QList<ConversationSummary> &list)
{
    QList<Id> peers;
    for (const ConversationSummary &s : list)
        peers.append(s.peerId);
    return peers;
}

int unread(Store &store, const User &user, Id peer)
{
    auto summary = store.conversations().summary(user, peer);
    return summary ? summary->unreadCount : -1;
}

} // namespace

class tst_ConversationRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void newestActivityFirstInOneStatement();
    void unreadCountsFollowSendReadAndDelete();
    void userDeletionRemovesTheirConversations();
};

void tst_ConversationRepository::initTestCase()
{
    test::useFastPasswordHashing();
}

void tst_ConversationRepository::newestActivityFirstInOneStatement()
{
    test::TestStore ts;
    test::ManualClock clock(ts.store());
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const User carol = ts.addUser(QStringLiteral("carol"));
    const User dave = ts.addUser(QStringLiteral("dave"));
    ts.send(alice, bob, QStringLiteral("to bob"));
    clock.advance(10);
    ts.send(carol, alice, QStringLiteral("from carol"));
    clock.advance(10);
    const Message toDave = ts.send(alice, dave, QStringLiteral("to dave"));

    qint64 before = ts->statementCount();
    auto list = ts->conversations().listFor(alice);
    QCOMPARE(ts->statementCount() - before, 1);
    SB_VERIFY_OK(list);
    QCOMPARE(peersOf(*list), (QList<Id>{dave.id, carol.id, bob.id}));
    const ConversationSummary &latest = list->first();
    QCOMPARE(latest.peerName, dave.username);
    QCOMPARE(latest.lastMessageId, toDave.id);
    QCOMPARE(latest.lastContent, toDave.content);
    QCOMPARE(latest.lastSenderId, alice.id);
    QCOMPARE(latest.lastTimestamp, toDave.timestamp);
    QCOMPARE(latest.unreadCount, 0);
    QCOMPARE(list->at(1).unreadCount, 1); // carol's message to alice

    // A reply in bob's old thread brings bob to the top.
    clock.advance(10);
    const Message reply = ts.send(bob, alice, QStringLiteral("bob replies"));
    before = ts->statementCount();
    list = ts->conversations().listFor(alice);
    QCOMPARE(ts->statementCount() - before, 1);
    QCOMPARE(peersOf(*list), (QList<Id>{bob.id, dave.id, carol.id}));
    QCOMPARE(list->first().lastMessageId, reply.id);
    QCOMPARE(list->first().lastSenderId, bob.id);

    // Everyone sees their own side.
    QCOMPARE(peersOf(*ts->conversations().listFor(bob)), QList<Id>{alice.id});
    QCOMPARE(ts->conversations().listFor(bob)->first().unreadCount, 1);
    QCOMPARE(peersOf(*ts->conversations().listFor(dave)), QList<Id>{alice.id});
}

void tst_ConversationRepository::unreadCountsFollowSendReadAndDelete()
{
    test::TestStore ts;
    test::ManualClock clock(ts.store());
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    QList<Message> fromBob;
    for (int i = 0; i < 4; ++i) {
        clock.advance();
        fromBob.append(ts.send(bob, alice, QStringLiteral("bob %1").arg(i)));
    }
    clock.advance();
    const Message fromAlice
        = ts.send(alice, bob, QStringLiteral("alice answers"), fromBob.first().id);
    QCOMPARE(unread(ts.store(), alice, bob.id), 4);
    QCOMPARE(unread(ts.store(), bob, alice.id), 1);
    QCOMPARE(*ts->messages().unreadCount(alice), 4);

    SB_VERIFY_OK(ts->messages().markRead(alice, fromBob.at(1).id));
    QCOMPARE(unread(ts.store(), alice, bob.id), 3);
    SB_VERIFY_OK(ts->messages().markUnread(alice, fromBob.at(1).id));
    QCOMPARE(unread(ts.store(), alice, bob.id), 4);

    // Deleting an unread message without replies: one fewer.
    QCOMPARE(*ts->messages().remove(bob, fromBob.at(2).id), false);
    QCOMPARE(unread(ts.store(), alice, bob.id), 3);
    // Deleting an unread message with a reply: a placeholder, which is not unread.
    QCOMPARE(*ts->messages().remove(bob, fromBob.first().id), true);
    QCOMPARE(unread(ts.store(), alice, bob.id), 2);
    QCOMPARE(unread(ts.store(), bob, alice.id), 1);
    // Deleting the latest message: the summary falls back to the one before.
    QCOMPARE(*ts->messages().remove(alice, fromAlice.id), false);
    auto summary = ts->conversations().summary(bob, alice.id);
    SB_VERIFY_OK(summary);
    QCOMPARE(summary->lastMessageId, fromBob.at(3).id);
    QCOMPARE(summary->unreadCount, 0);
    // The placeholder lost its last reply and went too.
    SB_VERIFY_ERROR(ts->messages().get(alice, fromBob.first().id), StoreError::NotFound);

    auto marked = ts->messages().markConversationRead(alice, bob.id);
    SB_VERIFY_OK(marked);
    QCOMPARE(*marked, 2);
    QCOMPARE(unread(ts.store(), alice, bob.id), 0);
    QCOMPARE(*ts->messages().unreadCount(alice), 0);

    // Deleting everything removes the conversation from both lists.
    for (const Id id : {fromBob.at(1).id, fromBob.at(3).id})
        SB_VERIFY_OK(ts->messages().remove(bob, id));
    QVERIFY(ts->conversations().listFor(alice)->isEmpty());
    QVERIFY(ts->conversations().listFor(bob)->isEmpty());
    SB_VERIFY_ERROR(ts->conversations().summary(alice, bob.id), StoreError::NotFound);
}

void tst_ConversationRepository::userDeletionRemovesTheirConversations()
{
    test::TestStore ts;
    test::ManualClock clock(ts.store());
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const User carol = ts.addUser(QStringLiteral("carol"));
    ts.send(bob, carol, QStringLiteral("bob to carol"));
    clock.advance();
    ts.send(bob, carol, QStringLiteral("bob to carol again"));
    clock.advance();
    ts.send(alice, carol, QStringLiteral("alice to carol"));
    clock.advance();
    ts.send(bob, alice, QStringLiteral("bob to alice"));
    QCOMPARE(peersOf(*ts->conversations().listFor(carol)), (QList<Id>{alice.id, bob.id}));
    QCOMPARE(*ts->messages().unreadCount(carol), 3);

    SB_VERIFY_OK(ts->users().remove(bob, test::TestStore::passwordOf(QStringLiteral("bob"))));

    auto carols = ts->conversations().listFor(carol);
    SB_VERIFY_OK(carols);
    QCOMPARE(peersOf(*carols), QList<Id>{alice.id});
    QCOMPARE(carols->first().unreadCount, 1);
    QCOMPARE(*ts->messages().unreadCount(carol), 1);
    QCOMPARE(peersOf(*ts->conversations().listFor(alice)), QList<Id>{carol.id});
    QCOMPARE(*ts->messages().unreadCount(alice), 0);
}

QTEST_GUILESS_MAIN(tst_ConversationRepository)
#include "tst_conversationrepository.moc"

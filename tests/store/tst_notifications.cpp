#include "manualclock.h"
#include "rawdatabase.h"
#include "storeassert.h"
#include "teststore.h"

#include "conversationrepository.h"
#include "messagerepository.h"
#include "notificationrepository.h"
#include "storesignals.h"

#include <QSignalSpy>
#include <QTest>

using namespace signalbox;

namespace {

int notificationsOf(test::RawDatabase &raw, Id user)
{
    return raw
        .scalar(QStringLiteral("SELECT count(*) FROM notifications WHERE user_id = ?"), {user})
        .toInt();
}

QVariantList readFlags(test::RawDatabase &raw, Id message)
{
    return raw
        .rows(QStringLiteral("SELECT m.read, n.read FROM messages m JOIN notifications n "
                             "ON n.message_id = m.id WHERE m.id = ?"),
              {message})
        .value(0);
}

int unreadInSummary(Store &store, const User &user, Id peer)
{
    auto summary = store.conversations().summary(user, peer);
    return summary ? summary->unreadCount : -1;
}

} // namespace

class tst_Notifications : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sendNotifiesOnlyTheReceiver();
    void editReadAndReplyNotifyNobodyElse();
    void markReadChangesMessageAndNotificationTogether();
    void markReadIsOneTransaction();
    void markUnreadReversesIt();
    void markUnreadFromHere();
    void markConversationRead();
    void notificationMarkRead();
    void markAllRead();
};

void tst_Notifications::initTestCase()
{
    test::useFastPasswordHashing();
}

void tst_Notifications::sendNotifiesOnlyTheReceiver()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const User carol = ts.addUser(QStringLiteral("carol"));
    test::RawDatabase raw(ts.path());

    const Message m = ts.send(alice, bob, QStringLiteral("hello bob"));
    QVERIFY(m.isValid());
    QCOMPARE(raw.count(QStringLiteral("messages")), 1);
    QCOMPARE(raw.count(QStringLiteral("notifications")), 1);
    QCOMPARE(
        raw.rows(QStringLiteral("SELECT user_id, message_id, created_at, read FROM notifications")),
        (QList<QVariantList>{{bob.id, m.id, m.timestamp.toMSecsSinceEpoch(), 0}}));

    auto listed = ts->notifications().listFor(bob);
    SB_VERIFY_OK(listed);
    QCOMPARE(listed->size(), 1);
    const Notification &n = listed->first();
    QCOMPARE(n.userId, bob.id);
    QCOMPARE(n.messageId, m.id);
    QVERIFY(!n.read);
    QCOMPARE(n.message.senderName, alice.username);
    QCOMPARE(n.message.content, m.content);
    QCOMPARE(*ts->notifications().unreadCount(bob), 1);
    QVERIFY(ts->notifications().listFor(alice)->isEmpty());
    QVERIFY(ts->notifications().listFor(carol)->isEmpty());
    QCOMPARE(*ts->notifications().unreadCount(alice), 0);
}

void tst_Notifications::editReadAndReplyNotifyNobodyElse()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const Message old = ts.send(alice, bob, QStringLiteral("an old message"));
    test::RawDatabase raw(ts.path());
    QCOMPARE(notificationsOf(raw, bob.id), 1);

    SB_VERIFY_OK(ts->messages().edit(alice, old.id, QStringLiteral("an old message, edited")));
    QCOMPARE(notificationsOf(raw, alice.id), 0);
    QCOMPARE(notificationsOf(raw, bob.id), 1);

    SB_VERIFY_OK(ts->messages().markRead(bob, old.id));
    QCOMPARE(notificationsOf(raw, alice.id), 0);
    QCOMPARE(notificationsOf(raw, bob.id), 1);

    // bob's reply notifies alice, its receiver, once; bob gets nothing new.
    const Message reply = ts.send(bob, alice, QStringLiteral("a reply"), old.id);
    QCOMPARE(notificationsOf(raw, alice.id), 1);
    QCOMPARE(notificationsOf(raw, bob.id), 1);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT message_id FROM notifications WHERE user_id = ?"),
                        {alice.id})
                 .toLongLong(),
             reply.id);

    // alice answering in her own old thread notifies bob only.
    const Message again = ts.send(alice, bob, QStringLiteral("and another"), old.id);
    QCOMPARE(notificationsOf(raw, alice.id), 1);
    QCOMPARE(notificationsOf(raw, bob.id), 2);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT user_id FROM notifications WHERE message_id = ?"),
                        {again.id})
                 .toLongLong(),
             bob.id);
    QCOMPARE(raw.count(QStringLiteral("notifications")), 3);
}

void tst_Notifications::markReadChangesMessageAndNotificationTogether()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const Message m = ts.send(alice, bob, QStringLiteral("read me"));
    const Message other = ts.send(alice, bob, QStringLiteral("not yet"));
    test::RawDatabase raw(ts.path());
    QCOMPARE(readFlags(raw, m.id), (QVariantList{0, 0}));
    QCOMPARE(unreadInSummary(ts.store(), bob, alice.id), 2);
    QSignalSpy changed(&ts.store(), &Store::changed);

    SB_VERIFY_OK(ts->messages().markRead(bob, m.id));

    QCOMPARE(readFlags(raw, m.id), (QVariantList{1, 1}));
    QCOMPARE(readFlags(raw, other.id), (QVariantList{0, 0}));
    QCOMPARE(unreadInSummary(ts.store(), bob, alice.id), 1);
    QCOMPARE(unreadInSummary(ts.store(), alice, bob.id), 0);
    QCOMPARE(*ts->notifications().unreadCount(bob), 1);
    QCOMPARE(changed.count(), 1);
    const auto changes = changed.first().first().value<ChangeSet>();
    QCOMPARE(changes.messagesRead, QSet<Id>{m.id});
    QVERIFY(changes.notifiedUsers.contains(bob.id));
    QVERIFY(changes.touches(ConversationKey::of(alice.id, bob.id)));

    // Already read: nothing to do, nothing emitted.
    SB_VERIFY_OK(ts->messages().markRead(bob, m.id));
    QCOMPARE(changed.count(), 1);
}

void tst_Notifications::markReadIsOneTransaction()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const Message m = ts.send(alice, bob, QStringLiteral("read me"));
    test::RawDatabase raw(ts.path());
    const auto before = raw.snapshot();
    QSignalSpy changed(&ts.store(), &Store::changed);

    // A receiver that fails after both UPDATEs ran: neither may survive.
    StoreSignals *hooks = ts->hooks();
    auto connection = connect(
        hooks, &StoreSignals::readStateChanged, this,
        [hooks](Id, Id, int) {
            hooks->fail(StoreError::make(StoreError::Internal, QStringLiteral("refused by test")));
        },
        Qt::DirectConnection);
    auto result = ts->messages().markRead(bob, m.id);
    disconnect(connection);

    SB_VERIFY_ERROR(result, StoreError::Internal);
    QCOMPARE(result.error().message, QStringLiteral("refused by test"));
    QVERIFY(raw.snapshot() == before);
    QCOMPARE(readFlags(raw, m.id), (QVariantList{0, 0}));
    QCOMPARE(changed.count(), 0);
    SB_VERIFY_OK(ts->messages().markRead(bob, m.id));
    QCOMPARE(readFlags(raw, m.id), (QVariantList{1, 1}));
}

void tst_Notifications::markUnreadReversesIt()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const Message m = ts.send(alice, bob, QStringLiteral("read me twice"));
    test::RawDatabase raw(ts.path());
    // The change log records both changes; everything else must be as it was.
    const QStringList changeLog{QStringLiteral("change_log")};
    const auto unread = raw.snapshot(changeLog);
    SB_VERIFY_OK(ts->messages().markRead(bob, m.id));
    QCOMPARE(readFlags(raw, m.id), (QVariantList{1, 1}));
    QCOMPARE(unreadInSummary(ts.store(), bob, alice.id), 0);
    QSignalSpy changed(&ts.store(), &Store::changed);

    SB_VERIFY_OK(ts->messages().markUnread(bob, m.id));

    QCOMPARE(readFlags(raw, m.id), (QVariantList{0, 0}));
    QCOMPARE(unreadInSummary(ts.store(), bob, alice.id), 1);
    QCOMPARE(*ts->notifications().unreadCount(bob), 1);
    QVERIFY(raw.snapshot(changeLog) == unread); // back exactly where it started
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<ChangeSet>().messagesRead, QSet<Id>{m.id});
    SB_VERIFY_ERROR(ts->messages().markUnread(alice, m.id), StoreError::PermissionDenied);
}

void tst_Notifications::markConversationRead()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const User carol = ts.addUser(QStringLiteral("carol"));
    QList<Id> fromAlice;
    for (int i = 0; i < 3; ++i)
        fromAlice.append(ts.send(alice, bob, QStringLiteral("from alice %1").arg(i)).id);
    const Message fromCarol = ts.send(carol, bob, QStringLiteral("from carol"));
    const Message toAlice = ts.send(bob, alice, QStringLiteral("to alice"));
    test::RawDatabase raw(ts.path());
    QSignalSpy changed(&ts.store(), &Store::changed);

    auto marked = ts->messages().markConversationRead(bob, alice.id);
    SB_VERIFY_OK(marked);
    QCOMPARE(*marked, 3);

    for (const Id id : fromAlice)
        QCOMPARE(readFlags(raw, id), (QVariantList{1, 1}));
    QCOMPARE(readFlags(raw, fromCarol.id), (QVariantList{0, 0}));
    QCOMPARE(readFlags(raw, toAlice.id), (QVariantList{0, 0}));
    QCOMPARE(unreadInSummary(ts.store(), bob, alice.id), 0);
    QCOMPARE(unreadInSummary(ts.store(), bob, carol.id), 1);
    QCOMPARE(unreadInSummary(ts.store(), alice, bob.id), 1);
    QCOMPARE(changed.count(), 1);
    const auto changes = changed.first().first().value<ChangeSet>();
    QCOMPARE(changes.messagesRead, (QSet<Id>{fromAlice.cbegin(), fromAlice.cend()}));
    QCOMPARE(changes.conversations, QSet<ConversationKey>{ConversationKey::of(alice.id, bob.id)});

    auto again = ts->messages().markConversationRead(bob, alice.id);
    SB_VERIFY_OK(again);
    QCOMPARE(*again, 0);
    QCOMPARE(changed.count(), 1);
}

void tst_Notifications::notificationMarkRead()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const Message m = ts.send(alice, bob, QStringLiteral("hello"));
    const Notification n = ts->notifications().listFor(bob)->first();
    test::RawDatabase raw(ts.path());
    const auto before = raw.snapshot();

    SB_VERIFY_ERROR(ts->notifications().markRead(alice, n.id), test::TestStore::hiddenRow());
    SB_VERIFY_ERROR(ts->notifications().get(alice, n.id), test::TestStore::hiddenRow());
    SB_VERIFY_ERROR(ts->notifications().markRead(bob, n.id + 1000), StoreError::NotFound);
    QVERIFY(raw.snapshot() == before);

    SB_VERIFY_OK(ts->notifications().markRead(bob, n.id));
    QCOMPARE(readFlags(raw, m.id), (QVariantList{1, 1}));
    QVERIFY(ts->notifications().get(bob, n.id)->read);
    QVERIFY(ts->notifications().listFor(bob, true)->isEmpty());
    QCOMPARE(ts->notifications().listFor(bob)->size(), 1);
    QCOMPARE(unreadInSummary(ts.store(), bob, alice.id), 0);
}

void tst_Notifications::markAllRead()
{
    test::TestStore ts;
    test::ManualClock clock(ts.store());
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const User carol = ts.addUser(QStringLiteral("carol"));
    ts.send(alice, bob, QStringLiteral("a1"));
    clock.advance();
    ts.send(alice, bob, QStringLiteral("a2"));
    clock.advance();
    ts.send(carol, bob, QStringLiteral("c1"));
    clock.advance();
    const Message toAlice = ts.send(bob, alice, QStringLiteral("for alice"));
    auto unreadList = ts->notifications().listFor(bob, true);
    QCOMPARE(unreadList->size(), 3);
    QCOMPARE(unreadList->first().message.content, QStringLiteral("c1")); // newest first
    test::RawDatabase raw(ts.path());
    QSignalSpy changed(&ts.store(), &Store::changed);

    auto marked = ts->notifications().markAllRead(bob);
    SB_VERIFY_OK(marked);
    QCOMPARE(*marked, 3);

    QCOMPARE(*ts->notifications().unreadCount(bob), 0);
    QCOMPARE(raw.scalar(QStringLiteral(
                            "SELECT count(*) FROM messages WHERE receiver_id = ? AND read = 0"),
                        {bob.id})
                 .toInt(),
             0);
    QCOMPARE(unreadInSummary(ts.store(), bob, alice.id), 0);
    QCOMPARE(unreadInSummary(ts.store(), bob, carol.id), 0);
    // alice's notification is hers to read.
    QCOMPARE(readFlags(raw, toAlice.id), (QVariantList{0, 0}));
    QCOMPARE(*ts->notifications().unreadCount(alice), 1);
    QCOMPARE(changed.count(), 1);
    const auto changes = changed.first().first().value<ChangeSet>();
    QCOMPARE(changes.messagesRead.size(), 3);
    QCOMPARE(changes.conversations, (QSet<ConversationKey>{ConversationKey::of(alice.id, bob.id),
                                                           ConversationKey::of(carol.id, bob.id)}));
    QCOMPARE(changes.notifiedUsers, QSet<Id>{bob.id});
}

void tst_Notifications::markUnreadFromHere()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const User carol = ts.addUser(QStringLiteral("carol"));
    const Message before = ts.send(alice, bob, QStringLiteral("before"));
    const Message here = ts.send(alice, bob, QStringLiteral("here"));
    const Message own = ts.send(bob, alice, QStringLiteral("bob's own"));
    const Message after = ts.send(alice, bob, QStringLiteral("after"));
    const Message other = ts.send(carol, bob, QStringLiteral("another conversation"));
    for (const Message &m : {before, here, after, other})
        SB_VERIFY_OK(ts->messages().markRead(bob, m.id));
    test::RawDatabase raw(ts.path());
    QSignalSpy changed(&ts.store(), &Store::changed);

    auto count = ts->messages().markUnreadFrom(bob, here.id);
    SB_VERIFY_OK(count);
    QCOMPARE(*count, 2);
    QCOMPARE(readFlags(raw, before.id), (QVariantList{1, 1}));
    QCOMPARE(readFlags(raw, here.id), (QVariantList{0, 0}));
    QCOMPARE(readFlags(raw, after.id), (QVariantList{0, 0}));
    QCOMPARE(readFlags(raw, other.id), (QVariantList{1, 1}));
    QCOMPARE(unreadInSummary(ts.store(), bob, alice.id), 2);
    QCOMPARE(unreadInSummary(ts.store(), bob, carol.id), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<ChangeSet>().messagesRead,
             (QSet<Id>{here.id, after.id}));
    // From one's own message it works too; a third person may not.
    SB_VERIFY_ERROR(ts->messages().markUnreadFrom(carol, here.id), test::TestStore::hiddenRow());
    auto again = ts->messages().markUnreadFrom(bob, own.id);
    SB_VERIFY_OK(again);
    QCOMPARE(*again, 0);
}

QTEST_GUILESS_MAIN(tst_Notifications)
#include "tst_notifications.moc"

#include "manualclock.h"
#include "rawdatabase.h"
#include "storeassert.h"
#include "teststore.h"

#include "conversationrepository.h"
#include "historyrepository.h"
#include "messagerepository.h"
#include "notificationrepository.h"
#include "threadrepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace signalbox;

class tst_MessageRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sendStoresTheMessage();
    void sendToYourselfIsRefused();
    void alreadyReadDeliveryWritesMessageAndNotificationRead();
    void contentLimits_data();
    void contentLimits();
    void hostileContentIsStoredExactly_data();
    void hostileContentIsStoredExactly();
    void onlySenderAndReceiverMayGet();
    void onlySenderMayEdit();
    void onlyReceiverMayMarkRead();
    void onlySenderMayRemove();
    void unreadForListsUnreadReceivedNewestFirst();
    void removeWithoutRepliesRemovesItsNotificationAndHistory();
    void removeWithRepliesLeavesPlaceholder();
    void removingLastReplyRemovesPlaceholders();
    void placeholderWithTwoRepliesStaysUntilBothGo();
    void placeholderCannotBeEdited();
};

void tst_MessageRepository::initTestCase()
{
    test::useFastPasswordHashing();
}

void tst_MessageRepository::sendStoresTheMessage()
{
    test::TestStore ts;
    test::ManualClock clock(ts.store());
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));

    auto sent = ts->messages().send(alice, bob, QStringLiteral("hello"));
    SB_VERIFY_OK(sent);
    QVERIFY(sent->id > 0);
    QCOMPARE(sent->timestamp, clock.now());

    auto got = ts->messages().get(bob, sent->id);
    SB_VERIFY_OK(got);
    QCOMPARE(got->senderId, alice.id);
    QCOMPARE(got->senderName, alice.username);
    QCOMPARE(got->receiverId, bob.id);
    QCOMPARE(got->receiverName, bob.username);
    QCOMPARE(got->content, QStringLiteral("hello"));
    QCOMPARE(got->timestamp, clock.now());
    QCOMPARE(got->parentId, Id(0));
    QVERIFY(!got->read);
    QVERIFY(!got->edited);
    QVERIFY(!got->editedAt.isValid());
    QVERIFY(!got->deleted);
    QCOMPARE(*got, *sent);
}

// The bulk path: a message stored read at once looks exactly like one sent and then marked
// read (message, notification, unread count, conversation summary).
void tst_MessageRepository::alreadyReadDeliveryWritesMessageAndNotificationRead()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));

    auto unread = ts->messages().send(alice, bob, QStringLiteral("unread one"), 0,
                                      MessageRepository::Delivery::Unread);
    SB_VERIFY_OK(unread);
    auto read = ts->messages().send(alice, bob, QStringLiteral("read one"), unread->id,
                                    MessageRepository::Delivery::AlreadyRead);
    SB_VERIFY_OK(read);
    QVERIFY(read->read);
    QVERIFY(!unread->read);

    auto got = ts->messages().get(bob, read->id);
    SB_VERIFY_OK(got);
    QVERIFY(got->read);
    QCOMPARE(got->parentId, unread->id);

    auto notifications = ts->notifications().listFor(bob);
    SB_VERIFY_OK(notifications);
    QCOMPARE(notifications->size(), 2);
    for (const Notification &n : std::as_const(*notifications))
        QCOMPARE(n.read, n.messageId == read->id);

    auto count = ts->messages().unreadCount(bob);
    SB_VERIFY_OK(count);
    QCOMPARE(*count, 1);
    auto summaries = ts->conversations().listFor(bob);
    SB_VERIFY_OK(summaries);
    QCOMPARE(summaries->size(), 1);
    QCOMPARE(summaries->first().unreadCount, 1);
    QCOMPARE(summaries->first().lastMessageId, read->id);
    auto unreadList = ts->messages().unreadFor(bob);
    SB_VERIFY_OK(unreadList);
    QCOMPARE(unreadList->size(), 1);
    QCOMPARE(unreadList->first().id, unread->id);
}

void tst_MessageRepository::sendToYourselfIsRefused()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    test::RawDatabase raw(ts.path());
    SB_VERIFY_ERROR(ts->messages().send(alice, alice, QStringLiteral("note to self")),
                    StoreError::InvalidInput);
    QCOMPARE(raw.count(QStringLiteral("messages")), 0);
    QCOMPARE(raw.count(QStringLiteral("notifications")), 0);
}

void tst_MessageRepository::contentLimits_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("spaces") << QStringLiteral("     ") << false;
    QTest::newRow("whitespace mix") << QStringLiteral(" \t\n\r\u00a0\u2003 ") << false;
    QTest::newRow("one char") << QStringLiteral("x") << true;
    QTest::newRow("20000 chars") << QString(MessageRepository::MaxContentLength, u'a') << true;
    QTest::newRow("20001 chars") << QString(MessageRepository::MaxContentLength + 1, u'a') << false;
    // PostgreSQL cannot store NUL and SQLite changes broken UTF-16: refused rather than altered.
    QTest::newRow("embedded NUL") << (QStringLiteral("before") + QChar(0) + QStringLiteral("after"))
                                  << false;
    QTest::newRow("only NUL") << QString(QChar(0)) << false;
    QTest::newRow("unpaired surrogate")
        << (QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b")) << false;
    QTest::newRow("surrogate pair") << QStringLiteral("a😀b") << true;
}

void tst_MessageRepository::contentLimits()
{
    QFETCH(QString, content);
    QFETCH(bool, accepted);
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const Message original = ts.send(alice, bob, QStringLiteral("original"));
    test::RawDatabase raw(ts.path());
    const auto before = raw.snapshot();

    // The same rule for a new message and for an edit.
    auto sent = ts->messages().send(alice, bob, content);
    auto edited = ts->messages().edit(alice, original.id, content);
    if (accepted) {
        SB_VERIFY_OK(sent);
        SB_VERIFY_OK(edited);
        QCOMPARE(raw.count(QStringLiteral("messages")), 2);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT content FROM messages WHERE id = ?"), {sent->id})
                     .toString(),
                 content);
        QCOMPARE(ts->messages().get(alice, original.id)->content, content);
    } else {
        SB_VERIFY_ERROR(sent, StoreError::InvalidInput);
        SB_VERIFY_ERROR(edited, StoreError::InvalidInput);
        QVERIFY(raw.snapshot() == before);
    }
}

void tst_MessageRepository::hostileContentIsStoredExactly_data()
{
    QTest::addColumn<QString>("content");

    QTest::newRow("quotes") << QStringLiteral("it's \"quoted\" `twice`");
    QTest::newRow("backslashes") << QStringLiteral("C:\\path\\to\\n\\0 \\\\server");
    QTest::newRow("sql injection") << QStringLiteral("'); DROP TABLE users; --");
    QTest::newRow("placeholders") << QStringLiteral("? ?1 :name @x $y %1 %s");
    QTest::newRow("emoji") << QStringLiteral("😀 👍🏽 👩‍👩‍👧 🏳️‍🌈");
    QTest::newRow("rtl override") << QStringLiteral("abc\u202Edef\u202Cghi");
    QTest::newRow("combining") << QStringLiteral("e\u0301\u0308 a\u0332\u0336");
    QTest::newRow("newlines and tabs") << QStringLiteral("line 1\nline 2\r\n\tindented  ");
}

void tst_MessageRepository::hostileContentIsStoredExactly()
{
    QFETCH(QString, content);
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));

    auto sent = ts->messages().send(alice, bob, content);
    SB_VERIFY_OK(sent);
    QCOMPARE(sent->content, content);
    QCOMPARE(ts->messages().get(bob, sent->id)->content, content);
    auto unread = ts->messages().unreadFor(bob);
    SB_VERIFY_OK(unread);
    QCOMPARE(unread->first().content, content);

    // Edited away and back: the history keeps it exactly too.
    SB_VERIFY_OK(ts->messages().edit(alice, sent->id, QStringLiteral("plain")));
    SB_VERIFY_OK(ts->messages().edit(alice, sent->id, content));
    auto history = ts->history().forMessage(bob, sent->id);
    SB_VERIFY_OK(history);
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->first().oldContent, content);

    QVERIFY(ts.reopen());
    QCOMPARE(ts->messages().get(alice, sent->id)->content, content);
    test::RawDatabase raw(ts.path());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT content FROM messages WHERE id = ?"), {sent->id})
                 .toString(),
             content);
    QCOMPARE(raw.count(QStringLiteral("users")), 2);
}

void tst_MessageRepository::onlySenderAndReceiverMayGet()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const User eve = ts.addUser(QStringLiteral("eve"));
    const Message m = ts.send(alice, bob, QStringLiteral("private"));

    SB_VERIFY_OK(ts->messages().get(alice, m.id));
    SB_VERIFY_OK(ts->messages().get(bob, m.id));
    auto seen = ts->messages().get(eve, m.id);
    SB_VERIFY_ERROR(seen, test::TestStore::hiddenRow());
    QVERIFY(!seen.error().message.contains(QStringLiteral("private")));
    SB_VERIFY_ERROR(ts->messages().get(alice, m.id + 1000), StoreError::NotFound);
    auto conversation = ts->messages().conversation(eve, alice.id);
    SB_VERIFY_OK(conversation);
    QVERIFY(conversation->isEmpty());
}

void tst_MessageRepository::onlySenderMayEdit()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const User eve = ts.addUser(QStringLiteral("eve"));
    const Message m = ts.send(alice, bob, QStringLiteral("original"));
    test::RawDatabase raw(ts.path());
    const auto before = raw.snapshot();
    QSignalSpy changed(&ts.store(), &Store::changed);

    SB_VERIFY_ERROR(ts->messages().edit(bob, m.id, QStringLiteral("by the receiver")),
                    StoreError::PermissionDenied);
    SB_VERIFY_ERROR(ts->messages().edit(eve, m.id, QStringLiteral("by a stranger")),
                    test::TestStore::hiddenRow());
    QVERIFY(raw.snapshot() == before);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(ts->messages().get(alice, m.id)->content, QStringLiteral("original"));
}

void tst_MessageRepository::onlyReceiverMayMarkRead()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const User eve = ts.addUser(QStringLiteral("eve"));
    const Message m = ts.send(alice, bob, QStringLiteral("unread"));
    test::RawDatabase raw(ts.path());
    const auto before = raw.snapshot();
    QSignalSpy changed(&ts.store(), &Store::changed);

    SB_VERIFY_ERROR(ts->messages().markRead(alice, m.id), StoreError::PermissionDenied);
    SB_VERIFY_ERROR(ts->messages().markRead(eve, m.id), test::TestStore::hiddenRow());
    SB_VERIFY_ERROR(ts->messages().markUnread(eve, m.id), test::TestStore::hiddenRow());
    QVERIFY(raw.snapshot() == before);
    QCOMPARE(changed.count(), 0);

    SB_VERIFY_OK(ts->messages().markRead(bob, m.id));
    QVERIFY(ts->messages().get(bob, m.id)->read);
}

void tst_MessageRepository::onlySenderMayRemove()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const User eve = ts.addUser(QStringLiteral("eve"));
    const Message m = ts.send(alice, bob, QStringLiteral("keep me"));
    test::RawDatabase raw(ts.path());
    const auto before = raw.snapshot();
    QSignalSpy changed(&ts.store(), &Store::changed);

    SB_VERIFY_ERROR(ts->messages().remove(bob, m.id), StoreError::PermissionDenied);
    SB_VERIFY_ERROR(ts->messages().remove(eve, m.id), test::TestStore::hiddenRow());
    QVERIFY(raw.snapshot() == before);
    QCOMPARE(changed.count(), 0);
}

void tst_MessageRepository::unreadForListsUnreadReceivedNewestFirst()
{
    test::TestStore ts;
    test::ManualClock clock(ts.store());
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const User carol = ts.addUser(QStringLiteral("carol"));

    const Message fromAlice1 = ts.send(alice, bob, QStringLiteral("first"));
    clock.advance();
    const Message fromCarol = ts.send(carol, bob, QStringLiteral("from carol"));
    clock.advance();
    const Message fromAlice2 = ts.send(alice, bob, QStringLiteral("second"));
    // Same time as the one before: the higher id is newer.
    const Message fromCarolSameTime = ts.send(carol, bob, QStringLiteral("same time"));
    clock.advance();
    const Message readOne = ts.send(alice, bob, QStringLiteral("already read"));
    const Message sentByBob = ts.send(bob, alice, QStringLiteral("bob's own"));
    const Message toCarol = ts.send(alice, carol, QStringLiteral("not bob's"));
    SB_VERIFY_OK(ts->messages().markRead(bob, readOne.id));

    const qint64 before = ts->statementCount();
    auto unread = ts->messages().unreadFor(bob);
    QCOMPARE(ts->statementCount() - before, 1);
    SB_VERIFY_OK(unread);

    const QList<Id> expected{fromCarolSameTime.id, fromAlice2.id, fromCarol.id, fromAlice1.id};
    QList<Id> ids;
    for (const Message &m : *unread)
        ids.append(m.id);
    QCOMPARE(ids, expected);
    for (const Message &m : *unread) {
        QCOMPARE(m.receiverId, bob.id);
        QVERIFY(m.senderId == alice.id || m.senderId == carol.id);
        QCOMPARE(m.senderName, m.senderId == alice.id ? alice.username : carol.username);
        QVERIFY(!m.read);
        const Message full = *ts->messages().get(bob, m.id);
        QCOMPARE(m.content, full.content);
        QCOMPARE(m.timestamp, full.timestamp);
    }
    QCOMPARE(*ts->messages().unreadCount(bob), 4);

    auto aliceUnread = ts->messages().unreadFor(alice);
    SB_VERIFY_OK(aliceUnread);
    QCOMPARE(aliceUnread->size(), 1);
    QCOMPARE(aliceUnread->first().id, sentByBob.id);
    QCOMPARE(aliceUnread->first().senderName, bob.username);
    auto carolUnread = ts->messages().unreadFor(carol);
    QCOMPARE(carolUnread->size(), 1);
    QCOMPARE(carolUnread->first().id, toCarol.id);
}

void tst_MessageRepository::removeWithoutRepliesRemovesItsNotificationAndHistory()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const Message other = ts.send(bob, alice, QStringLiteral("stays"));
    const Message m = ts.send(alice, bob, QStringLiteral("v1"));
    SB_VERIFY_OK(ts->messages().edit(alice, m.id, QStringLiteral("v2")));
    SB_VERIFY_OK(ts->messages().edit(alice, m.id, QStringLiteral("v3")));
    test::RawDatabase raw(ts.path());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM message_history WHERE message_id = ?"),
                        {m.id})
                 .toInt(),
             2);
    const auto otherRows
        = raw.rows(QStringLiteral("SELECT * FROM messages WHERE id = ?"), {other.id});
    const auto otherNotification
        = raw.rows(QStringLiteral("SELECT * FROM notifications WHERE message_id = ?"), {other.id});
    QSignalSpy changed(&ts.store(), &Store::changed);

    auto removed = ts->messages().remove(alice, m.id);
    SB_VERIFY_OK(removed);
    QCOMPARE(*removed, false); // not kept as a placeholder

    SB_VERIFY_ERROR(ts->messages().get(alice, m.id), StoreError::NotFound);
    QCOMPARE(
        raw.scalar(QStringLiteral("SELECT count(*) FROM messages WHERE id = ?"), {m.id}).toInt(),
        0);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM notifications WHERE message_id = ?"),
                        {m.id})
                 .toInt(),
             0);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM message_history WHERE message_id = ?"),
                        {m.id})
                 .toInt(),
             0);
    QCOMPARE(raw.rows(QStringLiteral("SELECT * FROM messages WHERE id = ?"), {other.id}),
             otherRows);
    QCOMPARE(
        raw.rows(QStringLiteral("SELECT * FROM notifications WHERE message_id = ?"), {other.id}),
        otherNotification);
    QCOMPARE(changed.count(), 1);
    const auto changes = changed.first().first().value<ChangeSet>();
    QCOMPARE(changes.messagesRemoved, QSet<Id>{m.id});
    QVERIFY(changes.touches(ConversationKey::of(alice.id, bob.id)));
    QVERIFY(ts->notifications().listFor(bob)->isEmpty());
}

void tst_MessageRepository::removeWithRepliesLeavesPlaceholder()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const Message root = ts.send(alice, bob, QStringLiteral("root v1"));
    SB_VERIFY_OK(ts->messages().edit(alice, root.id, QStringLiteral("root v2")));
    const Message reply = ts.send(bob, alice, QStringLiteral("bob's reply"), root.id);
    const Message nested = ts.send(alice, bob, QStringLiteral("alice again"), reply.id);
    QSignalSpy changed(&ts.store(), &Store::changed);

    auto removed = ts->messages().remove(alice, root.id);
    SB_VERIFY_OK(removed);
    QCOMPARE(*removed, true);

    auto placeholder = ts->messages().get(bob, root.id);
    SB_VERIFY_OK(placeholder);
    QVERIFY(placeholder->deleted);
    QCOMPARE(placeholder->content, QString());
    auto history = ts->history().forMessage(bob, root.id);
    SB_VERIFY_OK(history);
    QVERIFY(history->isEmpty());
    test::RawDatabase raw(ts.path());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM message_history WHERE message_id = ?"),
                        {root.id})
                 .toInt(),
             0);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM notifications WHERE message_id = ?"),
                        {root.id})
                 .toInt(),
             0);

    // The replies, bob's included, survive in the thread under the placeholder.
    auto thread = ts->threads().thread(bob, nested.id);
    SB_VERIFY_OK(thread);
    QCOMPARE(thread->size(), 3);
    QCOMPARE(thread->at(0).id, root.id);
    QVERIFY(thread->at(0).deleted);
    QCOMPARE(thread->at(1).id, reply.id);
    QCOMPARE(thread->at(1).content, QStringLiteral("bob's reply"));
    QCOMPARE(thread->at(2).id, nested.id);
    QCOMPARE(thread->at(2).content, QStringLiteral("alice again"));

    QCOMPARE(changed.count(), 1);
    const auto changes = changed.first().first().value<ChangeSet>();
    QCOMPARE(changes.messagesChanged, QSet<Id>{root.id});
    QVERIFY(changes.messagesRemoved.isEmpty());

    // Deleting the placeholder again changes nothing.
    auto again = ts->messages().remove(alice, root.id);
    SB_VERIFY_OK(again);
    QCOMPARE(*again, true);
    QCOMPARE(raw.count(QStringLiteral("messages")), 3);
}

void tst_MessageRepository::removingLastReplyRemovesPlaceholders()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const Message unrelated = ts.send(alice, bob, QStringLiteral("another thread"));
    const Message root = ts.send(alice, bob, QStringLiteral("root"));
    const Message middle = ts.send(bob, alice, QStringLiteral("middle"), root.id);
    const Message leaf = ts.send(alice, bob, QStringLiteral("leaf"), middle.id);

    QCOMPARE(*ts->messages().remove(alice, root.id), true);
    QCOMPARE(*ts->messages().remove(bob, middle.id), true);
    test::RawDatabase raw(ts.path());
    QCOMPARE(raw.count(QStringLiteral("messages")), 4);

    QSignalSpy changed(&ts.store(), &Store::changed);
    auto removed = ts->messages().remove(alice, leaf.id);
    SB_VERIFY_OK(removed);
    QCOMPARE(*removed, false);

    // The leaf and both placeholders above it went; the other thread stayed.
    QCOMPARE(raw.rows(QStringLiteral("SELECT id FROM messages")),
             QList<QVariantList>{{unrelated.id}});
    QCOMPARE(raw.count(QStringLiteral("notifications")), 1);
    SB_VERIFY_ERROR(ts->messages().get(alice, root.id), StoreError::NotFound);
    SB_VERIFY_ERROR(ts->threads().thread(alice, root.id), StoreError::NotFound);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<ChangeSet>().messagesRemoved,
             (QSet<Id>{leaf.id, middle.id, root.id}));
    QCOMPARE(raw.foreignKeyViolations(), QList<QVariantList>());
}

void tst_MessageRepository::placeholderWithTwoRepliesStaysUntilBothGo()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const Message root = ts.send(alice, bob, QStringLiteral("root"));
    const Message first = ts.send(bob, alice, QStringLiteral("first"), root.id);
    const Message second = ts.send(bob, alice, QStringLiteral("second"), root.id);
    QCOMPARE(*ts->messages().remove(alice, root.id), true);

    QCOMPARE(*ts->messages().remove(bob, first.id), false);
    auto placeholder = ts->messages().get(alice, root.id);
    SB_VERIFY_OK(placeholder);
    QVERIFY(placeholder->deleted);
    QCOMPARE(ts->threads().thread(alice, root.id)->size(), 2);

    QCOMPARE(*ts->messages().remove(bob, second.id), false);
    SB_VERIFY_ERROR(ts->messages().get(alice, root.id), StoreError::NotFound);
    test::RawDatabase raw(ts.path());
    QCOMPARE(raw.count(QStringLiteral("messages")), 0);
    QCOMPARE(raw.count(QStringLiteral("notifications")), 0);
}

void tst_MessageRepository::placeholderCannotBeEdited()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const Message root = ts.send(alice, bob, QStringLiteral("root"));
    ts.send(bob, alice, QStringLiteral("reply"), root.id);
    QCOMPARE(*ts->messages().remove(alice, root.id), true);
    test::RawDatabase raw(ts.path());
    const auto before = raw.snapshot();

    SB_VERIFY_ERROR(ts->messages().edit(alice, root.id, QStringLiteral("back from the dead")),
                    StoreError::InvalidInput);
    QVERIFY(raw.snapshot() == before);
}

QTEST_GUILESS_MAIN(tst_MessageRepository)
#include "tst_messagerepository.moc"

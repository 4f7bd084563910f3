#include "manualclock.h"
#include "rawdatabase.h"
#include "storeassert.h"
#include "teststore.h"

#include "conversationrepository.h"
#include "messagerepository.h"
#include "storesignals.h"
#include "userrepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace signalbox;

namespace {

// Rows that do not belong to `user`: they must come through its deletion unchanged.
test::RawDatabase::Snapshot othersData(test::RawDatabase &raw, Id user)
{
    const QString owned
        = QStringLiteral("(SELECT id FROM messages WHERE sender_id = ? OR receiver_id = ?)");
    test::RawDatabase::Snapshot rows;
    rows.insert(QStringLiteral("users"),
                raw.rows(QStringLiteral("SELECT * FROM users WHERE id <> ? ORDER BY id"), {user}));
    rows.insert(QStringLiteral("messages"),
                raw.rows(QStringLiteral("SELECT * FROM messages WHERE id NOT IN ") + owned
                             + QStringLiteral(" ORDER BY id"),
                         {user, user}));
    rows.insert(QStringLiteral("notifications"),
                raw.rows(QStringLiteral("SELECT * FROM notifications WHERE user_id <> ? AND "
                                        "message_id NOT IN ")
                             + owned + QStringLiteral(" ORDER BY id"),
                         {user, user, user}));
    rows.insert(QStringLiteral("message_history"),
                raw.rows(QStringLiteral("SELECT * FROM message_history WHERE message_id NOT IN ")
                             + owned + QStringLiteral(" ORDER BY id"),
                         {user, user}));
    rows.insert(QStringLiteral("conversations"),
                raw.rows(QStringLiteral("SELECT * FROM conversations WHERE user_id <> ? AND "
                                        "peer_id <> ? ORDER BY user_id, peer_id"),
                         {user, user}));
    return rows;
}

} // namespace

class tst_UserDeletion : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void wrongPasswordChangesNothing();
    void removesTheUserAndEverythingTheyOwn();
    void failingReceiverRollsEverythingBack();

private:
    void populate();

    std::unique_ptr<test::TestStore> m_ts;
    std::unique_ptr<test::ManualClock> m_clock;
    User m_alice, m_bob, m_carol, m_dave;
};

void tst_UserDeletion::initTestCase()
{
    test::useFastPasswordHashing();
}

void tst_UserDeletion::init()
{
    m_ts = std::make_unique<test::TestStore>();
    QVERIFY(m_ts->isValid());
    m_clock = std::make_unique<test::ManualClock>(m_ts->store());
    populate();
}

void tst_UserDeletion::cleanup()
{
    m_clock.reset();
    m_ts.reset();
}

void tst_UserDeletion::populate()
{
    test::TestStore &ts = *m_ts;
    m_alice = ts.addUser(QStringLiteral("alice"));
    m_bob = ts.addUser(QStringLiteral("bob"));
    m_carol = ts.addUser(QStringLiteral("carol"));
    m_dave = ts.addUser(QStringLiteral("dave"));
    const auto send = [&](const User &from, const User &to, const QString &text, Id parent = 0) {
        m_clock->advance();
        return ts.send(from, to, text, parent);
    };
    const auto edit = [&](const User &editor, Id id, const QString &text) {
        m_clock->advance();
        return ts->messages().edit(editor, id, text).ok();
    };
    // bob with alice: a thread, edits on both sides, some read.
    const Message ab = send(m_alice, m_bob, QStringLiteral("alice to bob"));
    const Message ba = send(m_bob, m_alice, QStringLiteral("bob answers"), ab.id);
    send(m_alice, m_bob, QStringLiteral("alice again"), ba.id);
    QVERIFY(edit(m_alice, ab.id, QStringLiteral("alice to bob, edited")));
    QVERIFY(edit(m_bob, ba.id, QStringLiteral("bob answers, edited")));
    QVERIFY(ts->messages().markRead(m_bob, ab.id).ok());
    // bob with carol.
    const Message bc = send(m_bob, m_carol, QStringLiteral("bob to carol"));
    QVERIFY(edit(m_bob, bc.id, QStringLiteral("bob to carol v2")));
    QVERIFY(edit(m_bob, bc.id, QStringLiteral("bob to carol v3")));
    send(m_carol, m_bob, QStringLiteral("carol to bob"), bc.id);
    // Everything else: must survive.
    const Message ac = send(m_alice, m_carol, QStringLiteral("alice to carol"));
    const Message ca = send(m_carol, m_alice, QStringLiteral("carol answers"), ac.id);
    QVERIFY(edit(m_carol, ca.id, QStringLiteral("carol answers, edited")));
    QVERIFY(ts->messages().markRead(m_alice, ca.id).ok());
    send(m_dave, m_carol, QStringLiteral("dave to carol"));
    send(m_alice, m_dave, QStringLiteral("alice to dave"));
}

void tst_UserDeletion::wrongPasswordChangesNothing()
{
    test::TestStore &ts = *m_ts;
    test::RawDatabase raw(ts.path());
    const auto before = raw.snapshot();
    QSignalSpy changed(&ts.store(), &Store::changed);

    SB_VERIFY_ERROR(ts->users().remove(m_bob, QStringLiteral("not bob's password")),
                    StoreError::WrongPassword);
    SB_VERIFY_ERROR(ts->users().remove(m_bob, test::TestStore::passwordOf(QStringLiteral("alice"))),
                    StoreError::WrongPassword);
    SB_VERIFY_ERROR(ts->users().remove(m_bob, QString()), StoreError::WrongPassword);

    QVERIFY(raw.snapshot() == before);
    QCOMPARE(changed.count(), 0);
    SB_VERIFY_OK(ts->users().authenticate(QStringLiteral("bob"),
                                          test::TestStore::passwordOf(QStringLiteral("bob"))));
}

void tst_UserDeletion::removesTheUserAndEverythingTheyOwn()
{
    test::TestStore &ts = *m_ts;
    test::RawDatabase raw(ts.path());
    const Id bob = m_bob.id;
    const auto others = othersData(raw, bob);
    for (const char *table :
         {"users", "messages", "notifications", "message_history", "conversations"})
        QVERIFY2(!others.value(QString::fromLatin1(table)).isEmpty(), table);
    const int messagesBefore = raw.count(QStringLiteral("messages"));
    const int notificationsBefore = raw.count(QStringLiteral("notifications"));
    const int historyBefore = raw.count(QStringLiteral("message_history"));
    auto owned = ts->users().countOwnedData(m_bob);
    SB_VERIFY_OK(owned);
    QCOMPARE(*owned, (DeletionCounts{5, 5, 4}));
    QSignalSpy changed(&ts.store(), &Store::changed);

    auto removed = ts->users().remove(m_bob, test::TestStore::passwordOf(QStringLiteral("bob")));
    SB_VERIFY_OK(removed);
    QCOMPARE(*removed, *owned);

    // Exactly what was reported went, and nothing of anybody else's.
    QCOMPARE(raw.count(QStringLiteral("messages")), messagesBefore - owned->messages);
    QCOMPARE(raw.count(QStringLiteral("notifications")),
             notificationsBefore - owned->notifications);
    QCOMPARE(raw.count(QStringLiteral("message_history")), historyBefore - owned->history);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM users WHERE id = ?"), {bob}).toInt(),
             0);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM messages WHERE sender_id = ? OR "
                                       "receiver_id = ?"),
                        {bob, bob})
                 .toInt(),
             0);
    QCOMPARE(
        raw.scalar(QStringLiteral("SELECT count(*) FROM notifications WHERE user_id = ?"), {bob})
            .toInt(),
        0);
    QCOMPARE(
        raw.scalar(QStringLiteral("SELECT count(*) FROM message_history WHERE edited_by_id = ?"),
                   {bob})
            .toInt(),
        0);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM conversations WHERE user_id = ? OR "
                                       "peer_id = ?"),
                        {bob, bob})
                 .toInt(),
             0);
    QVERIFY(othersData(raw, bob) == others);

    QCOMPARE(raw.foreignKeyViolations(), QList<QVariantList>());
    if (!test::TestStore::onPostgres()) // a check of the SQLite file's pages and indexes
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));

    QCOMPARE(changed.count(), 1);
    const auto changes = changed.first().first().value<ChangeSet>();
    QCOMPARE(changes.usersRemoved, QSet<Id>{bob});
    QVERIFY(changes.touches(ConversationKey::of(m_alice.id, bob)));
    QVERIFY(changes.touches(ConversationKey::of(m_carol.id, bob)));
    QVERIFY(changes.notifiedUsers.contains(m_alice.id));
    QVERIFY(changes.notifiedUsers.contains(m_carol.id));

    SB_VERIFY_ERROR(ts->users().authenticate(QStringLiteral("bob"),
                                             test::TestStore::passwordOf(QStringLiteral("bob"))),
                    StoreError::NotFound);
    SB_VERIFY_ERROR(ts->users().byId(bob), StoreError::NotFound);
    auto aliceList = ts->conversations().listFor(m_alice);
    SB_VERIFY_OK(aliceList);
    for (const ConversationSummary &summary : *aliceList)
        QVERIFY(summary.peerId != bob);
    QCOMPARE(aliceList->size(), 2);
    // The name is free again.
    QVERIFY(ts.addUser(QStringLiteral("Bob")).isValid());
}

void tst_UserDeletion::failingReceiverRollsEverythingBack()
{
    test::TestStore &ts = *m_ts;
    test::RawDatabase raw(ts.path());
    const auto before = raw.snapshot();
    QSignalSpy changed(&ts.store(), &Store::changed);
    StoreSignals *hooks = ts->hooks();
    // Runs after UserDataCleaner has deleted everything, inside the same transaction.
    int cleanedMessages = -1;
    auto connection = connect(
        hooks, &StoreSignals::userDeleted, this,
        [&](const User &, DeletionCounts *removed) {
            cleanedMessages = removed->messages;
            hooks->fail(StoreError::make(StoreError::Internal, QStringLiteral("refused by test")));
        },
        Qt::DirectConnection);
    auto result = ts->users().remove(m_bob, test::TestStore::passwordOf(QStringLiteral("bob")));
    disconnect(connection);

    SB_VERIFY_ERROR(result, StoreError::Internal);
    QCOMPARE(cleanedMessages, 5);
    QVERIFY(raw.snapshot() == before);
    QCOMPARE(changed.count(), 0);
    SB_VERIFY_OK(ts->users().byId(m_bob.id));
}

QTEST_GUILESS_MAIN(tst_UserDeletion)
#include "tst_userdeletion.moc"

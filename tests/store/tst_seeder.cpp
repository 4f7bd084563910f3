// Seeder, the store's bulk path: what it reports is what the store holds, and every receiver
// ran for every message (notifications, conversation summaries), read and unread alike.
#include "rawdatabase.h"
#include "seeder.h"
#include "storeassert.h"
#include "teststore.h"

#include <QTest>

using namespace signalbox;

class tst_Seeder : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::useFastPasswordHashing(); }
    void storeHoldsWhatTheReportSays();
    void sameSeedSameStore();
    void refusesNonsense();
};

namespace {

Seeder::Options smallOptions()
{
    Seeder::Options options;
    options.users = 12;
    options.messages = 3000;
    options.seed = 7;
    options.batchSize = 500;
    options.hubPeers = 5;
    options.largeConversation = 300;
    return options;
}

qint64 number(test::RawDatabase &raw, const char *sql)
{
    return raw.scalar(QString::fromLatin1(sql)).toLongLong();
}

} // namespace

void tst_Seeder::storeHoldsWhatTheReportSays()
{
    test::TestStore ts;
    auto report = Seeder::run(ts.store(), smallOptions(), {});
    SB_VERIFY_OK(report);
    QCOMPARE(report->users, 12);
    QCOMPARE(report->messages, qint64(3000));
    // 30% replies and 60% read, give or take what 3,000 draws allow.
    QVERIFY2(report->replies > 600 && report->replies < 1200,
             qPrintable(QString::number(report->replies)));
    QVERIFY2(report->read > 1500 && report->read < 2100, qPrintable(QString::number(report->read)));

    test::RawDatabase raw(ts.path());
    QCOMPARE(number(raw, "SELECT count(*) FROM users"), qint64(12));
    QCOMPARE(number(raw, "SELECT count(*) FROM messages"), qint64(3000));
    QCOMPARE(number(raw, "SELECT count(*) FROM messages WHERE parent_message_id IS NOT NULL"),
             report->replies);
    QCOMPARE(number(raw, "SELECT count(*) FROM messages WHERE read = 1"), report->read);
    // One notification per message, read exactly when its message is.
    QCOMPARE(number(raw, "SELECT count(*) FROM notifications n JOIN messages m ON "
                         "m.id = n.message_id AND m.receiver_id = n.user_id AND m.read = n.read"),
             qint64(3000));
    // A reply stays in its parent's conversation.
    QCOMPARE(number(raw, "SELECT count(*) FROM messages r JOIN messages p ON p.id = "
                         "r.parent_message_id WHERE NOT ((p.sender_id = r.sender_id AND "
                         "p.receiver_id = r.receiver_id) OR (p.sender_id = r.receiver_id AND "
                         "p.receiver_id = r.sender_id))"),
             qint64(0));
    // Every summary row agrees with the messages: its unread count and its last message.
    QCOMPARE(number(raw, "SELECT count(*) FROM conversations c WHERE c.unread_count <> "
                         "(SELECT count(*) FROM messages m WHERE m.receiver_id = c.user_id AND "
                         "m.sender_id = c.peer_id AND m.read = 0) OR c.last_message_id <> "
                         "(SELECT max(id) FROM messages m WHERE (m.sender_id = c.user_id AND "
                         "m.receiver_id = c.peer_id) OR (m.sender_id = c.peer_id AND "
                         "m.receiver_id = c.user_id))"),
             qint64(0));
    QCOMPARE(number(raw, "SELECT count(*) FROM (SELECT DISTINCT sender_id, receiver_id FROM "
                         "messages UNION SELECT DISTINCT receiver_id, sender_id FROM messages) p"),
             number(raw, "SELECT count(*) FROM conversations"));
    // The hub user talks to its five peers; the first two users share the large conversation.
    QVERIFY(number(raw, "SELECT count(*) FROM conversations WHERE user_id = (SELECT min(id) "
                        "FROM users)")
            >= 5);
    QVERIFY(raw.foreignKeyViolations().isEmpty());
}

void tst_Seeder::sameSeedSameStore()
{
    // One store after the other: on PostgreSQL every TestStore uses the same empty schema.
    const QString shape = QStringLiteral("SELECT sender_id, receiver_id, parent_message_id, "
                                         "content, read FROM messages ORDER BY id");
    QList<QList<QVariantList>> stores;
    QList<Seeder::Report> reports;
    for (int i = 0; i < 2; ++i) {
        test::TestStore ts;
        auto report = Seeder::run(ts.store(), smallOptions(), {});
        SB_VERIFY_OK(report);
        reports.append(*report);
        stores.append(test::RawDatabase(ts.path()).rows(shape));
    }
    QCOMPARE(reports.at(0).replies, reports.at(1).replies);
    QCOMPARE(reports.at(0).read, reports.at(1).read);
    QCOMPARE(stores.at(0).size(), 3000);
    QCOMPARE(stores.at(0), stores.at(1));
}

void tst_Seeder::refusesNonsense()
{
    test::TestStore ts;
    Seeder::Options options = smallOptions();
    options.users = 1;
    auto report = Seeder::run(ts.store(), options, {});
    QVERIFY(!report);
    QCOMPARE(report.error().code, StoreError::InvalidInput);
    QCOMPARE(test::RawDatabase(ts.path()).count(QStringLiteral("users")), 0);
}

QTEST_GUILESS_MAIN(tst_Seeder)
#include "tst_seeder.moc"

#include "messagerepository.h"
#include "rawdatabase.h"
#include "storeassert.h"
#include "teststore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace signalbox;

// A store that cannot grow (disk full, size limit) refuses the write that does not fit, keeps
// nothing of it, and goes on working.
class tst_DiskFull : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void sendUntilFull();
};

void tst_DiskFull::init()
{
    if (test::TestStore::onPostgres())
        QSKIP("max_page_count is an SQLite limit.");
}

static bool pragma(Store &store, const QString &sql)
{
    QSqlQuery query(store.database().connection());
    const bool ok = query.exec(sql);
    query.finish();
    return ok;
}

void tst_DiskFull::sendUntilFull()
{
    test::TestStore ts;
    QVERIFY(ts.isValid());
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    QVERIFY(ts.send(alice, bob, QStringLiteral("before the limit")).isValid());

    // The file may grow by a few pages only: what SQLITE_FULL looks like to the store.
    QSqlQuery count(ts->database().connection());
    QVERIFY(count.exec(QStringLiteral("PRAGMA page_count")) && count.next());
    const int pages = count.value(0).toInt();
    count.finish();
    QVERIFY(pragma(ts.store(), QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 4)));

    QSignalSpy changed(&ts.store(), &Store::changed);
    const QString text(2000, QLatin1Char('x'));
    int sent = 1;
    std::optional<StoreError> failure;
    for (int i = 0; i < 1000 && !failure; ++i) {
        int emitted = changed.count();
        auto message = ts->messages().send(alice, bob, text + QString::number(i));
        if (message) {
            ++sent;
            QCOMPARE(changed.count(), emitted + 1);
        } else {
            failure = message.error();
            // Nothing was committed, so nothing was announced.
            QCOMPARE(changed.count(), emitted);
        }
    }
    QVERIFY2(failure, "the store never filled up");
    QCOMPARE(StoreError::codeName(failure->code), StoreError::codeName(StoreError::Full));
    QVERIFY2(failure->message.contains(QLatin1String("store is full")),
             qPrintable(failure->message));
    QVERIFY(sent > 1);

    // Nothing half-written: every message has its notification and the summary agrees.
    {
        test::RawDatabase raw(ts.path());
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM messages")).toInt(), sent);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM notifications")).toInt(), sent);
        QCOMPARE(
            raw.scalar(QStringLiteral("SELECT unread_count FROM conversations WHERE user_id = ? "
                                      "AND peer_id = ?"),
                       {bob.id, alice.id})
                .toInt(),
            sent);
        QCOMPARE(
            raw.scalar(QStringLiteral("SELECT count(*) FROM messages m WHERE NOT EXISTS (SELECT 1 "
                                      "FROM notifications n WHERE n.message_id = m.id)"))
                .toInt(),
            0);
    }

    // Reads still work on the full store.
    auto conversation = ts->messages().conversation(bob, alice.id);
    SB_VERIFY_OK(conversation);
    QCOMPARE(conversation->size(), sent);
    auto unread = ts->messages().unreadCount(bob);
    SB_VERIFY_OK(unread);
    QCOMPARE(*unread, sent);
    // A write that needs no new page may still fit; one that needs many does not.
    SB_VERIFY_ERROR(ts->messages().send(bob, alice, QString(20000, QLatin1Char('y'))),
                    StoreError::Full);

    // With room again, writes work.
    QVERIFY(pragma(ts.store(), QStringLiteral("PRAGMA max_page_count = 1073741823")));
    auto after = ts->messages().send(bob, alice, QStringLiteral("room again"));
    SB_VERIFY_OK(after);
    SB_VERIFY_OK(ts->messages().markRead(bob, conversation->first().id));
    QVERIFY(ts.reopen());
    auto reread = ts->messages().get(alice, after->id);
    SB_VERIFY_OK(reread);
    QCOMPARE(reread->content, QStringLiteral("room again"));
}

QTEST_GUILESS_MAIN(tst_DiskFull)
#include "tst_diskfull.moc"

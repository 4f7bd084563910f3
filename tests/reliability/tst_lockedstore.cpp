#include "messagerepository.h"
#include "rawdatabase.h"
#include "storeassert.h"
#include "teststore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace signalbox;

// Another program holding the write lock longer than the busy timeout: the store answers
// Busy ("try again") after a bounded number of tries, never hangs, and keeps reading.
class tst_LockedStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void productDefaultBusyTimeout();
    void heldWriteLockGivesBusy();
};

void tst_LockedStore::init()
{
    if (test::TestStore::onPostgres())
        QSKIP("SQLite file locks.");
}

void tst_LockedStore::productDefaultBusyTimeout()
{
    test::TestStore ts;
    QSqlQuery query(ts->database().connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA busy_timeout")) && query.next());
    QCOMPARE(query.value(0).toInt(), 5000);
}

void tst_LockedStore::heldWriteLockGivesBusy()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const Message first = ts.send(alice, bob, QStringLiteral("before the lock"));
    QVERIFY(first.isValid());
    // Shortened so that the three tries take a fraction of a second instead of 15 s.
    SB_VERIFY_OK(ts->database().setBusyTimeout(50));

    test::RawDatabase other(ts.path(), QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
    QVERIFY(other.tryExec(QStringLiteral("BEGIN IMMEDIATE")));

    QSignalSpy changed(&ts.store(), &Store::changed);
    const qint64 statements = ts->statementCount();
    auto sent = ts->messages().send(bob, alice, QStringLiteral("while locked"));
    SB_VERIFY_ERROR(sent, StoreError::Busy);
    QVERIFY2(sent.error().message.contains(QLatin1String("busy"))
                 && sent.error().message.contains(QLatin1String("try again")),
             qPrintable(sent.error().message));
    // Bounded: exactly the three BEGIN IMMEDIATE tries of Store::beginWrite, nothing more.
    QCOMPARE(ts->statementCount() - statements, qint64(3));
    QCOMPARE(changed.count(), 0);

    // Every kind of write gives the same answer; reads go on (WAL readers never wait).
    SB_VERIFY_ERROR(ts->messages().markRead(bob, first.id), StoreError::Busy);
    SB_VERIFY_ERROR(ts->messages().edit(alice, first.id, QStringLiteral("edited")),
                    StoreError::Busy);
    auto conversation = ts->messages().conversation(alice, bob.id);
    SB_VERIFY_OK(conversation);
    QCOMPARE(conversation->size(), 1);
    auto unread = ts->messages().unreadFor(bob);
    SB_VERIFY_OK(unread);
    QCOMPARE(unread->size(), 1);

    QVERIFY(other.tryExec(QStringLiteral("ROLLBACK")));
    auto retried = ts->messages().send(bob, alice, QStringLiteral("after the lock"));
    SB_VERIFY_OK(retried);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(other.scalar(QStringLiteral("SELECT count(*) FROM messages")).toInt(), 2);
    QCOMPARE(other.scalar(QStringLiteral("SELECT count(*) FROM notifications")).toInt(), 2);
}

QTEST_GUILESS_MAIN(tst_LockedStore)
#include "tst_lockedstore.moc"

#include "rawdatabase.h"
#include "storeassert.h"
#include "teststore.h"

#include "messagerepository.h"
#include "storesignals.h"
#include "userrepository.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace signalbox;

namespace {

QVariant pragma(const QSqlDatabase &connection, const QString &name)
{
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return {};
    return query.value(0);
}

} // namespace

class tst_Database : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pragmasOnTheConnection();
    void statementCountCountsStatements();
    void secondStoreReadsWhileTheFirstWrites();
    void busyWriterYieldsBusy();
};

void tst_Database::initTestCase()
{
    test::useFastPasswordHashing();
}

void tst_Database::pragmasOnTheConnection()
{
    test::TestStore ts;
    QVERIFY(ts.isValid());
    const QSqlDatabase connection = ts->database().connection();
    QVERIFY(connection.isOpen());
    if (test::TestStore::onPostgres()) {
        QCOMPARE(ts->database().dialect(), Database::Dialect::Postgres);
        QVERIFY(ts->database().filePath().isEmpty());
        QSKIP("PRAGMAs and the WAL journal are settings of a SQLite connection and file");
    }
    QCOMPARE(pragma(connection, QStringLiteral("foreign_keys")).toInt(), 1);
    QCOMPARE(pragma(connection, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(pragma(connection, QStringLiteral("synchronous")).toInt(), 1); // NORMAL
    QCOMPARE(pragma(connection, QStringLiteral("busy_timeout")).toInt(), 5000);
    QCOMPARE(ts->database().dialect(), Database::Dialect::Sqlite);
    QCOMPARE(ts->database().filePath(), ts.path());
    // WAL is a property of the file: a plain connection sees it too.
    test::RawDatabase raw(ts.path());
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

void tst_Database::statementCountCountsStatements()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));

    qint64 before = ts->statementCount();
    SB_VERIFY_OK(ts->users().byId(alice.id));
    QCOMPARE(ts->statementCount() - before, 1);

    before = ts->statementCount();
    SB_VERIFY_OK(ts->database().scalar(QStringLiteral("SELECT 1")));
    SB_VERIFY_OK(ts->database().scalar(QStringLiteral("SELECT 1")));
    QCOMPARE(ts->statementCount() - before, 2); // a cached statement counts each time it runs

    // Refused before reaching the database: nothing runs.
    before = ts->statementCount();
    SB_VERIFY_ERROR(ts->messages().send(alice, bob, QStringLiteral("   ")),
                    StoreError::InvalidInput);
    QCOMPARE(ts->statementCount(), before);

    // A send runs at least BEGIN, the message, its notification, the summaries and COMMIT,
    // and the same number every time. PostgreSQL runs one statement more than SQLite (7 to 6
    // today): Store::logChanges wakes the other clients' LISTEN with a pg_notify after the
    // change_log row, where SQLite's readers poll PRAGMA data_version instead.
    before = ts->statementCount();
    ts.send(alice, bob, QStringLiteral("hello"));
    const qint64 sendCost = ts->statementCount() - before;
    QVERIFY2(sendCost >= 5, QByteArray::number(sendCost).constData());
    before = ts->statementCount();
    ts.send(bob, alice, QStringLiteral("hello back"));
    QCOMPARE(ts->statementCount() - before, sendCost);
    qDebug("a send costs %lld statements", sendCost);

    // A failed statement counts too.
    before = ts->statementCount();
    QVERIFY(!ts->database().scalar(QStringLiteral("SELECT * FROM no_such_table")).ok());
    QVERIFY(ts->statementCount() - before <= 1);
}

void tst_Database::secondStoreReadsWhileTheFirstWrites()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    ts.send(alice, bob, QStringLiteral("before"));
    auto second = Store::open(ts.path());
    SB_VERIFY_OK(second);
    Store &reader = *second.value();

    // While the first store holds its write transaction (BEGIN IMMEDIATE), the second reads
    // the last committed state without waiting.
    int seenDuringWrite = -1;
    bool readFailed = false;
    bool writerInTransaction = false;
    connect(
        ts->hooks(), &StoreSignals::messageSaved, this,
        [&](const Message &, bool) {
            writerInTransaction = ts->database().inTransaction();
            auto messages = reader.messages().conversation(bob, alice.id);
            readFailed = !messages.ok();
            seenDuringWrite = messages ? int(messages->size()) : -1;
        },
        Qt::DirectConnection);
    QElapsedTimer timer;
    timer.start();
    ts.send(alice, bob, QStringLiteral("during"));
    qDebug("write with a concurrent read: %lld ms", timer.elapsed());

    QVERIFY(writerInTransaction);
    QVERIFY(!readFailed);
    QCOMPARE(seenDuringWrite, 1);
    auto after = reader.messages().conversation(bob, alice.id);
    SB_VERIFY_OK(after);
    QCOMPARE(after->size(), 2);
}

void tst_Database::busyWriterYieldsBusy()
{
    if (test::TestStore::onPostgres())
        QSKIP("BEGIN IMMEDIATE and the busy timeout are SQLite's file lock; PostgreSQL writers "
              "wait on row locks");
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    ts.send(alice, bob, QStringLiteral("before"));
    test::RawDatabase other(ts.path());
    const auto before = other.snapshot();
    QSignalSpy changed(&ts.store(), &Store::changed);

    QVERIFY(other.tryExec(QStringLiteral("BEGIN IMMEDIATE")));
    QElapsedTimer timer;
    timer.start();
    auto sent = ts->messages().send(alice, bob, QStringLiteral("blocked"));
    // Not asserted: the store waits its busy timeout on each of its attempts.
    qDebug("a blocked write gave up after %lld ms", timer.elapsed());
    SB_VERIFY_ERROR(sent, StoreError::Busy);
    QVERIFY(!ts->database().inTransaction());
    QCOMPARE(changed.count(), 0);
    // Reads still work while the other writer holds the lock.
    auto read = ts->messages().conversation(alice, bob.id);
    SB_VERIFY_OK(read);
    QCOMPARE(read->size(), 1);
    QVERIFY(other.tryExec(QStringLiteral("ROLLBACK")));

    QVERIFY(other.snapshot() == before);
    SB_VERIFY_OK(ts->messages().send(alice, bob, QStringLiteral("after")));
    QCOMPARE(other.count(QStringLiteral("messages")), 2);
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"

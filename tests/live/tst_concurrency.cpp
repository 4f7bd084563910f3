#include "teststore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <csignal>

using namespace signalbox;

// Several processes on one SQLite file: no "database is locked" reaches anyone, and a writer
// killed at any moment loses nothing it acknowledged and leaves nothing half-written.
class tst_Concurrency : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void twoWritersAtOnce();
    void killedWriterLosesNothing();

private:
    QString writer() const { return QStringLiteral(SIGNALBOX_TEST_WRITER); }
    // Runs checks on a raw connection to the file; returns false with a message on failure.
    static QVariant one(const QString &path, const QString &sql);
};

void tst_Concurrency::init()
{
    if (test::TestStore::onPostgres())
        QSKIP("These tests are about one SQLite file shared by processes.");
}

QVariant tst_Concurrency::one(const QString &path, const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return value;
}

void tst_Concurrency::twoWritersAtOnce()
{
    test::TestStore ts;
    ts.addUser(QStringLiteral("alice"));
    ts.addUser(QStringLiteral("bob"));
    QProcess first;
    QProcess second;
    first.start(writer(), {ts.path(), QStringLiteral("alice"), QStringLiteral("bob"),
                           QStringLiteral("1000")});
    second.start(writer(), {ts.path(), QStringLiteral("bob"), QStringLiteral("alice"),
                            QStringLiteral("1000")});
    QVERIFY(first.waitForFinished(120000));
    QVERIFY(second.waitForFinished(120000));
    QCOMPARE(first.exitCode(), 0);
    QCOMPARE(second.exitCode(), 0);
    QCOMPARE(first.readAllStandardError(), QByteArray());
    QCOMPARE(second.readAllStandardError(), QByteArray());
    QCOMPARE(one(ts.path(), QStringLiteral("SELECT count(*) FROM messages")).toInt(), 2000);
    QCOMPARE(one(ts.path(), QStringLiteral("SELECT count(*) FROM notifications")).toInt(), 2000);
    QCOMPARE(one(ts.path(), QStringLiteral("SELECT sum(unread_count) FROM conversations")).toInt(),
             2000);
}

void tst_Concurrency::killedWriterLosesNothing()
{
    test::TestStore ts;
    ts.addUser(QStringLiteral("alice"));
    ts.addUser(QStringLiteral("bob"));
    const QString path = ts.path();
    QList<qint64> acknowledged;
    auto *random = QRandomGenerator::global();
    for (int round = 0; round < 20; ++round) {
        QProcess child;
        child.start(writer(),
                    {path, QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("0")});
        QVERIFY(child.waitForStarted());
        // Let it write for a random while, then kill it without warning.
        QTest::qWait(20 + int(random->bounded(120)));
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(5000));
        for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
            if (!line.trimmed().isEmpty())
                acknowledged.append(line.trimmed().toLongLong());
        }
        QCOMPARE(one(path, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(one(path, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt(),
                 0);
        QCOMPARE(
            one(path, QStringLiteral("SELECT count(*) FROM messages m WHERE (SELECT count(*) FROM "
                                     "notifications n WHERE n.message_id = m.id) <> 1"))
                .toInt(),
            0);
        QCOMPARE(
            one(path, QStringLiteral("SELECT count(*) FROM message_history h JOIN messages m ON "
                                     "m.id = h.message_id WHERE m.edited = 0"))
                .toInt(),
            0);
    }
    QVERIFY2(acknowledged.size() > 20,
             "the writer should have committed messages before the kills");
    QVERIFY(ts.reopen());
    const int stored = one(path, QStringLiteral("SELECT count(*) FROM messages")).toInt();
    QVERIFY(stored >= acknowledged.size());
    for (const qint64 id : std::as_const(acknowledged)) {
        QCOMPARE(one(path, QStringLiteral("SELECT count(*) FROM messages WHERE id = %1").arg(id))
                     .toInt(),
                 1);
    }
}

QTEST_GUILESS_MAIN(tst_Concurrency)
#include "tst_concurrency.moc"

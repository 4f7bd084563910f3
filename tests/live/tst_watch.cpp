#include "messagerepository.h"
#include "notificationrepository.h"
#include "rawdatabase.h"
#include "teststore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace signalbox;

// signalbox-cli watch and seed, run as real processes against one store.
class tst_Watch : public QObject
{
    Q_OBJECT

private slots:
    void watchPrintsNotificationsFromAnotherProcess();
    void watchEndsWhenItsAccountIsDeleted();
    void seedFillsTheStoreThroughTheReceivers();
    void repeatedWrongPasswordsAreSlowedDown();
    void backupAndRestore();

private:
    static QProcessEnvironment environment(const QString &password);
};

QProcessEnvironment tst_Watch::environment(const QString &password)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SIGNALBOX_PASSWORD"), password);
    env.remove(QStringLiteral("SIGNALBOX_DB"));
    return env;
}

void tst_Watch::watchPrintsNotificationsFromAnotherProcess()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const User carol = ts.addUser(QStringLiteral("carol"));
    const QString cli = QStringLiteral(SIGNALBOX_CLI);

    QProcess watch;
    watch.setProcessEnvironment(environment(test::TestStore::passwordOf(QStringLiteral("bob"))));
    watch.start(cli, {QStringLiteral("--db"), ts.path(), QStringLiteral("watch"),
                      QStringLiteral("--as"), QStringLiteral("bob")});
    QVERIFY(watch.waitForStarted());
    // It says on standard error when it listens.
    QByteArray said;
    QTRY_VERIFY2_WITH_TIMEOUT((said += watch.readAllStandardError()).contains("bob"),
                              said.constData(), 5000);

    // A message to someone else is not bob's notification.
    QProcess other;
    other.setProcessEnvironment(environment(test::TestStore::passwordOf(QStringLiteral("alice"))));
    other.start(cli, {QStringLiteral("--db"), ts.path(), QStringLiteral("send"),
                      QStringLiteral("--as"), QStringLiteral("alice"), QStringLiteral("--to"),
                      QStringLiteral("carol"), QStringLiteral("not for bob")});
    QVERIFY(other.waitForFinished(10000));
    QCOMPARE(other.exitCode(), 0);

    QProcess send;
    send.setProcessEnvironment(environment(test::TestStore::passwordOf(QStringLiteral("alice"))));
    send.start(cli, {QStringLiteral("--db"), ts.path(), QStringLiteral("send"),
                     QStringLiteral("--as"), QStringLiteral("alice"), QStringLiteral("--to"),
                     QStringLiteral("bob"), QStringLiteral("are you there?")});
    QVERIFY(send.waitForFinished(10000));
    QCOMPARE(send.exitCode(), 0);

    QByteArray line;
    QTRY_VERIFY_WITH_TIMEOUT((line += watch.readAllStandardOutput()).contains('\n'), 3000);
    watch.kill();
    watch.waitForFinished();
    QCOMPARE(line.count('\n'), 1);
    const QJsonObject object = QJsonDocument::fromJson(line).object();
    const QJsonObject notification = object.value(QStringLiteral("notification")).toObject();
    const QJsonObject message = object.value(QStringLiteral("message")).toObject();
    QCOMPARE(notification.value(QStringLiteral("user")).toString(), QStringLiteral("bob"));
    QCOMPARE(notification.value(QStringLiteral("read")).toBool(), false);
    QCOMPARE(message.value(QStringLiteral("sender")).toString(), QStringLiteral("alice"));
    QCOMPARE(message.value(QStringLiteral("content")).toString(), QStringLiteral("are you there?"));
    QCOMPARE(notification.value(QStringLiteral("message")).toInteger(),
             message.value(QStringLiteral("id")).toInteger());
    Q_UNUSED(alice);
    Q_UNUSED(carol);
    Q_UNUSED(bob);
}

// A session of a deleted account ends (issue 12): another program deletes carol while her
// `watch` runs; it stops with 77 and says why, and prints nothing of anyone else's.
void tst_Watch::watchEndsWhenItsAccountIsDeleted()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User carol = ts.addUser(QStringLiteral("carol"));
    QVERIFY(ts.send(alice, carol, QStringLiteral("before")).isValid());
    const QString cli = QStringLiteral(SIGNALBOX_CLI);

    QProcess watch;
    watch.setProcessEnvironment(environment(test::TestStore::passwordOf(QStringLiteral("carol"))));
    watch.start(cli, {QStringLiteral("--db"), ts.path(), QStringLiteral("watch"),
                      QStringLiteral("--as"), QStringLiteral("carol")});
    QVERIFY(watch.waitForStarted());
    QByteArray said;
    QTRY_VERIFY2_WITH_TIMEOUT((said += watch.readAllStandardError()).contains("carol"),
                              said.constData(), 5000);

    QProcess remove;
    remove.setProcessEnvironment(environment(test::TestStore::passwordOf(QStringLiteral("carol"))));
    remove.start(cli, {QStringLiteral("--db"), ts.path(), QStringLiteral("user"),
                       QStringLiteral("delete"), QStringLiteral("--as"), QStringLiteral("carol")});
    QVERIFY(remove.waitForFinished(30000));
    QCOMPARE(remove.exitCode(), 0);

    QVERIFY(watch.waitForFinished(10000));
    QCOMPARE(watch.exitStatus(), QProcess::NormalExit);
    QCOMPARE(watch.exitCode(), 77);
    said += watch.readAllStandardError();
    QVERIFY2(said.contains("deleted"), said.constData());
    QVERIFY(watch.readAllStandardOutput().isEmpty());
}

void tst_Watch::seedFillsTheStoreThroughTheReceivers()
{
    if (test::TestStore::onPostgres())
        QSKIP("This case inspects an SQLite file directly.");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("seed.sqlite3"));
    QProcess seed;
    seed.setProcessEnvironment(environment(QString()));
    seed.start(QStringLiteral(SIGNALBOX_CLI),
               {QStringLiteral("--db"), path, QStringLiteral("--json"), QStringLiteral("seed"),
                QStringLiteral("--users"), QStringLiteral("30"), QStringLiteral("--messages"),
                QStringLiteral("3000"), QStringLiteral("--seed"), QStringLiteral("7")});
    QVERIFY(seed.waitForFinished(120000));
    QCOMPARE(seed.exitCode(), 0);
    const QJsonObject report = QJsonDocument::fromJson(seed.readAllStandardOutput()).object();
    QCOMPARE(report.value(QStringLiteral("users")).toInt(), 30);
    QCOMPARE(report.value(QStringLiteral("messages")).toInteger(), 3000);
    const qint64 replies = report.value(QStringLiteral("replies")).toInteger();
    QVERIFY2(replies > 600 && replies < 1200, "about 30% replies");
    const qint64 read = report.value(QStringLiteral("read")).toInteger();
    QVERIFY(read > 0 && read < 3000);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    db.setDatabaseName(path);
    QVERIFY(db.open());
    const auto one = [&db](const char *sql) {
        QSqlQuery q(db);
        return q.exec(QString::fromLatin1(sql)) && q.next() ? q.value(0).toLongLong() : -1;
    };
    QCOMPARE(one("SELECT count(*) FROM messages"), 3000);
    QCOMPARE(one("SELECT count(*) FROM notifications"), 3000);
    QCOMPARE(one("SELECT count(*) FROM messages WHERE parent_message_id IS NOT NULL"), replies);
    QCOMPARE(one("SELECT count(*) FROM messages WHERE read = 1"), read);
    QCOMPARE(one("SELECT count(*) FROM notifications WHERE read = 1"), read);
    QCOMPARE(one("SELECT sum(unread_count) FROM conversations"), 3000 - read);
    // A reply always stays in its conversation.
    QCOMPARE(
        one("SELECT count(*) FROM messages c JOIN messages p ON p.id = c.parent_message_id WHERE "
            "min(c.sender_id, c.receiver_id) <> min(p.sender_id, p.receiver_id) OR "
            "max(c.sender_id, c.receiver_id) <> max(p.sender_id, p.receiver_id)"),
        0);
    db.close();
}

void tst_Watch::repeatedWrongPasswordsAreSlowedDown()
{
    if (test::TestStore::onPostgres())
        QSKIP("This case inspects an SQLite file directly.");
    test::TestStore ts;
    ts.addUser(QStringLiteral("alice"));
    QTemporaryDir home;
    const auto run = [&](const QString &password) {
        QProcess cli;
        QProcessEnvironment env = environment(password);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(SIGNALBOX_CLI),
                  {QStringLiteral("--db"), ts.path(), QStringLiteral("unread"),
                   QStringLiteral("--as"), QStringLiteral("alice")});
        cli.waitForFinished(30000);
        return std::pair{cli.exitCode(), QString::fromUtf8(cli.readAllStandardError())};
    };
    const auto before = test::RawDatabase(ts.path()).snapshot();
    // A few typing mistakes cost nothing...
    for (int i = 0; i < 3; ++i) {
        const auto [code, error] = run(QStringLiteral("wrong-password"));
        QCOMPARE(code, 77);
        QVERIFY2(error.contains(QStringLiteral("wrong")), qPrintable(error));
    }
    // ...then every further try must wait, even with the right password.
    const auto [code, error] = run(QStringLiteral("wrong-password"));
    QCOMPARE(code, 77);
    const auto [blockedCode, blockedError]
        = run(test::TestStore::passwordOf(QStringLiteral("alice")));
    QCOMPARE(blockedCode, 77);
    QVERIFY2(blockedError.contains(QStringLiteral("try again in")), qPrintable(blockedError));
    // Failed sign-ins never write to the store.
    QCOMPARE(test::RawDatabase(ts.path()).snapshot(), before);
    Q_UNUSED(error);
}

void tst_Watch::backupAndRestore()
{
    if (test::TestStore::onPostgres())
        QSKIP("This case inspects an SQLite file directly.");
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    for (int i = 0; i < 20; ++i)
        QVERIFY(ts.send(alice, bob, QStringLiteral("before the backup %1").arg(i)).isValid());
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite3"));
    const auto cli = [&](const QStringList &arguments) {
        QProcess process;
        process.setProcessEnvironment(
            environment(test::TestStore::passwordOf(QStringLiteral("bob"))));
        process.start(QStringLiteral(SIGNALBOX_CLI), arguments);
        process.waitForFinished(30000);
        return std::pair{process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
    };
    auto [code, error] = cli({QStringLiteral("--db"), ts.path(), QStringLiteral("backup"), copy});
    QVERIFY2(code == 0, qPrintable(error));
    QCOMPARE(test::RawDatabase(copy).scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
             QStringLiteral("ok"));
    QCOMPARE(test::RawDatabase(copy).count(QStringLiteral("messages")), 20);
    // An existing backup is never overwritten.
    std::tie(code, error)
        = cli({QStringLiteral("--db"), ts.path(), QStringLiteral("backup"), copy});
    QCOMPARE(code, 65);

    // The store is open here (ts): restoring over it is refused and changes nothing.
    QVERIFY(ts.send(alice, bob, QStringLiteral("after the backup")).isValid());
    std::tie(code, error)
        = cli({QStringLiteral("--db"), ts.path(), QStringLiteral("restore"), copy});
    QVERIFY2(code == 75 || code == 74, qPrintable(error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(test::RawDatabase(ts.path()).count(QStringLiteral("messages")), 21);

    // Restored into a place nobody has open, the copy is a working store.
    const QString restored = dir.filePath(QStringLiteral("restored.sqlite3"));
    std::tie(code, error)
        = cli({QStringLiteral("--db"), restored, QStringLiteral("restore"), copy});
    QVERIFY2(code == 0, qPrintable(error));
    QProcess unread;
    unread.setProcessEnvironment(environment(test::TestStore::passwordOf(QStringLiteral("bob"))));
    unread.start(QStringLiteral(SIGNALBOX_CLI),
                 {QStringLiteral("--db"), restored, QStringLiteral("--json"),
                  QStringLiteral("unread"), QStringLiteral("--as"), QStringLiteral("bob")});
    QVERIFY(unread.waitForFinished(30000));
    QCOMPARE(unread.exitCode(), 0);
    QCOMPARE(QJsonDocument::fromJson(unread.readAllStandardOutput()).array().size(), 20);
}

QTEST_GUILESS_MAIN(tst_Watch)
#include "tst_watch.moc"

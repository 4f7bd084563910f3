#include "seeder.h"
#include "teststore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace signalbox;

// `signalbox --measure-startup` signs in from the environment, shows the newest conversation,
// prints the time to its first paint and the memory held, and quits by itself.
class tst_MeasureStartup : public QObject
{
    Q_OBJECT

private slots:
    void printsFiguresAndQuits();
    void wrongPasswordFailsClearly();

private:
    static QProcessEnvironment environment(const QString &user, const QString &password);
};

QProcessEnvironment tst_MeasureStartup::environment(const QString &user, const QString &password)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("SIGNALBOX_USER"), user);
    env.insert(QStringLiteral("SIGNALBOX_PASSWORD"), password);
    return env;
}

void tst_MeasureStartup::printsFiguresAndQuits()
{
    if (test::TestStore::onPostgres())
        QSKIP("The start-up figures are measured on the embedded store.");
    test::TestStore ts;
    Seeder::Options options;
    options.users = 10;
    options.messages = 500;
    options.hubPeers = 5;
    options.largeConversation = 100;
    QVERIFY(Seeder::run(ts.store(), options));

    QProcess app;
    app.setProcessEnvironment(environment(Seeder::userName(0), options.password));
    app.start(QStringLiteral(SIGNALBOX_APP),
              {QStringLiteral("--db"), ts.path(), QStringLiteral("--measure-startup")});
    QVERIFY(app.waitForFinished(60000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 0);
    const QJsonObject report = QJsonDocument::fromJson(app.readAllStandardOutput()).object();
    QVERIFY(report.value(QStringLiteral("first_paint_ms")).toInteger() > 0);
    QVERIFY(report.value(QStringLiteral("rss_kb")).toInteger() > 0);
    QVERIFY(report.value(QStringLiteral("peak_rss_kb")).toInteger()
            >= report.value(QStringLiteral("rss_kb")).toInteger());
}

void tst_MeasureStartup::wrongPasswordFailsClearly()
{
    if (test::TestStore::onPostgres())
        QSKIP("The start-up figures are measured on the embedded store.");
    test::TestStore ts;
    ts.addUser(QStringLiteral("alice"));
    QProcess app;
    app.setProcessEnvironment(
        environment(QStringLiteral("alice"), QStringLiteral("not her password")));
    app.start(QStringLiteral(SIGNALBOX_APP),
              {QStringLiteral("--db"), ts.path(), QStringLiteral("--measure-startup")});
    QVERIFY(app.waitForFinished(60000));
    QCOMPARE(app.exitCode(), 1);
    QVERIFY(app.readAllStandardOutput().isEmpty());
    QVERIFY(QString::fromUtf8(app.readAllStandardError()).contains(QStringLiteral("wrong")));
}

QTEST_GUILESS_MAIN(tst_MeasureStartup)
#include "tst_measurestartup.moc"

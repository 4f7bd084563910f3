// Smoke test of signalbox-stallbench on a small seeded store: both scenarios report every
// figure, the conversation it opened is the one the store holds, and every message the other
// process sent reached the open window. Nothing here is timed.
#include "messagerepository.h"
#include "store.h"
#include "userrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace signalbox;

class tst_StallBench : public QObject
{
    Q_OBJECT

private slots:
    void reportsBothScenarios();
};

void tst_StallBench::reportsBothScenarios()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("small.sqlite3"));
    QProcess bench;
    bench.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    bench.start(QStringLiteral(SIGNALBOX_STALLBENCH_BINARY),
                {QStringLiteral("--store"), path, QStringLiteral("--small"), QStringLiteral("800"),
                 QStringLiteral("--rate"), QStringLiteral("20"), QStringLiteral("--seconds"),
                 QStringLiteral("2")});
    QVERIFY(bench.waitForFinished(240000));
    QCOMPARE(bench.exitStatus(), QProcess::NormalExit);
    QCOMPARE(bench.exitCode(), 0);
    QJsonParseError error;
    const QJsonObject report
        = QJsonDocument::fromJson(bench.readAllStandardOutput(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);

    const QJsonObject open = report.value(QStringLiteral("open")).toObject();
    const QJsonObject live = report.value(QStringLiteral("live")).toObject();
    for (const QJsonObject &scenario : {open, live}) {
        for (const char *key : {"ticks", "longest_ms", "p99_ms", "median_ms", "over_16ms"})
            QVERIFY2(scenario.contains(QLatin1String(key)), key);
        QVERIFY(scenario.value(QStringLiteral("ticks")).toInt() > 0);
        QVERIFY(scenario.value(QStringLiteral("longest_ms")).toDouble()
                >= scenario.value(QStringLiteral("p99_ms")).toDouble());
        QVERIFY(scenario.value(QStringLiteral("p99_ms")).toDouble()
                >= scenario.value(QStringLiteral("median_ms")).toDouble());
    }

    auto store = Store::open(path);
    QVERIFY(store.ok());
    auto viewer = (*store)->users().byName(QStringLiteral("user0000"));
    auto peer = (*store)->users().byName(QStringLiteral("user0001"));
    QVERIFY(viewer.ok() && peer.ok());
    auto conversation = (*store)->messages().conversation(*viewer, peer->id);
    QVERIFY(conversation.ok());
    // The store now holds the seeded conversation and the 40 live messages.
    QCOMPARE(open.value(QStringLiteral("conversation_messages")).toInt() + 40,
             int(conversation->size()));
    QVERIFY(open.value(QStringLiteral("messages_loaded")).toInt() > 0);
    QCOMPARE(live.value(QStringLiteral("sent")).toInt(), 40);
    // Every one of them was shown by the open window.
    QCOMPARE(live.value(QStringLiteral("shown")).toInt(), 40);
    QCOMPARE(live.value(QStringLiteral("sender_exit")).toInt(), 0);
}

QTEST_GUILESS_MAIN(tst_StallBench)
#include "tst_stallbench.moc"

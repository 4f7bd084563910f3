// signalbox-stallbench: how long the window's event loop is blocked (docs/benchmarks.md).
//
// The real main window, signed in as VIEWER, on the offscreen platform; a QTimer fires every
// millisecond and records how late each tick comes. Two scenarios:
//   open  the conversation with PEER is opened (the 10,000-message one of the 1M store);
//   live  with it open, another process (this program with --send) sends PEER -> VIEWER at
//         RATE messages a second for SECONDS, each its own transaction, and the window follows
//         them live (ChangeFeed, PRAGMA data_version).
// For each: the longest stall, the 99th percentile and the median of the ticks' lateness, the
// ticks seen, and for "live" how many messages were sent and how many the window showed.
//
//   signalbox-stallbench --store STORE [--viewer user0000] [--peer user0001]
//                        [--rate 100] [--seconds 30] [--out FILE]
//   signalbox-stallbench --store STORE --small N   seeds a store of N messages first (ctest)
//
// "live" writes into the store: run it on a copy of a store that should stay as it is.

#include "changefeed.h"
#include "mainwindow.h"
#include "messagerepository.h"
#include "seeder.h"
#include "store.h"
#include "threadmodel.h"
#include "userrepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace signalbox;

namespace {

// Records how late a 1 ms timer fires: a tick that comes 40 ms after the one before means the
// event loop was blocked for about 39 ms.
class StallProbe : public QObject
{
public:
    explicit StallProbe(QObject *parent = nullptr)
        : QObject(parent)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }

    void start()
    {
        m_late.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }

    QJsonObject report() const
    {
        QList<double> sorted = m_late;
        std::sort(sorted.begin(), sorted.end());
        const auto at = [&](double q) {
            if (sorted.isEmpty())
                return 0.0;
            const auto index = qsizetype(q * double(sorted.size() - 1) + 0.5);
            return sorted.at(std::clamp<qsizetype>(index, 0, sorted.size() - 1));
        };
        return QJsonObject{
            {QStringLiteral("ticks"), int(sorted.size())},
            {QStringLiteral("longest_ms"), sorted.isEmpty() ? 0.0 : sorted.last()},
            {QStringLiteral("p99_ms"), at(0.99)},
            {QStringLiteral("median_ms"), at(0.5)},
            {QStringLiteral("over_16ms"), int(std::count_if(sorted.cbegin(), sorted.cend(),
                                                            [](double ms) { return ms > 16; }))}};
    }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        if (m_last > 0)
            m_late.append(std::max(0.0, double(now - m_last) / 1e6 - 1.0));
        m_last = now;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<double> m_late;
};

// Keeps the event loop running for ms milliseconds.
void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// --send STORE FROM TO RATE SECONDS: the other process.
int sendPaced(const QStringList &args)
{
    auto store = Store::open(args.at(0));
    if (!store) {
        std::fprintf(stderr, "stallbench --send: %s\n", qPrintable(store.error().message));
        return 1;
    }
    auto from = (*store)->users().byName(args.at(1));
    auto to = (*store)->users().byName(args.at(2));
    if (!from || !to) {
        std::fprintf(stderr, "stallbench --send: no such users\n");
        return 1;
    }
    const int rate = args.at(3).toInt();
    const int seconds = args.at(4).toInt();
    const qint64 total = qint64(rate) * seconds;
    QElapsedTimer clock;
    clock.start();
    for (qint64 i = 0; i < total; ++i) {
        // Paced by the clock, not by sleeping a fixed time: 100/s stays 100/s.
        const qint64 due = i * 1000000000LL / rate;
        const qint64 wait = due - clock.nsecsElapsed();
        if (wait > 0)
            QThread::usleep(quint64(wait / 1000));
        auto sent = (*store)->messages().send(
            *from, *to,
            QStringLiteral("Live message %1 of %2, sent while the window is open")
                .arg(i + 1)
                .arg(total));
        if (!sent) {
            std::fprintf(stderr, "stallbench --send: %s\n", qPrintable(sent.error().message));
            return 1;
        }
    }
    std::printf("%lld\n", static_cast<long long>(total));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--send") == 0) {
        QCoreApplication app(argc, argv);
        const QStringList args = app.arguments().mid(2);
        if (args.size() != 5) {
            std::fprintf(stderr, "usage: signalbox-stallbench --send STORE FROM TO RATE SECS\n");
            return 64;
        }
        return sendPaced(args);
    }

    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("signalbox-stallbench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures how long the main window's event loop is blocked."));
    parser.addHelpOption();
    const QCommandLineOption storeOption(QStringLiteral("store"), QStringLiteral("The store."),
                                         QStringLiteral("STORE"));
    const QCommandLineOption viewerOption(QStringLiteral("viewer"),
                                          QStringLiteral("Signed in as (default user0000)."),
                                          QStringLiteral("NAME"), QStringLiteral("user0000"));
    const QCommandLineOption peerOption(
        QStringLiteral("peer"), QStringLiteral("The conversation opened (default user0001)."),
        QStringLiteral("NAME"), QStringLiteral("user0001"));
    const QCommandLineOption rateOption(QStringLiteral("rate"),
                                        QStringLiteral("Messages a second (default 100)."),
                                        QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("How long to send (default 30)."),
                                           QStringLiteral("S"), QStringLiteral("30"));
    const QCommandLineOption smallOption(
        QStringLiteral("small"), QStringLiteral("Seed a new store of N messages at STORE first."),
        QStringLiteral("N"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("Also write the JSON to FILE."),
                                       QStringLiteral("FILE"));
    parser.addOptions(
        {storeOption, viewerOption, peerOption, rateOption, secondsOption, smallOption, outOption});
    parser.process(app);
    const QString path = parser.value(storeOption);
    if (path.isEmpty()) {
        std::fprintf(stderr, "signalbox-stallbench: --store is required\n");
        return 64;
    }

    if (parser.isSet(smallOption)) {
        auto store = Store::open(path);
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
            return 1;
        }
        Seeder::Options seed;
        seed.users = 20;
        seed.messages = parser.value(smallOption).toLongLong();
        seed.hubPeers = 10;
        seed.largeConversation = seed.messages / 4;
        if (auto seeded = Seeder::run(**store, seed); !seeded) {
            std::fprintf(stderr, "%s\n", qPrintable(seeded.error().message));
            return 1;
        }
    }

    auto opened = Store::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    Store &store = **opened;
    ChangeFeed feed(&store); // the app's live updates from other processes
    if (Status started = feed.start(); !started) {
        std::fprintf(stderr, "%s\n", qPrintable(started.error().message));
        return 1;
    }
    auto viewer = store.users().byName(parser.value(viewerOption));
    auto peer = store.users().byName(parser.value(peerOption));
    if (!viewer || !peer) {
        std::fprintf(stderr, "signalbox-stallbench: no users %s and %s in the store\n",
                     qPrintable(parser.value(viewerOption)), qPrintable(parser.value(peerOption)));
        return 1;
    }

    MainWindow window(&store, *viewer, path);
    window.resize(1280, 800);
    window.show();
    runFor(300);
    StallProbe probe;
    QJsonObject report;

    // open: the probe runs while the conversation is opened and painted.
    probe.start();
    runFor(200);
    QElapsedTimer openClock;
    openClock.start();
    window.openConversation(*peer);
    const double openMs = double(openClock.nsecsElapsed()) / 1e6;
    runFor(1000);
    probe.stop();
    QJsonObject open = probe.report();
    open.insert(QStringLiteral("open_call_ms"), openMs);
    open.insert(QStringLiteral("messages_loaded"), window.threadModel()->loadedMessageCount());
    auto total = store.messages().conversation(*viewer, peer->id);
    open.insert(QStringLiteral("conversation_messages"), total ? int(total->size()) : -1);
    report.insert(QStringLiteral("open"), open);

    // live: another process sends into the open conversation.
    const int rate = parser.value(rateOption).toInt();
    const int seconds = parser.value(secondsOption).toInt();
    const int before = window.threadModel()->loadedMessageCount();
    QProcess sender;
    sender.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    probe.start();
    sender.start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--send"), path, peer->username, viewer->username,
                  QString::number(rate), QString::number(seconds)});
    if (!sender.waitForStarted()) {
        std::fprintf(stderr, "signalbox-stallbench: the sender did not start\n");
        return 1;
    }
    while (sender.state() != QProcess::NotRunning)
        runFor(50);
    const int sent = QString::fromLatin1(sender.readAllStandardOutput()).trimmed().toInt();
    // The live messages the window's conversation holds (they are all roots).
    const ThreadModel *thread = window.threadModel();
    auto countShown = [thread] {
        int shown = 0;
        for (int row = 0; row < thread->rowCount(); ++row) {
            if (thread->index(row, 0)
                    .data(ThreadModel::ContentRole)
                    .toString()
                    .startsWith(QLatin1String("Live message ")))
                ++shown;
        }
        return shown;
    };
    // The last commits reach the window within a poll or two; on a loaded machine later, so
    // it waits for them (at most 20 s) instead of for a fixed time.
    QElapsedTimer settling;
    settling.start();
    runFor(300);
    while (countShown() < sent && settling.elapsed() < 20000)
        runFor(100);
    probe.stop();
    QJsonObject live = probe.report();
    live.insert(QStringLiteral("rate"), rate);
    live.insert(QStringLiteral("seconds"), seconds);
    live.insert(QStringLiteral("sent"), sent);
    const int shown = countShown();
    live.insert(QStringLiteral("shown"), shown);
    live.insert(QStringLiteral("loaded_before"), before);
    live.insert(QStringLiteral("loaded_after"), thread->loadedMessageCount());
    live.insert(QStringLiteral("sender_exit"), sender.exitCode());
    report.insert(QStringLiteral("live"), live);

    const QByteArray text = QJsonDocument(report).toJson(QJsonDocument::Indented);
    std::fputs(text.constData(), stdout);
    if (parser.isSet(outOption)) {
        QFile file(parser.value(outOption));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) < 0) {
            std::fprintf(stderr, "signalbox-stallbench: cannot write %s\n",
                         qPrintable(parser.value(outOption)));
            return 1;
        }
    }
    return sender.exitCode() == 0 ? 0 : 1;
}

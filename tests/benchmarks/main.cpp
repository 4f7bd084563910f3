#include "benchdriver.h"
#include "largebench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

using signalbox::bench::BenchDriver;
using signalbox::bench::LargeBench;

namespace {

// --large STORE: the interactive operations on a big seeded store (see largebench.h).
int runLarge(const LargeBench::Options &options, const QString &out)
{
    QString error;
    auto report = LargeBench(options).run(&error);
    if (!report) {
        std::fprintf(stderr, "signalbox-bench: error: %s\n", qPrintable(error));
        return 1;
    }
    const QByteArray text = QJsonDocument(*report).toJson(QJsonDocument::Indented);
    std::fputs(text.constData(), stdout);
    if (!out.isEmpty()) {
        QFile file(out);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(text) != text.size()) {
            std::fprintf(stderr, "signalbox-bench: error: cannot write %s\n", qPrintable(out));
            return 1;
        }
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("signalbox-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs the fixed workload through the Signalbox store and prints its figures as JSON."));
    parser.addHelpOption();
    const QCommandLineOption workload(QStringLiteral("workload"),
                                      QStringLiteral("The workload file."), QStringLiteral("FILE"),
                                      QStringLiteral(SIGNALBOX_BENCH_WORKLOAD));
    const QCommandLineOption runs(
        QStringLiteral("runs"),
        QStringLiteral("Runs, each a fresh process (default: the workload's)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption scale(
        QStringLiteral("scale"),
        QStringLiteral("Fraction of the messages, edits and thread replies."), QStringLiteral("S"),
        QStringLiteral("1"));
    const QCommandLineOption raw(
        QStringLiteral("raw-baseline"),
        QStringLiteral("Also run steps b and c through the SQLite C API."));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("Also write the JSON to FILE."),
                                 QStringLiteral("FILE"));
    QCommandLineOption keep(
        QStringLiteral("keep"),
        QStringLiteral("With --single-run: run in DIR and keep the store files there."),
        QStringLiteral("DIR"));
    QCommandLineOption single(QStringLiteral("single-run"),
                              QStringLiteral("One run in this process."));
    single.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption large(
        QStringLiteral("large"),
        QStringLiteral("Instead of the workload: time the interactive operations on STORE, a store "
                       "seeded by signalbox-cli seed (sends and deletes run on copies)."),
        QStringLiteral("STORE"));
    const QCommandLineOption deleteTarget(
        QStringLiteral("delete-target"),
        QStringLiteral("With --large: delete the user whose message count is closest to N "
                       "(default 5000)."),
        QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption sends(
        QStringLiteral("sends"),
        QStringLiteral("With --large: how many sends to time (default 200)."), QStringLiteral("N"),
        QStringLiteral("200"));
    parser.addOptions({workload, runs, scale, raw, out, keep, single, large, deleteTarget, sends});
    parser.process(app);

    if (parser.isSet(large)) {
        LargeBench::Options options;
        options.storePath = parser.value(large);
        bool ok = false;
        options.deleteTarget = parser.value(deleteTarget).toInt(&ok);
        bool sendsOk = false;
        options.sends = parser.value(sends).toInt(&sendsOk);
        if (!ok || options.deleteTarget < 0 || !sendsOk || options.sends < 1) {
            std::fprintf(stderr,
                         "signalbox-bench: --delete-target and --sends need positive numbers\n");
            return 2;
        }
        return runLarge(options, parser.value(out));
    }

    BenchDriver::Options options;
    options.workload = parser.value(workload);
    bool ok = false;
    options.runs = parser.value(runs).toInt(&ok);
    if (!ok || options.runs < 0) {
        std::fprintf(stderr, "signalbox-bench: --runs needs a positive number\n");
        return 2;
    }
    options.scale = parser.value(scale).toDouble(&ok);
    if (!ok || !(options.scale > 0 && options.scale <= 1)) {
        std::fprintf(stderr, "signalbox-bench: --scale needs a number in (0, 1]\n");
        return 2;
    }
    options.rawBaseline = parser.isSet(raw);
    options.out = parser.value(out);
    options.keep = parser.value(keep);
    if (!options.keep.isEmpty() && !parser.isSet(single)) {
        std::fprintf(stderr, "signalbox-bench: --keep needs --single-run\n");
        return 2;
    }

    BenchDriver driver(options);
    return parser.isSet(single) ? driver.singleRun() : driver.run();
}

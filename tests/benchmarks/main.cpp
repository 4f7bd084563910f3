#include "benchdriver.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using signalbox::bench::BenchDriver;

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
    parser.addOptions({workload, runs, scale, raw, out, keep, single});
    parser.process(app);

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

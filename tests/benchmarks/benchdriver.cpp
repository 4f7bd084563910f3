#include "benchdriver.h"

#include "benchrun.h"
#include "workload.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace signalbox::bench {

namespace {

int failWith(const QString &message)
{
    std::fprintf(stderr, "signalbox-bench: error: %s\n", qPrintable(message));
    return 1;
}

// The median of every number found at the same place in each object; anything else is
// taken from the first.
QJsonValue medianOf(const QList<QJsonValue> &values)
{
    const QJsonValue &first = values.first();
    if (first.isObject()) {
        QJsonObject out;
        const QJsonObject object = first.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            QList<QJsonValue> column;
            for (const QJsonValue &v : values)
                column.append(v.toObject().value(it.key()));
            out.insert(it.key(), medianOf(column));
        }
        return out;
    }
    if (!first.isDouble())
        return first;
    QList<double> numbers;
    for (const QJsonValue &v : values)
        numbers.append(v.toDouble());
    std::sort(numbers.begin(), numbers.end());
    const qsizetype n = numbers.size();
    const double m = n % 2 ? numbers.at(n / 2) : (numbers.at(n / 2 - 1) + numbers.at(n / 2)) / 2;
    // Counts stay integers.
    if (m == double(qint64(m)) && std::abs(m) < 1e15)
        return qint64(m);
    return m;
}

} // namespace

BenchDriver::BenchDriver(Options options)
    : m_options(std::move(options))
{}

int BenchDriver::singleRun()
{
    QString error;
    auto workload = Workload::load(m_options.workload, &error);
    if (!workload)
        return failWith(error);
    workload->generate(m_options.scale);
    QTemporaryDir temporary;
    QString directory = temporary.path();
    if (!m_options.keep.isEmpty()) {
        directory = m_options.keep;
        QDir folder(directory);
        if (!folder.mkpath(QStringLiteral(".")))
            return failWith(QStringLiteral("cannot create %1").arg(directory));
        // A fresh store each run: files of an earlier run go.
        for (const QString &name : folder.entryList({QStringLiteral("*.sqlite3*")}, QDir::Files))
            folder.remove(name);
    } else if (!temporary.isValid()) {
        return failWith(QStringLiteral("no temporary folder: %1").arg(temporary.errorString()));
    }
    BenchRun run(*workload, directory, m_options.rawBaseline);
    auto result = run.run(&error);
    if (!result)
        return failWith(error);
    std::fputs(QJsonDocument(*result).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return 0;
}

int BenchDriver::run()
{
    QString error;
    auto workload = Workload::load(m_options.workload, &error);
    if (!workload)
        return failWith(error);
    if (!(m_options.scale > 0 && m_options.scale <= 1))
        return failWith(QStringLiteral("--scale must be in (0, 1]"));

    // The generator is checked at full size whatever the scale: it takes milliseconds, and
    // every expected value follows from the stream alone.
    workload->generate(1);
    const QByteArray opsSha = workload->opsSha256();
    const QStringList mismatches = workload->compareWithSpec(workload->expectations(), opsSha);
    if (!mismatches.isEmpty())
        return failWith(QStringLiteral("the generated operation stream differs from %1:\n  %2")
                            .arg(m_options.workload, mismatches.join(QLatin1String("\n  "))));
    std::fprintf(
        stderr,
        "signalbox-bench: %s: generator reproduces ops_sha256 %s and every expected value\n",
        qPrintable(workload->name()), opsSha.constData());

    const int runs = m_options.runs > 0 ? m_options.runs : std::max(1, workload->runs());
    QList<QJsonValue> samples;
    for (int r = 0; r < runs; ++r) {
        std::fprintf(stderr, "signalbox-bench: run %d of %d (scale %g)\n", r + 1, runs,
                     m_options.scale);
        QStringList arguments{QStringLiteral("--single-run"), QStringLiteral("--workload"),
                              m_options.workload, QStringLiteral("--scale"),
                              QString::number(m_options.scale, 'g', 17)};
        if (m_options.rawBaseline)
            arguments.append(QStringLiteral("--raw-baseline"));
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), arguments);
        if (!child.waitForStarted() || !child.waitForFinished(-1))
            return failWith(QStringLiteral("run %1 could not be started: %2")
                                .arg(r + 1)
                                .arg(child.errorString()));
        if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
            return failWith(
                QStringLiteral("run %1 failed (exit code %2)").arg(r + 1).arg(child.exitCode()));
        const QJsonDocument doc = QJsonDocument::fromJson(child.readAllStandardOutput().trimmed());
        if (!doc.isObject())
            return failWith(QStringLiteral("run %1 printed no figures").arg(r + 1));
        samples.append(doc.object());
    }

    const QJsonObject median = medianOf(samples).toObject();
    QJsonObject report{
        {QStringLiteral("workload"), workload->name()},
        {QStringLiteral("ops_sha256"), QString::fromLatin1(opsSha)},
        {QStringLiteral("scale"), m_options.scale},
        {QStringLiteral("runs"), runs},
        {QStringLiteral("verified"),
         m_options.scale == 1
             ? QStringLiteral("every value under expected")
             : QStringLiteral("generator against expected at scale 1; each run against "
                              "the values its scaled stream implies")},
        {QStringLiteral("median"), median.value(QLatin1String("steps"))},
        {QStringLiteral("peak_rss_kb"), median.value(QLatin1String("peak_rss_kb"))},
    };
    QJsonArray all;
    for (const QJsonValue &s : std::as_const(samples))
        all.append(s);
    report.insert(QStringLiteral("samples"), all);
    if (m_options.rawBaseline) {
        report.insert(QStringLiteral("raw_median"), median.value(QLatin1String("raw")));
        report.insert(QStringLiteral("ratio_to_raw"), median.value(QLatin1String("ratio_to_raw")));
        report.insert(QStringLiteral("peak_rss_kb_with_raw"),
                      median.value(QLatin1String("peak_rss_kb_with_raw")));
    }
    const QByteArray text = QJsonDocument(report).toJson(QJsonDocument::Indented);
    std::fputs(text.constData(), stdout);
    if (!m_options.out.isEmpty()) {
        QFile out(m_options.out);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(text) != text.size())
            return failWith(
                QStringLiteral("cannot write %1: %2").arg(m_options.out, out.errorString()));
    }
    return 0;
}

} // namespace signalbox::bench

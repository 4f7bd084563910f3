#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace signalbox::bench {

class Workload;

// One run of the workload through the real store, in this process, on a fresh file: steps
// a to g, each timed and its statements counted, each result checked against the values the
// workload's operation stream implies. Any mismatch fails the run.
class BenchRun
{
public:
    BenchRun(const Workload &workload, const QString &directory, bool rawBaseline);

    // {"steps": {...}, "peak_rss_kb": …, …} or nullopt with *error (a store error or every
    // mismatch found).
    std::optional<QJsonObject> run(QString *error);

private:
    void expect(const QString &what, const QString &expected, const QString &got);
    void expect(const QString &what, qint64 expected, qint64 got);

    const Workload &m_workload;
    QString m_directory;
    bool m_rawBaseline = false;
    QStringList m_mismatches;
};

} // namespace signalbox::bench

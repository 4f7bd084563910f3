#pragma once

#include <QFile>

#include <ctime>

// What the benchmark programs read of the machine they run on. Header only: the team mode
// benchmark is also built against the release before it (scripts/bench-postgres.sh copies it).
namespace signalbox::bench {

// CPU time of the calling thread, in milliseconds.
inline double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// The 1-minute load average: how busy the machine was (the figures are only as quiet as it).
inline double loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return file.readAll().split(' ').value(0).toDouble();
}

} // namespace signalbox::bench

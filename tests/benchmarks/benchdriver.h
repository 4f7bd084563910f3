#pragma once

#include <QString>

namespace signalbox::bench {

// The command line of signalbox-bench: checks the generator against the workload's expected
// values, runs the workload once per fresh process (itself, with --single-run) and reports
// the median of every figure as JSON.
class BenchDriver
{
public:
    struct Options
    {
        QString workload;
        int runs = 0; // 0: the workload's own "runs"
        double scale = 1;
        bool rawBaseline = false;
        QString out;
        QString keep; // --single-run only: run in this folder and keep the files
    };

    explicit BenchDriver(Options options);

    // The process exit code: 0 when every run reproduced the workload.
    int run();
    // One run in this process; prints its figures as one JSON line on stdout.
    int singleRun();

private:
    Options m_options;
};

} // namespace signalbox::bench

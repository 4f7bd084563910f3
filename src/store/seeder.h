#pragma once

#include "storeerror.h"

#include <functional>

namespace signalbox {

class Store;

// Fills a store with many users and messages through the store's bulk path: one transaction
// per batch, every send still going through the signals and receivers. For load tests and
// benchmarks (signalbox-cli seed).
class Seeder
{
public:
    struct Options
    {
        int users = 1000;
        qint64 messages = 1000000;
        quint32 seed = 1;
        // Messages per transaction. Each batch rewrites the index pages it touched once, at
        // COMMIT: 20,000 seeds 300,000 messages about twice as fast as 2,000 (docs/benchmarks.md).
        int batchSize = 20000;
        double replyRatio = 0.3;
        double readRatio = 0.6;
        int peersPerUser = 8;
        // The first user talks to this many peers, and to the second user this many times:
        // the shapes the large benchmarks open.
        int hubPeers = 200;
        qint64 largeConversation = 10000;
        QString password = QStringLiteral("seed-password");
    };
    struct Report
    {
        int users = 0;
        qint64 messages = 0;
        qint64 replies = 0;
        qint64 read = 0;
        double seconds = 0;
    };

    // Users are named user0000, user0001, … and share Options::password.
    static Result<Report> run(Store &store, const Options &options,
                              const std::function<void(qint64 done)> &progress = {});
    static QString userName(int index);
};

} // namespace signalbox

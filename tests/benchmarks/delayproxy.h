#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>

#include <atomic>
#include <deque>
#include <memory>

class QTcpServer;
class QTcpSocket;
class QThread;
class QTimer;

namespace signalbox::bench {

// A TCP proxy on 127.0.0.1 that holds every chunk it reads for a fixed delay before it writes
// it on, in both directions (5 ms each way = 10 ms of added round trip), for the team-mode
// benchmark (these kernels have no netem). Chunks are stamped when they are read and written
// in the order they were read, each when its own time has come. It runs its own thread, so
// the benchmark's blocking libpq calls do not hold it up.
//
// It also counts round trips: a burst of client-to-server bytes that follows bytes from the
// server (or opens the connection) is one round trip.
class DelayProxy
{
public:
    struct Counters
    {
        qint64 connections = 0;
        qint64 roundTrips = 0;
        qint64 bytesToServer = 0;
        qint64 bytesToClient = 0;
        qint64 chunks = 0;
        // The least and the longest time a chunk was held (read to written), in microseconds.
        qint64 minHeldUs = 0;
        qint64 maxHeldUs = 0;
    };

    DelayProxy(const QHostAddress &targetHost, quint16 targetPort, int delayUs);
    ~DelayProxy();
    DelayProxy(const DelayProxy &) = delete;
    DelayProxy &operator=(const DelayProxy &) = delete;

    // Starts listening on 127.0.0.1 on a free port; 0 if that failed.
    quint16 start();
    quint16 port() const { return m_port; }
    int delayUs() const { return m_delayUs; }
    Counters counters() const;

private:
    friend class DelayProxyServer;
    friend class DelayProxyLink;
    friend class DelayProxyPipe;

    QHostAddress m_targetHost;
    quint16 m_targetPort;
    int m_delayUs;
    quint16 m_port = 0;
    std::unique_ptr<QThread> m_thread;
    QObject *m_server = nullptr; // lives in m_thread

    std::atomic<qint64> m_connections{0};
    std::atomic<qint64> m_roundTrips{0};
    std::atomic<qint64> m_bytesToServer{0};
    std::atomic<qint64> m_bytesToClient{0};
    std::atomic<qint64> m_chunks{0};
    std::atomic<qint64> m_minHeldUs{-1};
    std::atomic<qint64> m_maxHeldUs{0};
    QElapsedTimer m_clock;
};

} // namespace signalbox::bench

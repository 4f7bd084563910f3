#include "delayproxy.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace signalbox::bench {

namespace {

struct Chunk
{
    qint64 readAtNs;
    QByteArray bytes;
};

} // namespace

// One direction of one connection: what was read from `from`, held, then written to `to`.
class DelayProxyPipe : public QObject
{
public:
    DelayProxyPipe(DelayProxy &proxy, QTcpSocket *to, bool toServer, QObject *parent)
        : QObject(parent)
        , m_proxy(proxy)
        , m_to(to)
        , m_toServer(toServer)
    {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { flushDue(); });
    }

    void push(QByteArray bytes)
    {
        m_queue.push_back(Chunk{m_proxy.m_clock.nsecsElapsed(), std::move(bytes)});
        if (!m_timer.isActive())
            schedule();
    }
    bool idle() const { return m_queue.empty(); }
    std::function<void()> onIdle;

private:
    void schedule()
    {
        if (m_queue.empty()) {
            if (onIdle)
                onIdle();
            return;
        }
        const qint64 dueNs = m_queue.front().readAtNs + qint64(m_proxy.m_delayUs) * 1000;
        const qint64 waitNs = dueNs - m_proxy.m_clock.nsecsElapsed();
        // QTimer counts whole milliseconds: round up, so that nothing leaves early.
        m_timer.start(int(std::max<qint64>(0, (waitNs + 999'999) / 1'000'000)));
    }

    void flushDue()
    {
        const qint64 now = m_proxy.m_clock.nsecsElapsed();
        const qint64 delayNs = qint64(m_proxy.m_delayUs) * 1000;
        while (!m_queue.empty() && m_queue.front().readAtNs + delayNs <= now) {
            const Chunk &chunk = m_queue.front();
            if (m_to)
                m_to->write(chunk.bytes);
            const qint64 heldUs = (now - chunk.readAtNs) / 1000;
            m_proxy.m_chunks.fetch_add(1);
            (m_toServer ? m_proxy.m_bytesToServer : m_proxy.m_bytesToClient)
                .fetch_add(chunk.bytes.size());
            qint64 least = m_proxy.m_minHeldUs.load();
            while ((least < 0 || heldUs < least)
                   && !m_proxy.m_minHeldUs.compare_exchange_weak(least, heldUs)) {}
            qint64 most = m_proxy.m_maxHeldUs.load();
            while (heldUs > most && !m_proxy.m_maxHeldUs.compare_exchange_weak(most, heldUs)) {}
            m_queue.pop_front();
        }
        schedule();
    }

    DelayProxy &m_proxy;
    QPointer<QTcpSocket> m_to;
    bool m_toServer;
    std::deque<Chunk> m_queue;
    QTimer m_timer;
};

// A client's connection and the proxy's connection to the server for it.
class DelayProxyLink : public QObject
{
public:
    DelayProxyLink(DelayProxy &proxy, QTcpSocket *client, QObject *parent)
        : QObject(parent)
        , m_proxy(proxy)
        , m_client(client)
        , m_server(new QTcpSocket(this))
    {
        client->setParent(this);
        for (QTcpSocket *socket : {m_client, m_server})
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_toServer = new DelayProxyPipe(proxy, m_server, true, this);
        m_toClient = new DelayProxyPipe(proxy, m_client, false, this);
        QObject::connect(m_client, &QTcpSocket::readyRead, this, [this] {
            // Bytes from the client after the server has spoken (or the first): a round trip.
            if (m_serverSpoke) {
                m_serverSpoke = false;
                m_proxy.m_roundTrips.fetch_add(1);
            }
            m_toServer->push(m_client->readAll());
        });
        QObject::connect(m_server, &QTcpSocket::readyRead, this, [this] {
            m_serverSpoke = true;
            m_toClient->push(m_server->readAll());
        });
        // One side closing: what is still held for the other side goes out first.
        QObject::connect(m_client, &QTcpSocket::disconnected, this, [this] {
            if (m_client->bytesAvailable() > 0)
                m_toServer->push(m_client->readAll());
            closeAfter(m_toServer, m_server);
        });
        QObject::connect(m_server, &QTcpSocket::disconnected, this, [this] {
            if (m_server->bytesAvailable() > 0)
                m_toClient->push(m_server->readAll());
            closeAfter(m_toClient, m_client);
        });
        QObject::connect(m_server, &QTcpSocket::errorOccurred, this, [this] {
            if (m_server->state() != QAbstractSocket::ConnectedState)
                closeAfter(m_toClient, m_client);
        });
        // QAbstractSocket keeps what is written while it is still connecting.
        m_server->connectToHost(proxy.m_targetHost, proxy.m_targetPort);
    }

private:
    void closeAfter(DelayProxyPipe *pipe, QTcpSocket *socket)
    {
        if (m_closing)
            return;
        m_closing = true;
        auto finish = [this, socket] {
            // The link goes once the socket has written what it still buffers and closed.
            QObject::connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
            socket->disconnectFromHost();
            if (socket->state() == QAbstractSocket::UnconnectedState)
                deleteLater();
        };
        if (pipe->idle())
            finish();
        else
            pipe->onIdle = finish;
    }

    DelayProxy &m_proxy;
    QTcpSocket *m_client;
    QTcpSocket *m_server;
    DelayProxyPipe *m_toServer = nullptr;
    DelayProxyPipe *m_toClient = nullptr;
    bool m_serverSpoke = true;
    bool m_closing = false;
};

class DelayProxyServer : public QObject
{
public:
    explicit DelayProxyServer(DelayProxy &proxy)
        : m_proxy(proxy)
        , m_listener(new QTcpServer(this))
    {
        QObject::connect(m_listener, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_listener->nextPendingConnection()) {
                m_proxy.m_connections.fetch_add(1);
                new DelayProxyLink(m_proxy, client, this);
            }
        });
    }

    quint16 listen()
    {
        return m_listener->listen(QHostAddress::LocalHost, 0) ? m_listener->serverPort() : 0;
    }

private:
    DelayProxy &m_proxy;
    QTcpServer *m_listener;
};

DelayProxy::DelayProxy(const QHostAddress &targetHost, quint16 targetPort, int delayUs)
    : m_targetHost(targetHost)
    , m_targetPort(targetPort)
    , m_delayUs(delayUs)
{
    m_clock.start();
}

DelayProxy::~DelayProxy()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_server, [server = m_server] { delete server; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

quint16 DelayProxy::start()
{
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("delay-proxy"));
    auto *server = new DelayProxyServer(*this);
    server->moveToThread(m_thread.get());
    m_server = server;
    m_thread->start();
    // The listening socket is made in the proxy's thread, where its events are handled.
    QMetaObject::invokeMethod(
        server, [this, server] { m_port = server->listen(); }, Qt::BlockingQueuedConnection);
    return m_port;
}

DelayProxy::Counters DelayProxy::counters() const
{
    Counters c;
    c.connections = m_connections.load();
    c.roundTrips = m_roundTrips.load();
    c.bytesToServer = m_bytesToServer.load();
    c.bytesToClient = m_bytesToClient.load();
    c.chunks = m_chunks.load();
    c.minHeldUs = std::max<qint64>(0, m_minHeldUs.load());
    c.maxHeldUs = m_maxHeldUs.load();
    return c;
}

} // namespace signalbox::bench

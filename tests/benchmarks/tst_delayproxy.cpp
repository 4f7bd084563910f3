// DelayProxy (signalbox-teambench's delaying TCP proxy): every byte arrives, in order, each
// chunk held at least its delay (by the proxy's own stamps), round trips counted as bursts
// after a reply, a close passed on after what was still held.
#include "delayproxy.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using signalbox::bench::DelayProxy;

namespace {

// Answers every read with the same bytes; "bye" makes it answer and close.
class EchoServer : public QTcpServer
{
public:
    EchoServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [s] {
                    const QByteArray bytes = s->readAll();
                    s->write(bytes);
                    if (bytes.endsWith("bye"))
                        s->disconnectFromHost();
                });
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }
};

} // namespace

class TestDelayProxy : public QObject
{
    Q_OBJECT

private slots:
    void forwardsInOrderAndCountsRoundTrips()
    {
        EchoServer echo;
        QVERIFY(echo.isListening());
        DelayProxy proxy(QHostAddress::LocalHost, echo.serverPort(), 5000);
        QVERIFY(proxy.start() != 0);
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, proxy.port());
        QVERIFY(client.waitForConnected(5000));
        // The echo runs in this thread: let it answer while the client waits.
        QByteArray sent, received;
        for (int round = 0; round < 3; ++round) {
            // Three writes in one go are one burst: one round trip.
            QByteArray burst;
            for (int part = 0; part < 3; ++part) {
                const QByteArray piece = QByteArray("round %1 part %2;")
                                             .replace("%1", QByteArray::number(round))
                                             .replace("%2", QByteArray::number(part))
                                         + QByteArray(1000 * (part + 1), char('a' + round + part));
                client.write(piece);
                burst += piece;
            }
            client.flush();
            sent += burst;
            QByteArray answer;
            QTRY_VERIFY_WITH_TIMEOUT((answer += client.readAll()).size() >= burst.size(), 5000);
            QCOMPARE(answer, burst);
            received += answer;
        }
        QCOMPARE(received, sent);
        const DelayProxy::Counters c = proxy.counters();
        QCOMPARE(c.connections, 1);
        QCOMPARE(c.roundTrips, 3);
        QCOMPARE(c.bytesToServer, sent.size());
        QCOMPARE(c.bytesToClient, sent.size());
        QVERIFY(c.chunks >= 6);
        // Each chunk was written no earlier than its delay after it was read.
        QVERIFY2(c.minHeldUs >= 5000, qPrintable(QString::number(c.minHeldUs)));
        QVERIFY(c.maxHeldUs >= c.minHeldUs);
    }

    void withoutDelayStillCountsEveryExchange()
    {
        EchoServer echo;
        DelayProxy proxy(QHostAddress::LocalHost, echo.serverPort(), 0);
        QVERIFY(proxy.start() != 0);
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, proxy.port());
        QVERIFY(client.waitForConnected(5000));
        for (int i = 0; i < 5; ++i) {
            const QByteArray ping = "ping " + QByteArray::number(i);
            client.write(ping);
            QByteArray answer;
            QTRY_VERIFY_WITH_TIMEOUT((answer += client.readAll()).size() >= ping.size(), 5000);
            QCOMPARE(answer, ping);
        }
        QCOMPARE(proxy.counters().roundTrips, 5);
    }

    void passesACloseOnAfterWhatItHolds()
    {
        EchoServer echo;
        DelayProxy proxy(QHostAddress::LocalHost, echo.serverPort(), 5000);
        QVERIFY(proxy.start() != 0);
        QTcpSocket client;
        QSignalSpy closed(&client, &QTcpSocket::disconnected);
        client.connectToHost(QHostAddress::LocalHost, proxy.port());
        QVERIFY(client.waitForConnected(5000));
        client.write("last words, bye");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT(closed.count() == 1, 5000);
        answer += client.readAll();
        QCOMPARE(answer, QByteArray("last words, bye"));
    }
};

QTEST_GUILESS_MAIN(TestDelayProxy)
#include "tst_delayproxy.moc"

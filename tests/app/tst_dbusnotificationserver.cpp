// DBusNotificationServer and DesktopNotifier on a private session bus (dbus-run-session),
// against a fake org.freedesktop.Notifications served from a second connection in its own
// thread: what goes over the wire, and that only the server's own signals are obeyed.
#include "dbusnotificationserver.h"
#include "desktopnotifier.h"
#include "messagerepository.h"
#include "teststore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace signalbox;

namespace {

// The server side of the protocol, as a desktop's notification daemon would implement it.
class FakeDaemon : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        QString appName;
        uint replacesId = 0;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int timeout = 0;
    };

    explicit FakeDaemon(QStringList capabilities)
        : m_capabilities(std::move(capabilities))
    {}

    QList<Call> calls() const
    {
        QMutexLocker lock(&m_mutex);
        return m_calls;
    }
    QList<uint> closedIds() const
    {
        QMutexLocker lock(&m_mutex);
        return m_closed;
    }

public slots:
    QStringList GetCapabilities() { return m_capabilities; }
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int timeout)
    {
        QMutexLocker lock(&m_mutex);
        m_calls.append({appName, replacesId, appIcon, summary, body, actions, hints, timeout});
        // As the specification says: an update keeps its id.
        return replacesId != 0 ? replacesId : uint(100 + m_calls.size());
    }
    void CloseNotification(uint id)
    {
        {
            QMutexLocker lock(&m_mutex);
            m_closed.append(id);
        }
        emit NotificationClosed(id, 3);
    }
    // Called through a queued invocation from the test thread.
    void emitAction(uint id, const QString &key) { emit ActionInvoked(id, key); }
    void emitReply(uint id, const QString &text) { emit NotificationReplied(id, text); }

signals:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationReplied(uint id, const QString &text);
    void NotificationClosed(uint id, uint reason);

private:
    QStringList m_capabilities;
    mutable QMutex m_mutex;
    QList<Call> m_calls;
    QList<uint> m_closed;
};

} // namespace

class TestDBusNotificationServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void absentWithoutADaemon();
    void notifyGoesOverTheWire();
    void readingClosesOnTheServer();
    void actionsFromTheServerAreObeyed();
    void inlineReplyIsSentAsAReply();
    void signalsFromOthersAreIgnored();

private:
    void startDaemon(const QStringList &capabilities);
    void stopDaemon();

    QThread m_thread;
    FakeDaemon *m_daemon = nullptr;
    QString m_daemonConnection;
    int m_daemons = 0;
    std::unique_ptr<test::TestStore> m_store;
    User m_alice;
    User m_bob;
};

void TestDBusNotificationServer::initTestCase()
{
    if (!QDBusConnection::sessionBus().isConnected())
        QSKIP("no session bus: run under dbus-run-session");
    // No display: a notification server D-Bus could start (dunst's service file) does not count.
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    m_thread.start();
}

void TestDBusNotificationServer::cleanupTestCase()
{
    m_thread.quit();
    m_thread.wait();
}

void TestDBusNotificationServer::init()
{
    m_store = std::make_unique<test::TestStore>();
    QVERIFY(m_store->isValid());
    m_alice = m_store->addUser(QStringLiteral("alice"));
    m_bob = m_store->addUser(QStringLiteral("bob"));
}

void TestDBusNotificationServer::cleanup()
{
    stopDaemon();
    m_store.reset();
}

void TestDBusNotificationServer::startDaemon(const QStringList &capabilities)
{
    m_daemon = new FakeDaemon(capabilities);
    m_daemonConnection = QStringLiteral("fake-notification-daemon-%1").arg(++m_daemons);
    QDBusConnection bus
        = QDBusConnection::connectToBus(QDBusConnection::SessionBus, m_daemonConnection);
    QVERIFY(bus.isConnected());
    // Registered here, then moved: what QtDBus attaches to it moves along.
    QVERIFY(
        bus.registerObject(DBusNotificationServer::Path, m_daemon,
                           QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals));
    m_daemon->moveToThread(&m_thread);
    QVERIFY(bus.registerService(DBusNotificationServer::Service));
    QTRY_VERIFY(DBusNotificationServer::isPresent());
}

void TestDBusNotificationServer::stopDaemon()
{
    if (!m_daemon)
        return;
    {
        QDBusConnection bus(m_daemonConnection);
        bus.unregisterService(DBusNotificationServer::Service);
        bus.unregisterObject(DBusNotificationServer::Path);
    }
    QDBusConnection::disconnectFromBus(m_daemonConnection);
    QMetaObject::invokeMethod(m_daemon, &QObject::deleteLater);
    m_daemon = nullptr;
    QTRY_VERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(
        DBusNotificationServer::Service));
}

void TestDBusNotificationServer::absentWithoutADaemon()
{
    QVERIFY(!DBusNotificationServer::isPresent());
    QCOMPARE(DesktopNotifier::createForSession(&m_store->store(), m_bob), nullptr);
    // With a display, a server that D-Bus starts on demand would do.
    const QStringList activatable
        = QDBusConnection::sessionBus().interface()->activatableServiceNames().value();
    qputenv("DISPLAY", ":70");
    const bool withDisplay = DBusNotificationServer::isPresent();
    qunsetenv("DISPLAY");
    QCOMPARE(withDisplay, activatable.contains(DBusNotificationServer::Service));
}

void TestDBusNotificationServer::notifyGoesOverTheWire()
{
    startDaemon({QStringLiteral("actions"), QStringLiteral("body"), QStringLiteral("body-markup")});
    std::unique_ptr<DesktopNotifier> notifier(
        DesktopNotifier::createForSession(&m_store->store(), m_bob));
    QVERIFY(notifier);
    QVERIFY(!notifier->canReply());

    const Message sent = m_store->send(m_alice, m_bob, QStringLiteral("1 < 2 & <i>so</i>"));
    QTRY_COMPARE(m_daemon->calls().size(), 1);
    const FakeDaemon::Call call = m_daemon->calls().first();
    QCOMPARE(call.replacesId, 0u);
    QCOMPARE(call.appIcon, QStringLiteral("signalbox"));
    QCOMPARE(call.summary, QStringLiteral("alice"));
    QCOMPARE(call.body, QStringLiteral("1 &lt; 2 &amp; &lt;i&gt;so&lt;/i&gt;"));
    QCOMPARE(call.actions.size(), 4);
    QCOMPARE(call.actions.at(0), QStringLiteral("default"));
    QCOMPARE(call.actions.at(2), QStringLiteral("mark-read"));
    QCOMPARE(call.hints.value(QStringLiteral("category")).toString(),
             QStringLiteral("im.received"));
    QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")).toString(),
             QStringLiteral("signalbox"));
    QCOMPARE(call.timeout, -1);
    QTRY_COMPARE(notifier->serverIdOf(sent.id), 101u);

    // An edit replaces the notification's text in place.
    QVERIFY(m_store->store().messages().edit(m_alice, sent.id, QStringLiteral("1 < 3")));
    QTRY_COMPARE(m_daemon->calls().size(), 2);
    QCOMPARE(m_daemon->calls().at(1).replacesId, 101u);
    QCOMPARE(m_daemon->calls().at(1).body, QStringLiteral("1 &lt; 3"));
    QCOMPARE(notifier->serverIdOf(sent.id), 101u);
}

void TestDBusNotificationServer::readingClosesOnTheServer()
{
    startDaemon({QStringLiteral("actions"), QStringLiteral("body")});
    std::unique_ptr<DesktopNotifier> notifier(
        DesktopNotifier::createForSession(&m_store->store(), m_bob));
    QVERIFY(notifier);
    const Message sent = m_store->send(m_alice, m_bob, QStringLiteral("read me"));
    QTRY_COMPARE(notifier->serverIdOf(sent.id), 101u);
    QVERIFY(m_store->store().messages().markRead(m_bob, sent.id));
    QTRY_COMPARE(m_daemon->closedIds(), QList<uint>{101u});
    QVERIFY(notifier->shownMessages().isEmpty());
}

void TestDBusNotificationServer::actionsFromTheServerAreObeyed()
{
    startDaemon({QStringLiteral("actions"), QStringLiteral("body")});
    std::unique_ptr<DesktopNotifier> notifier(
        DesktopNotifier::createForSession(&m_store->store(), m_bob));
    QVERIFY(notifier);
    QSignalSpy open(notifier.get(), &DesktopNotifier::openMessageRequested);
    const Message first = m_store->send(m_alice, m_bob, QStringLiteral("open me"));
    const Message second = m_store->send(m_alice, m_bob, QStringLiteral("mark me"));
    QTRY_COMPARE(notifier->serverIdOf(second.id), 102u);

    QMetaObject::invokeMethod(m_daemon, "emitAction", Q_ARG(uint, 101u),
                              Q_ARG(QString, QStringLiteral("default")));
    QTRY_COMPARE(open.count(), 1);
    QCOMPARE(open.first().first().value<Id>(), first.id);

    QMetaObject::invokeMethod(m_daemon, "emitAction", Q_ARG(uint, 102u),
                              Q_ARG(QString, QStringLiteral("mark-read")));
    QTRY_VERIFY(m_store->store().messages().get(m_bob, second.id)->read);
    QVERIFY(!m_store->store().messages().get(m_bob, first.id)->read);
    QTRY_COMPARE(m_daemon->closedIds(), QList<uint>{102u});
}

void TestDBusNotificationServer::inlineReplyIsSentAsAReply()
{
    startDaemon(
        {QStringLiteral("actions"), QStringLiteral("body"), QStringLiteral("inline-reply")});
    std::unique_ptr<DesktopNotifier> notifier(
        DesktopNotifier::createForSession(&m_store->store(), m_bob));
    QVERIFY(notifier);
    QVERIFY(notifier->canReply());
    const Message question = m_store->send(m_alice, m_bob, QStringLiteral("coffee?"));
    QTRY_COMPARE(notifier->serverIdOf(question.id), 101u);
    QCOMPARE(m_daemon->calls().first().actions.at(4), QStringLiteral("inline-reply"));

    QMetaObject::invokeMethod(m_daemon, "emitReply", Q_ARG(uint, 101u),
                              Q_ARG(QString, QStringLiteral("on my way")));
    QTRY_COMPARE(m_store->store().messages().conversation(m_bob, m_alice.id)->size(), 2);
    const Message reply = m_store->store().messages().conversation(m_bob, m_alice.id)->last();
    QCOMPARE(reply.content, QStringLiteral("on my way"));
    QCOMPARE(reply.senderId, m_bob.id);
    QCOMPARE(reply.parentId, question.id);
    QTRY_COMPARE(m_daemon->closedIds(), QList<uint>{101u});
}

void TestDBusNotificationServer::signalsFromOthersAreIgnored()
{
    startDaemon(
        {QStringLiteral("actions"), QStringLiteral("body"), QStringLiteral("inline-reply")});
    std::unique_ptr<DesktopNotifier> notifier(
        DesktopNotifier::createForSession(&m_store->store(), m_bob));
    QVERIFY(notifier);
    QSignalSpy open(notifier.get(), &DesktopNotifier::openMessageRequested);
    const Message sent = m_store->send(m_alice, m_bob, QStringLiteral("only the server"));
    QTRY_COMPARE(notifier->serverIdOf(sent.id), 101u);

    // Another client on the bus sends the server's signals under its own name.
    const QString impostor = QStringLiteral("impostor");
    {
        QDBusConnection other
            = QDBusConnection::connectToBus(QDBusConnection::SessionBus, impostor);
        QVERIFY(other.isConnected());
        QDBusMessage action = QDBusMessage::createSignal(DBusNotificationServer::Path,
                                                         DBusNotificationServer::Interface,
                                                         QStringLiteral("ActionInvoked"));
        action << 101u << QStringLiteral("mark-read");
        QVERIFY(other.send(action));
        QDBusMessage reply = QDBusMessage::createSignal(DBusNotificationServer::Path,
                                                        DBusNotificationServer::Interface,
                                                        QStringLiteral("NotificationReplied"));
        reply << 101u << QStringLiteral("forged");
        QVERIFY(other.send(reply));
        // A round trip to the bus: it has taken both signals before it answers this.
        const QDBusMessage ping = other.call(QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
            QStringLiteral("org.freedesktop.DBus"), QStringLiteral("GetId")));
        QCOMPARE(ping.type(), QDBusMessage::ReplyMessage);
    }
    QDBusConnection::disconnectFromBus(impostor);
    // Then the real server's Open, so that the forged signals have certainly arrived first.
    QMetaObject::invokeMethod(m_daemon, "emitAction", Q_ARG(uint, 101u),
                              Q_ARG(QString, QStringLiteral("default")));
    QTRY_COMPARE(open.count(), 1);
    QVERIFY(!m_store->store().messages().get(m_bob, sent.id)->read);
    QCOMPARE(m_store->store().messages().conversation(m_bob, m_alice.id)->size(), 1);
}

QTEST_MAIN(TestDBusNotificationServer)
#include "tst_dbusnotificationserver.moc"

#include "dbusnotificationserver.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusReply>
#include <QLoggingCategory>
#include <QPointer>

namespace signalbox {

namespace {
Q_LOGGING_CATEGORY(lcNotify, "signalbox.notifications")

// Asking for the capabilities happens once per window; a hung server must not hang it long.
constexpr int CapabilitiesTimeoutMs = 2000;
} // namespace

const QString DBusNotificationServer::Service = QStringLiteral("org.freedesktop.Notifications");
const QString DBusNotificationServer::Path = QStringLiteral("/org/freedesktop/Notifications");
const QString DBusNotificationServer::Interface = QStringLiteral("org.freedesktop.Notifications");

DBusNotificationServer::DBusNotificationServer(const QDBusConnection &bus, QObject *parent)
    : NotificationServer(parent)
    , m_bus(bus)
{
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface,
                                                       QStringLiteral("GetCapabilities"));
    const QDBusReply<QStringList> reply = m_bus.call(call, QDBus::Block, CapabilitiesTimeoutMs);
    if (reply.isValid())
        m_capabilities = reply.value();
    else
        qCWarning(lcNotify) << "the notification server does not say what it can do:"
                            << reply.error().message();

    m_bus.connect(Service, Path, Interface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(Service, Path, Interface, QStringLiteral("NotificationReplied"), this,
                  SLOT(onReplied(uint, QString)));
    m_bus.connect(Service, Path, Interface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onClosed(uint, uint)));
}

bool DBusNotificationServer::isPresent(const QDBusConnection &bus)
{
    if (!bus.isConnected() || !bus.interface())
        return false;
    if (bus.interface()->isServiceRegistered(Service))
        return true;
    // One that D-Bus starts on demand (xfce4-notifyd, dunst) counts only where it can show
    // something: without a display it would fail to start, and the tray is the better choice.
    if (!qEnvironmentVariableIsSet("DISPLAY") && !qEnvironmentVariableIsSet("WAYLAND_DISPLAY"))
        return false;
    const QDBusReply<QStringList> activatable = bus.interface()->activatableServiceNames();
    return activatable.isValid() && activatable.value().contains(Service);
}

void DBusNotificationServer::notify(const Request &request, std::function<void(uint id)> shown)
{
    QDBusMessage call
        = QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("Notify"));
    call << request.appName << request.replacesId << request.appIcon << request.summary
         << request.body << request.actions << request.hints << request.timeoutMs;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [shown = std::move(shown)](QDBusPendingCallWatcher *finished) {
                const QDBusPendingReply<uint> reply = *finished;
                finished->deleteLater();
                if (reply.isError()) {
                    qCWarning(lcNotify) << "the notification server refused a notification:"
                                        << reply.error().message();
                    shown(0);
                    return;
                }
                shown(reply.value());
            });
}

void DBusNotificationServer::close(uint id)
{
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface,
                                                       QStringLiteral("CloseNotification"));
    call << id;
    m_bus.asyncCall(call);
}

void DBusNotificationServer::onActionInvoked(uint id, const QString &actionKey)
{
    emit actionInvoked(id, actionKey);
}

void DBusNotificationServer::onReplied(uint id, const QString &text)
{
    emit replied(id, text);
}

void DBusNotificationServer::onClosed(uint id, uint reason)
{
    emit closed(id, reason);
}

} // namespace signalbox

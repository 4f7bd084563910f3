#pragma once

#include "notificationserver.h"

#include <QDBusConnection>

namespace signalbox {

// The session's notification server, org.freedesktop.Notifications, over QtDBus.
class DBusNotificationServer : public NotificationServer
{
    Q_OBJECT

public:
    static const QString Service;
    static const QString Path;
    static const QString Interface;

    // Asks the server for its capabilities once (a short blocking call).
    explicit DBusNotificationServer(const QDBusConnection &bus = QDBusConnection::sessionBus(),
                                    QObject *parent = nullptr);

    // Whether the bus has a notification server: a running one, or one D-Bus starts on demand
    // where there is a display for it.
    static bool isPresent(const QDBusConnection &bus = QDBusConnection::sessionBus());

    QStringList capabilities() const override { return m_capabilities; }
    void notify(const Request &request, std::function<void(uint id)> shown) override;
    void close(uint id) override;

private slots:
    void onActionInvoked(uint id, const QString &actionKey);
    void onReplied(uint id, const QString &text);
    void onClosed(uint id, uint reason);

private:
    QDBusConnection m_bus;
    QStringList m_capabilities;
};

} // namespace signalbox

#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>

namespace signalbox {

// What DesktopNotifier needs from a desktop notification server (the freedesktop.org
// Desktop Notifications protocol): a seam, so that tests can use a fake one.
class NotificationServer : public QObject
{
    Q_OBJECT

public:
    // One org.freedesktop.Notifications.Notify call.
    struct Request
    {
        QString appName;
        uint replacesId = 0; // a notification on the screen to update in place
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions; // key, label, key, label, ...
        QVariantMap hints;
        int timeoutMs = -1; // the server's default
    };

    using QObject::QObject;
    ~NotificationServer() override = default;

    // What the server can do: "actions", "body-markup", "inline-reply", ...
    virtual QStringList capabilities() const = 0;
    // Shows a notification. shown(id) runs once the server has answered (id 0: it refused);
    // it is not called when this server object is gone by then.
    virtual void notify(const Request &request, std::function<void(uint id)> shown) = 0;
    virtual void close(uint id) = 0;

signals:
    // The person chose an action ("default" for a click on the notification itself).
    void actionInvoked(uint id, const QString &actionKey);
    // The person answered in the notification's own text field (the "inline-reply" action).
    void replied(uint id, const QString &text);
    void closed(uint id, uint reason);
};

} // namespace signalbox

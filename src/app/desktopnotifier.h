#pragma once

#include "notificationserver.h"
#include "values.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace signalbox {

class Store;
struct ChangeSet;

// New-message notifications for the signed-in user on the desktop's own notification server:
// the sender as summary, the text as body, actions Open (the default), Mark as read and,
// where the server can, Reply. A notification is withdrawn as soon as its message is read or
// deleted, wherever that happened (this window, another one, another process: Store::changed),
// and shows the new text when the message is edited.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    static const QString OpenAction;     // "default": a click on the notification
    static const QString MarkReadAction; // "mark-read"
    static const QString ReplyAction;    // "inline-reply"
    static const QString Category;       // "im.received"

    // The server is not owned: give it this notifier (or its parent) as parent.
    DesktopNotifier(Store *store, const User &viewer, NotificationServer *server,
                    QObject *parent = nullptr);
    ~DesktopNotifier() override;

    // The decision for a window: a notifier on the session bus's notification server when
    // there is one, else nullptr (then the tray's bubbles, or the window's list, are all).
    static DesktopNotifier *createForSession(Store *store, const User &viewer,
                                             QObject *parent = nullptr);

    bool doNotDisturb() const { return m_doNotDisturb; }
    // Silences new notifications; those already shown still go when their message is read.
    void setDoNotDisturb(bool on);
    bool canReply() const { return m_canReply; }
    // The messages whose notifications are on the screen (or on their way there).
    QList<Id> shownMessages() const;
    // The server's id for a message's notification (0: none, or not answered yet).
    uint serverIdOf(Id messageId) const { return m_shown.value(messageId); }

    // Body text for a server: markup characters escaped where it parses markup.
    static QString bodyFor(const QString &content, bool serverParsesMarkup);

signals:
    void openMessageRequested(signalbox::Id messageId);
    // A Mark as read or a Reply from a notification could not be done.
    void errorOccurred(const QString &message);

private:
    void onStoreChanged(const ChangeSet &changes);
    void withdrawRead(const ChangeSet &changes);
    void show(Id notificationId);
    NotificationServer::Request requestFor(const Message &message) const;
    // An edited message: its notification shows the new text, in place.
    void update(const Message &message);
    void withdraw(Id messageId);
    void onAction(uint serverId, const QString &actionKey);
    void onReplied(uint serverId, const QString &text);
    void onClosed(uint serverId);
    Id messageOf(uint serverId) const;

    Store *m_store = nullptr;
    User m_viewer;
    QPointer<NotificationServer> m_server;
    bool m_doNotDisturb = false;
    bool m_canReply = false;
    bool m_markup = false;
    QHash<Id, uint> m_shown;    // message id -> server id
    QSet<Id> m_pending;         // sent, the server has not answered yet
    QSet<Id> m_withdrawPending; // read while pending: closed as soon as the id is known
};

} // namespace signalbox

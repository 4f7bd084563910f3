#include "desktopnotifier.h"

#include "changeset.h"
#include "dbusnotificationserver.h"
#include "messagerepository.h"
#include "notificationrepository.h"
#include "store.h"
#include "traynotifier.h"
#include "userrepository.h"

#include <QGuiApplication>
#include <QLoggingCategory>

#include <algorithm>

namespace signalbox {

namespace {
Q_LOGGING_CATEGORY(lcDesktop, "signalbox.notifications")
} // namespace

const QString DesktopNotifier::OpenAction = QStringLiteral("default");
const QString DesktopNotifier::MarkReadAction = QStringLiteral("mark-read");
const QString DesktopNotifier::ReplyAction = QStringLiteral("inline-reply");
const QString DesktopNotifier::Category = QStringLiteral("im.received");

DesktopNotifier::DesktopNotifier(Store *store, const User &viewer, NotificationServer *server,
                                 QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_viewer(viewer)
    , m_server(server)
{
    Q_ASSERT(m_store);
    Q_ASSERT(m_server);
    const QStringList capabilities = m_server->capabilities();
    m_canReply = capabilities.contains(QStringLiteral("inline-reply"));
    m_markup = capabilities.contains(QStringLiteral("body-markup"));
    connect(m_store, &Store::changed, this, &DesktopNotifier::onStoreChanged);
    connect(m_server, &NotificationServer::actionInvoked, this, &DesktopNotifier::onAction);
    connect(m_server, &NotificationServer::replied, this, &DesktopNotifier::onReplied);
    connect(m_server, &NotificationServer::closed, this,
            [this](uint serverId, uint) { onClosed(serverId); });
}

DesktopNotifier::~DesktopNotifier() = default;

DesktopNotifier *DesktopNotifier::createForSession(Store *store, const User &viewer,
                                                   QObject *parent)
{
    if (!DBusNotificationServer::isPresent())
        return nullptr;
    auto *notifier = new DesktopNotifier(store, viewer, new DBusNotificationServer(), parent);
    // The server object goes with the notifier, after it (children are deleted last).
    notifier->m_server->setParent(notifier);
    return notifier;
}

void DesktopNotifier::setDoNotDisturb(bool on)
{
    m_doNotDisturb = on;
}

QList<Id> DesktopNotifier::shownMessages() const
{
    QList<Id> ids = m_shown.keys();
    for (Id id : m_pending)
        ids.append(id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

QString DesktopNotifier::bodyFor(const QString &content, bool serverParsesMarkup)
{
    const QString text = TrayNotifier::previewOf(content);
    if (!serverParsesMarkup)
        return text;
    // The markup of the specification is a small XML subset: these three are all it parses.
    QString escaped;
    escaped.reserve(text.size());
    for (QChar c : text) {
        if (c == QLatin1Char('&'))
            escaped += QLatin1String("&amp;");
        else if (c == QLatin1Char('<'))
            escaped += QLatin1String("&lt;");
        else if (c == QLatin1Char('>'))
            escaped += QLatin1String("&gt;");
        else
            escaped += c;
    }
    return escaped;
}

void DesktopNotifier::onStoreChanged(const ChangeSet &changes)
{
    if (!m_server)
        return;
    if (changes.usersRemoved.contains(m_viewer.id)) {
        const QList<Id> shown = shownMessages();
        for (Id id : shown)
            withdraw(id);
        return;
    }
    withdrawRead(changes);
    if (m_doNotDisturb || !changes.notifiedUsers.contains(m_viewer.id))
        return;
    QList<Id> added(changes.notificationsAdded.cbegin(), changes.notificationsAdded.cend());
    std::sort(added.begin(), added.end());
    for (Id id : std::as_const(added))
        show(id);
}

void DesktopNotifier::withdrawRead(const ChangeSet &changes)
{
    QList<Id> touched;
    for (Id id : shownMessages()) {
        if (changes.messagesRemoved.contains(id))
            withdraw(id);
        else if (changes.messagesRead.contains(id) || changes.messagesChanged.contains(id))
            touched.append(id);
    }
    if (touched.isEmpty())
        return;
    // The read flag changed either way, or the text: only a message that is read now (or became
    // a placeholder) goes; an edited one is updated. One query for one message, one for the
    // whole unread list otherwise.
    if (touched.size() == 1) {
        auto message = m_store->messages().get(m_viewer, touched.first());
        if (!message || message->read || message->deleted)
            withdraw(touched.first());
        else if (changes.messagesChanged.contains(message->id))
            update(*message);
        return;
    }
    auto unread = m_store->messages().unreadFor(m_viewer);
    if (!unread) {
        qCWarning(lcDesktop) << "cannot tell which notifications to withdraw:"
                             << unread.error().message;
        return;
    }
    QHash<Id, const Message *> stillUnread;
    for (const Message &message : std::as_const(*unread))
        stillUnread.insert(message.id, &message);
    for (Id id : std::as_const(touched)) {
        const Message *message = stillUnread.value(id);
        if (!message || message->deleted)
            withdraw(id);
        else if (changes.messagesChanged.contains(id))
            update(*message);
    }
}

void DesktopNotifier::show(Id notificationId)
{
    // Notifications of other users are refused: only the viewer's own are shown.
    auto notification = m_store->notifications().get(m_viewer, notificationId);
    if (!notification)
        return;
    const Message &message = notification->message;
    if (notification->read || message.deleted || m_shown.contains(message.id)
        || m_pending.contains(message.id))
        return;

    const NotificationServer::Request request = requestFor(message);
    const Id messageId = message.id;
    m_pending.insert(messageId);
    QPointer<DesktopNotifier> self(this);
    m_server->notify(request, [self, messageId](uint serverId) {
        if (!self)
            return;
        self->m_pending.remove(messageId);
        const bool withdrawn = self->m_withdrawPending.remove(messageId);
        if (serverId == 0)
            return;
        if (withdrawn) {
            if (self->m_server)
                self->m_server->close(serverId);
            return;
        }
        self->m_shown.insert(messageId, serverId);
    });
}

NotificationServer::Request DesktopNotifier::requestFor(const Message &message) const
{
    NotificationServer::Request request;
    request.appName = QGuiApplication::applicationDisplayName();
    request.appIcon = QStringLiteral("signalbox");
    request.summary = message.senderName;
    request.body = bodyFor(message.content, m_markup);
    //: Action of a desktop notification: open the message in its conversation
    request.actions << OpenAction << tr("Open");
    //: Action of a desktop notification
    request.actions << MarkReadAction << tr("Mark as read");
    if (m_canReply) {
        //: Action of a desktop notification: answer in the notification itself
        request.actions << ReplyAction << tr("Reply");
        //: Placeholder of the reply field in a desktop notification
        request.hints.insert(QStringLiteral("x-kde-reply-placeholder-text"),
                             tr("Reply to %1").arg(message.senderName));
    }
    request.hints.insert(QStringLiteral("category"), Category);
    QString desktopEntry = QGuiApplication::desktopFileName();
    if (desktopEntry.isEmpty())
        desktopEntry = QStringLiteral("signalbox");
    request.hints.insert(QStringLiteral("desktop-entry"), desktopEntry);

    return request;
}

void DesktopNotifier::update(const Message &message)
{
    const uint serverId = m_shown.value(message.id);
    if (serverId == 0)
        return;
    NotificationServer::Request request = requestFor(message);
    request.replacesId = serverId;
    const Id messageId = message.id;
    QPointer<DesktopNotifier> self(this);
    m_server->notify(request, [self, messageId, serverId](uint newId) {
        // Servers answer with the same id; one that made a new notification says so.
        if (self && newId != 0 && newId != serverId && self->m_shown.value(messageId) == serverId)
            self->m_shown.insert(messageId, newId);
    });
}

void DesktopNotifier::withdraw(Id messageId)
{
    if (m_pending.contains(messageId)) {
        m_withdrawPending.insert(messageId);
        return;
    }
    const auto it = m_shown.constFind(messageId);
    if (it == m_shown.cend())
        return;
    const uint serverId = it.value();
    m_shown.erase(it);
    if (m_server)
        m_server->close(serverId);
}

Id DesktopNotifier::messageOf(uint serverId) const
{
    for (auto it = m_shown.cbegin(); it != m_shown.cend(); ++it) {
        if (it.value() == serverId)
            return it.key();
    }
    return 0;
}

void DesktopNotifier::onAction(uint serverId, const QString &actionKey)
{
    const Id messageId = messageOf(serverId);
    if (messageId == 0)
        return; // another program's notification, or one already withdrawn
    if (actionKey == OpenAction) {
        emit openMessageRequested(messageId);
    } else if (actionKey == MarkReadAction) {
        if (Status marked = m_store->messages().markRead(m_viewer, messageId); !marked)
            emit errorOccurred(
                tr("The message could not be marked as read: %1").arg(marked.error().message));
        // The change withdraws the notification (onStoreChanged).
    }
}

void DesktopNotifier::onReplied(uint serverId, const QString &text)
{
    const Id messageId = messageOf(serverId);
    if (messageId == 0)
        return;
    if (Status valid = MessageRepository::validateContent(text); !valid) {
        emit errorOccurred(tr("The reply was not sent: %1").arg(valid.error().message));
        return;
    }
    // The reply and reading what it answers belong together: one transaction.
    Status sent = m_store->write([&]() -> Status {
        auto message = m_store->messages().get(m_viewer, messageId);
        if (!message)
            return message.error();
        auto peer = m_store->users().byId(message->peerOf(m_viewer.id));
        if (!peer)
            return peer.error();
        auto reply = m_store->messages().send(m_viewer, *peer, text, messageId);
        if (!reply)
            return reply.error();
        if (!message->read && message->receiverId == m_viewer.id)
            return m_store->messages().markRead(m_viewer, messageId);
        return success();
    });
    if (!sent) {
        qCWarning(lcDesktop) << "a reply from a notification failed:" << sent.error().message;
        emit errorOccurred(tr("The reply was not sent: %1").arg(sent.error().message));
    }
}

void DesktopNotifier::onClosed(uint serverId)
{
    if (const Id messageId = messageOf(serverId); messageId != 0)
        m_shown.remove(messageId);
}

} // namespace signalbox

#include "notificationmodel.h"

#include "changeset.h"
#include "messagerepository.h"
#include "notificationrepository.h"
#include "store.h"
#include "textpreview.h"
#include "tooltiptext.h"

namespace signalbox {

namespace {

constexpr int PreviewLength = 60;

QVariant displayOf(const Notification &n, int)
{
    //: A notification in the list: sender name, then the start of the message.
    return NotificationModel::tr("%1: %2").arg(n.message.senderName,
                                               oneLinePreview(n.message.content, PreviewLength));
}

QVariant toolTipOf(const Notification &n, int)
{
    return plainToolTip(n.message.content);
}

QVariant fontOf(const Notification &n, int)
{
    return ViewerListModel::boldWhen(!n.read);
}

} // namespace

NotificationModel::NotificationModel(Store *store, const User &viewer, QObject *parent)
    : RowListModel(
        store, viewer,
        [](Store &s, const User &v) {
            return s.notifications().listFor(v, false, NotificationModel::ListedAtMost);
        },
        [](const Notification &n) { return n.id; },
        QList<Role>{
            {Qt::DisplayRole, &displayOf},
            {Qt::ToolTipRole, &toolTipOf},
            {Qt::FontRole, &fontOf},
            {NotificationIdRole, &field<&Notification::id>, "notificationId"},
            {CreatedAtRole, &field<&Notification::createdAt>, "createdAt"},
            {ReadRole, &field<&Notification::read>}, // the notification's, not the message's
        }
            + messageRoles<&Notification::message>(
                {MessageIdRole, SenderIdRole, SenderNameRole, ContentRole}),
        parent)
{
    connect(this, &ViewerListModel::refreshed, this, &NotificationModel::countUnread);
    countUnread();
}

bool NotificationModel::concerns(const ChangeSet &changes) const
{
    // An edit changes the preview without notifying anyone, so conversations count too.
    return changes.notifiedUsers.contains(viewer().id) || touchesViewersConversations(changes);
}

void NotificationModel::countUnread()
{
    // Every received message has its notification, read when it is: the unread count is the
    // unread messages' (a partial index), whatever the list holds.
    auto counted = store()->messages().unreadCount(viewer());
    if (!counted)
        return;
    const int unread = *counted;
    if (unread == m_unread)
        return;
    m_unread = unread;
    emit unreadCountChanged(m_unread);
}

} // namespace signalbox

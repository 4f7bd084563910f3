#include "notificationmodel.h"

#include "changeset.h"
#include "notificationrepository.h"
#include "store.h"
#include "textpreview.h"
#include "tooltiptext.h"

#include <algorithm>

namespace signalbox {

namespace {
constexpr int PreviewLength = 60;
} // namespace

NotificationModel::NotificationModel(Store *store, const User &viewer, QObject *parent)
    : RowListModel(store, viewer, parent)
{
    load();
}

NotificationModel::~NotificationModel() = default;

QVariant NotificationModel::data(const QModelIndex &index, int role) const
{
    const Notification *n = rowFor(index);
    if (!n)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        //: A notification in the list: sender name, then the start of the message.
        return tr("%1: %2").arg(n->message.senderName,
                                oneLinePreview(n->message.content, PreviewLength));
    case Qt::ToolTipRole:
        return plainToolTip(n->message.content);
    case Qt::FontRole:
        return boldWhen(!n->read);
    case NotificationIdRole:
        return n->id;
    case MessageIdRole:
        return n->messageId;
    case SenderIdRole:
        return n->message.senderId;
    case SenderNameRole:
        return n->message.senderName;
    case ContentRole:
        return n->message.content;
    case CreatedAtRole:
        return n->createdAt;
    case ReadRole:
        return n->read;
    default:
        return {};
    }
}

bool NotificationModel::concerns(const ChangeSet &changes) const
{
    // An edit changes the preview without notifying anyone, so conversations count too.
    return changes.notifiedUsers.contains(viewer().id) || touchesViewersConversations(changes);
}

Result<QList<Notification>> NotificationModel::fetchRows() const
{
    return store()->notifications().listFor(viewer());
}

QList<int> NotificationModel::changedRoles(const Notification &old, const Notification &now) const
{
    QList<int> roles;
    if (old.read != now.read)
        roles << ReadRole << Qt::FontRole;
    if (old.message.content != now.message.content)
        roles << ContentRole << Qt::DisplayRole << Qt::ToolTipRole;
    if (old.message.senderName != now.message.senderName) {
        roles << SenderNameRole;
        if (!roles.contains(Qt::DisplayRole))
            roles << Qt::DisplayRole;
    }
    if (old.createdAt != now.createdAt)
        roles << CreatedAtRole;
    return roles;
}

void NotificationModel::rowsRefreshed()
{
    const int unread = int(std::count_if(rows().cbegin(), rows().cend(),
                                         [](const Notification &n) { return !n.read; }));
    if (unread == m_unread)
        return;
    m_unread = unread;
    emit unreadCountChanged(m_unread);
}

} // namespace signalbox

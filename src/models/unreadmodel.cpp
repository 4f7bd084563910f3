#include "unreadmodel.h"

#include "changeset.h"
#include "messagerepository.h"
#include "store.h"

namespace signalbox {

UnreadModel::UnreadModel(Store *store, const User &viewer, QObject *parent)
    : RowListModel(store, viewer, parent)
{
    load();
}

UnreadModel::~UnreadModel() = default;

QVariant UnreadModel::data(const QModelIndex &index, int role) const
{
    const Message *m = rowFor(index);
    if (!m)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case ContentRole:
        return m->content;
    case Qt::ToolTipRole:
        //: Tooltip of an unread message: who sent it, when.
        return tr("From %1, %2")
            .arg(m->senderName, m->timestamp.toLocalTime().toString(Qt::TextDate));
    case MessageIdRole:
        return m->id;
    case SenderIdRole:
        return m->senderId;
    case SenderNameRole:
        return m->senderName;
    case TimestampRole:
        return m->timestamp;
    case ParentIdRole:
        return m->parentId;
    default:
        return {};
    }
}

bool UnreadModel::concerns(const ChangeSet &changes) const
{
    return changes.notifiedUsers.contains(viewer().id) || touchesViewersConversations(changes);
}

Result<QList<Message>> UnreadModel::fetchRows() const
{
    return store()->messages().unreadFor(viewer());
}

QList<int> UnreadModel::changedRoles(const Message &old, const Message &now) const
{
    QList<int> roles;
    if (old.content != now.content)
        roles << ContentRole << Qt::DisplayRole;
    if (old.senderName != now.senderName)
        roles << SenderNameRole;
    if (!roles.isEmpty())
        roles << Qt::ToolTipRole;
    return roles;
}

} // namespace signalbox

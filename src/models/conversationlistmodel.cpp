#include "conversationlistmodel.h"

#include "changeset.h"
#include "conversationrepository.h"
#include "store.h"
#include "tooltiptext.h"

namespace signalbox {

ConversationListModel::ConversationListModel(Store *store, const User &viewer, QObject *parent)
    : RowListModel(store, viewer, parent)
{
    load();
}

ConversationListModel::~ConversationListModel() = default;

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    const ConversationSummary *s = rowFor(index);
    if (!s)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case PeerNameRole:
        return s->peerName;
    case Qt::ToolTipRole:
        if (s->unreadCount > 0)
            return plainToolTip(
                tr("%1: %2 (%n unread)", nullptr, s->unreadCount).arg(s->peerName, s->lastContent));
        return plainToolTip(tr("%1: %2").arg(s->peerName, s->lastContent));
    case Qt::FontRole:
        return boldWhen(s->unreadCount > 0);
    case PeerIdRole:
        return s->peerId;
    case LastMessageRole:
        return s->lastContent;
    case LastTimestampRole:
        return s->lastTimestamp;
    case UnreadCountRole:
        return s->unreadCount;
    case LastSenderIdRole:
        return s->lastSenderId;
    case LastMessageIdRole:
        return s->lastMessageId;
    default:
        return {};
    }
}

bool ConversationListModel::concerns(const ChangeSet &changes) const
{
    // A removed account takes its conversations (and its name) with it.
    return touchesViewersConversations(changes) || !changes.usersRemoved.isEmpty();
}

Result<QList<ConversationSummary>> ConversationListModel::fetchRows() const
{
    return store()->conversations().listFor(viewer());
}

QList<int> ConversationListModel::changedRoles(const ConversationSummary &old,
                                               const ConversationSummary &now) const
{
    QList<int> roles;
    if (old.peerName != now.peerName)
        roles << Qt::DisplayRole << PeerNameRole;
    if (old.lastContent != now.lastContent)
        roles << LastMessageRole;
    if (old.lastTimestamp != now.lastTimestamp)
        roles << LastTimestampRole;
    if (old.unreadCount != now.unreadCount)
        roles << UnreadCountRole << Qt::FontRole;
    if (old.lastSenderId != now.lastSenderId)
        roles << LastSenderIdRole;
    if (old.lastMessageId != now.lastMessageId)
        roles << LastMessageIdRole;
    if (!roles.isEmpty())
        roles << Qt::ToolTipRole;
    return roles;
}

} // namespace signalbox

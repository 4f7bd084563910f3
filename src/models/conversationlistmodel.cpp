#include "conversationlistmodel.h"

#include "changeset.h"
#include "conversationrepository.h"
#include "store.h"
#include "tooltiptext.h"

namespace signalbox {

namespace {

using Summary = ConversationSummary;

QVariant toolTipOf(const Summary &s, int)
{
    if (s.unreadCount > 0)
        return plainToolTip(ConversationListModel::tr("%1: %2 (%n unread)", nullptr, s.unreadCount)
                                .arg(s.peerName, s.lastContent));
    return plainToolTip(ConversationListModel::tr("%1: %2").arg(s.peerName, s.lastContent));
}

QVariant fontOf(const Summary &s, int)
{
    return ViewerListModel::boldWhen(s.unreadCount > 0);
}

} // namespace

ConversationListModel::ConversationListModel(Store *store, const User &viewer, QObject *parent)
    : RowListModel(
        store, viewer, [](Store &s, const User &v) { return s.conversations().listFor(v); },
        [](const Summary &s) { return s.peerId; },
        {
            {Qt::DisplayRole, &field<&Summary::peerName>},
            {Qt::ToolTipRole, &toolTipOf},
            {Qt::FontRole, &fontOf},
            {PeerIdRole, &field<&Summary::peerId>},
            {PeerNameRole, &field<&Summary::peerName>},
            {LastMessageRole, &field<&Summary::lastContent>, "lastMessage"},
            {LastTimestampRole, &field<&Summary::lastTimestamp>, "lastTimestamp"},
            {UnreadCountRole, &field<&Summary::unreadCount>, "unreadCount"},
            {LastSenderIdRole, &field<&Summary::lastSenderId>, "lastSenderId"},
            {LastMessageIdRole, &field<&Summary::lastMessageId>, "lastMessageId"},
            {DraftRole, &field<&Summary::draft>, "draft"},
        },
        parent)
{}

bool ConversationListModel::concerns(const ChangeSet &changes) const
{
    // A removed account takes its conversations (and its name) with it; a draft shows in the
    // list.
    return touchesViewersConversations(changes) || !changes.usersRemoved.isEmpty()
           || changes.draftsChanged.contains(viewer().id);
}

} // namespace signalbox

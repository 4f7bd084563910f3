#include "conversationlistmodel.h"

#include "changeset.h"
#include "conversationrepository.h"
#include "store.h"
#include "tooltiptext.h"

namespace signalbox {

namespace {

using Summary = ConversationSummary;

QVariant toolTipOf(const Summary &s)
{
    if (s.unreadCount > 0)
        return plainToolTip(ConversationListModel::tr("%1: %2 (%n unread)", nullptr, s.unreadCount)
                                .arg(s.peerName, s.lastContent));
    return plainToolTip(ConversationListModel::tr("%1: %2").arg(s.peerName, s.lastContent));
}

QVariant fontOf(const Summary &s)
{
    return ViewerListModel::boldWhen(s.unreadCount > 0);
}

} // namespace

ConversationListModel::ConversationListModel(Store *store, const User &viewer, QObject *parent)
    : RowListModel(
        store, viewer, [](Store &s, const User &v) { return s.conversations().listFor(v); },
        [](const Summary &s) { return s.peerId; },
        {
            {Qt::DisplayRole, {}, &field<&Summary::peerName>},
            {Qt::ToolTipRole, {}, &toolTipOf},
            {Qt::FontRole, {}, &fontOf},
            {PeerIdRole, "peerId", &field<&Summary::peerId>},
            {PeerNameRole, "peerName", &field<&Summary::peerName>},
            {LastMessageRole, "lastMessage", &field<&Summary::lastContent>},
            {LastTimestampRole, "lastTimestamp", &field<&Summary::lastTimestamp>},
            {UnreadCountRole, "unreadCount", &field<&Summary::unreadCount>},
            {LastSenderIdRole, "lastSenderId", &field<&Summary::lastSenderId>},
            {LastMessageIdRole, "lastMessageId", &field<&Summary::lastMessageId>},
            {DraftRole, "draft", &field<&Summary::draft>},
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

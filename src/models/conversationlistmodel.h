#pragma once

#include "viewerlistmodel.h"

namespace signalbox {

// The viewer's conversations, one row per peer, newest activity first. Follows Store::changed
// by re-reading the summaries (one statement) and applying only the difference.
class ConversationListModel : public RowListModel<ConversationSummary>
{
    Q_OBJECT

public:
    // Besides the shared PeerIdRole and PeerNameRole: the conversation's last message and
    // its unread count.
    enum Roles {
        LastMessageRole = FirstOwnRole,
        LastTimestampRole,
        UnreadCountRole,
        LastSenderIdRole,
        LastMessageIdRole,
        DraftRole, // the start of an unsent draft ("" = none)
    };
    Q_ENUM(Roles)

    ConversationListModel(Store *store, const User &viewer, QObject *parent = nullptr);

    // -1 when there is no conversation with that peer.
    int rowForPeer(Id peer) const { return rowOfKey(peer); }
    ConversationSummary summaryAt(int row) const { return rowAt(row); }

protected:
    bool concerns(const ChangeSet &changes) const override;
};

} // namespace signalbox

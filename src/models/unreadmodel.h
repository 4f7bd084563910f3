#pragma once

#include "viewerlistmodel.h"

namespace signalbox {

// Every unread message the viewer received, across all conversations, newest first
// (MessageRepository::unreadFor). Follows Store::changed with minimal inserts and removals.
class UnreadModel : public RowListModel<Message>
{
    Q_OBJECT

public:
    // Its roles are the shared MessageIdRole, SenderIdRole, SenderNameRole, ContentRole,
    // TimestampRole and ParentIdRole.
    UnreadModel(Store *store, const User &viewer, QObject *parent = nullptr);

    Message messageAt(int row) const { return rowAt(row); }

protected:
    bool concerns(const ChangeSet &changes) const override;
};

} // namespace signalbox

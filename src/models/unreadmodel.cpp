#include "unreadmodel.h"

#include "changeset.h"
#include "messagerepository.h"
#include "store.h"

namespace signalbox {

namespace {

QVariant toolTipOf(const Message &m, int)
{
    //: Tooltip of an unread message: who sent it, when.
    return UnreadModel::tr("From %1, %2")
        .arg(m.senderName, m.timestamp.toLocalTime().toString(Qt::TextDate));
}

} // namespace

UnreadModel::UnreadModel(Store *store, const User &viewer, QObject *parent)
    : RowListModel(
        store, viewer, [](Store &s, const User &v) { return s.messages().unreadFor(v); },
        [](const Message &m) { return m.id; },
        QList<Role>{
            {Qt::DisplayRole, &field<&Message::content>},
            {Qt::ToolTipRole, &toolTipOf},
        }
            + messageRoles({MessageIdRole, SenderIdRole, SenderNameRole, ContentRole, TimestampRole,
                            ParentIdRole}),
        parent)
{}

bool UnreadModel::concerns(const ChangeSet &changes) const
{
    return changes.notifiedUsers.contains(viewer().id) || touchesViewersConversations(changes);
}

} // namespace signalbox

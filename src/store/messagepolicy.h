#pragma once

#include "values.h"

namespace signalbox {

// Who may do what with a message: the one set of rules that the repositories enforce and the
// app's message actions follow.
namespace MessagePolicy {

// Only sender and receiver see a message, its history and its thread.
inline bool maySee(const Message &m, Id actor)
{
    return actor == m.senderId || actor == m.receiverId;
}
// Only the sender edits or deletes.
inline bool mayChange(const Message &m, Id actor)
{
    return actor == m.senderId;
}
// Only the receiver marks read or unread.
inline bool mayMarkRead(const Message &m, Id actor)
{
    return actor == m.receiverId;
}

// What the actor can do with the message as it is now (the permission and the message's state):
// what the app offers.
inline bool canReply(const Message &m, Id actor)
{
    return m.isValid() && !m.deleted && maySee(m, actor);
}
inline bool canEdit(const Message &m, Id actor)
{
    return m.isValid() && !m.deleted && mayChange(m, actor);
}
inline bool canDelete(const Message &m, Id actor)
{
    return canEdit(m, actor);
}
inline bool canShowHistory(const Message &m, Id actor)
{
    return canReply(m, actor) && m.edited;
}
inline bool canMarkUnread(const Message &m, Id actor)
{
    return m.isValid() && !m.deleted && m.read && mayMarkRead(m, actor);
}

} // namespace MessagePolicy

// The order of messages among siblings and in a conversation: by time, then by id (the order of
// sending when two share a millisecond). Queries say the same with ORDER BY timestamp, id.
inline bool inTimeOrder(const Message &a, const Message &b)
{
    return a.timestamp != b.timestamp ? a.timestamp < b.timestamp : a.id < b.id;
}

} // namespace signalbox

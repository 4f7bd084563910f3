#include "notificationdispatcher.h"

#include "rows.h"
#include "store.h"
#include "storesignals.h"

namespace signalbox {

NotificationDispatcher::NotificationDispatcher(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

void NotificationDispatcher::onMessageSaved(const Message &message, bool created)
{
    if (!created)
        return;
    auto id = m_store.database().insert(
        QStringLiteral("INSERT INTO notifications (user_id, message_id, created_at, read) "
                       "VALUES (?, ?, ?, ?) RETURNING id"),
        {message.receiverId, message.id, rows::fromTime(message.timestamp), message.read ? 1 : 0});
    if (!id) {
        m_store.hooks()->fail(id.error());
        return;
    }
    ChangeSet &changes = m_store.pendingChanges();
    changes.notificationsAdded.insert(*id);
    changes.notifiedUsers.insert(message.receiverId);
}

} // namespace signalbox

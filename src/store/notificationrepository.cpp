#include "notificationrepository.h"

#include "messagerepository.h"
#include "rows.h"
#include "store.h"
#include "storesignals.h"

namespace signalbox {

namespace {

QString notificationSelect()
{
    return QStringLiteral(
        "SELECT n.id, n.user_id, n.message_id, n.created_at, n.read, m.sender_id, s.username, "
        "m.parent_message_id, m.content, m.timestamp, m.edited, m.deleted "
        "FROM notifications n JOIN messages m ON m.id = n.message_id "
        "JOIN users s ON s.id = m.sender_id ");
}

Notification notificationFrom(const QSqlQuery &q, const User &user)
{
    Notification n;
    n.id = q.value(0).toLongLong();
    n.userId = q.value(1).toLongLong();
    n.username = user.username;
    n.messageId = q.value(2).toLongLong();
    n.createdAt = rows::toTime(q.value(3));
    n.read = q.value(4).toInt() != 0;
    Message &m = n.message;
    m.id = n.messageId;
    m.senderId = q.value(5).toLongLong();
    m.senderName = q.value(6).toString();
    m.receiverId = user.id;
    m.receiverName = user.username;
    m.parentId = q.value(7).toLongLong();
    m.content = q.value(8).toString();
    m.timestamp = rows::toTime(q.value(9));
    m.edited = q.value(10).toInt() != 0;
    m.deleted = q.value(11).toInt() != 0;
    m.read = n.read;
    return n;
}

} // namespace

NotificationRepository::NotificationRepository(Store &store)
    : m_store(store)
{}

Result<QList<Notification>> NotificationRepository::listFor(const User &user, bool unreadOnly,
                                                            int limit)
{
    const Store::Acting acting(m_store, user.id);
    QList<Notification> list;
    const QString filter = unreadOnly ? QStringLiteral("WHERE n.user_id = ? AND n.read = 0 ")
                                      : QStringLiteral("WHERE n.user_id = ? ");
    QString sql
        = notificationSelect() + filter + QStringLiteral("ORDER BY n.created_at DESC, n.id DESC");
    QVariantList values{user.id};
    if (limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        values << limit;
    }
    Status listed = m_store.database().select(
        sql, values, [&](const QSqlQuery &q) { list.append(notificationFrom(q, user)); });
    if (!listed)
        return listed.error();
    return list;
}

Result<Notification> NotificationRepository::get(const User &user, Id notificationId)
{
    const Store::Acting acting(m_store, user.id);
    Notification found;
    Id owner = 0;
    Status fetched
        = m_store.database().select(notificationSelect() + QStringLiteral("WHERE n.id = ?"),
                                    {notificationId}, [&](const QSqlQuery &q) {
                                        owner = q.value(1).toLongLong();
                                        found = notificationFrom(q, user);
                                    });
    if (!fetched)
        return fetched.error();
    if (found.id == 0)
        return StoreError::make(StoreError::NotFound,
                                StoreError::tr("There is no notification %1.").arg(notificationId));
    if (owner != user.id)
        return StoreError::make(
            StoreError::PermissionDenied,
            StoreError::tr("Notification %1 belongs to someone else.").arg(notificationId));
    return found;
}

Result<int> NotificationRepository::unreadCount(const User &user)
{
    const Store::Acting acting(m_store, user.id);
    auto count = m_store.database().scalar(
        QStringLiteral("SELECT count(*) FROM notifications WHERE user_id = ? AND read = 0"),
        {user.id});
    if (!count)
        return count.error();
    return count->toInt();
}

Status NotificationRepository::markRead(const User &user, Id notificationId)
{
    const Store::Acting acting(m_store, user.id);
    auto notification = get(user, notificationId);
    if (!notification)
        return notification.error();
    return m_store.messages().markRead(user, notification->messageId);
}

Result<int> NotificationRepository::markAllRead(const User &user)
{
    const Store::Acting acting(m_store, user.id);
    return m_store.write([&]() -> Result<int> {
        Database &db = m_store.database();
        ChangeSet &changes = m_store.pendingChanges();
        QHash<Id, int> perSender;
        int count = 0;
        Status updated = db.select(
            QStringLiteral("UPDATE messages SET read = 1 WHERE receiver_id = ? AND read = 0 "
                           "RETURNING id, sender_id"),
            {user.id}, [&](const QSqlQuery &q) {
                changes.messagesRead.insert(q.value(0).toLongLong());
                --perSender[q.value(1).toLongLong()];
                ++count;
            });
        if (!updated)
            return updated.error();
        auto notified = db.execute(
            QStringLiteral("UPDATE notifications SET read = 1 WHERE user_id = ? AND read = 0"),
            {user.id});
        if (!notified)
            return notified.error();
        for (auto it = perSender.cbegin(); it != perSender.cend(); ++it) {
            if (Status done = m_store.hooks()->notify(&StoreSignals::readStateChanged, user.id,
                                                      it.key(), it.value());
                !done)
                return done.error();
            changes.conversations.insert(ConversationKey::of(user.id, it.key()));
        }
        if (*notified > 0 || count > 0)
            changes.notifiedUsers.insert(user.id);
        return count;
    });
}

} // namespace signalbox

#pragma once

#include "values.h"

#include <QSqlQuery>

// Column lists and row readers shared by the repositories, so that every query that returns
// a message returns it the same way.
namespace signalbox::rows {

inline QVariant fromTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qint64>());
}

inline QDateTime toTime(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// Selects a whole message with both usernames; read with message(query, 0).
inline QString messageColumns()
{
    return QStringLiteral("m.id, m.sender_id, s.username, m.receiver_id, r.username, "
                          "m.parent_message_id, m.content, m.timestamp, m.edited, m.edited_at, "
                          "m.read, m.deleted");
}
constexpr int MessageColumnCount = 12;

inline QString messageJoins()
{
    return QStringLiteral(
        " JOIN users s ON s.id = m.sender_id JOIN users r ON r.id = m.receiver_id ");
}

inline Message message(const QSqlQuery &q, int at)
{
    Message m;
    m.id = q.value(at + 0).toLongLong();
    m.senderId = q.value(at + 1).toLongLong();
    m.senderName = q.value(at + 2).toString();
    m.receiverId = q.value(at + 3).toLongLong();
    m.receiverName = q.value(at + 4).toString();
    m.parentId = q.value(at + 5).toLongLong();
    m.content = q.value(at + 6).toString();
    m.timestamp = toTime(q.value(at + 7));
    m.edited = q.value(at + 8).toInt() != 0;
    m.editedAt = toTime(q.value(at + 9));
    m.read = q.value(at + 10).toInt() != 0;
    m.deleted = q.value(at + 11).toInt() != 0;
    return m;
}

inline QVariant parentValue(Id parentId)
{
    return parentId > 0 ? QVariant(parentId) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace signalbox::rows

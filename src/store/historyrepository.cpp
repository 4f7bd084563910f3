#include "historyrepository.h"

#include "rows.h"
#include "store.h"

namespace signalbox {

HistoryRepository::HistoryRepository(Store &store)
    : m_store(store)
{}

Result<QList<HistoryEntry>> HistoryRepository::forMessage(const User &viewer, Id messageId)
{
    const Store::Acting acting(m_store, viewer.id);
    QList<HistoryEntry> entries;
    bool found = false;
    bool permitted = false;
    Status listed = m_store.database().select(
        QStringLiteral(
            "SELECT m.sender_id, m.receiver_id, h.id, h.old_content, h.edited_at, h.edited_by_id, "
            "u.username FROM messages m LEFT JOIN message_history h ON h.message_id = m.id "
            "LEFT JOIN users u ON u.id = h.edited_by_id WHERE m.id = ? ORDER BY h.edited_at, h.id"),
        {messageId}, [&](const QSqlQuery &q) {
            found = true;
            permitted
                = q.value(0).toLongLong() == viewer.id || q.value(1).toLongLong() == viewer.id;
            if (!permitted || q.value(2).isNull())
                return;
            entries.append(HistoryEntry{q.value(2).toLongLong(), messageId, q.value(3).toString(),
                                        rows::toTime(q.value(4)), q.value(5).toLongLong(),
                                        q.value(6).toString()});
        });
    if (!listed)
        return listed.error();
    if (!found)
        return StoreError::make(StoreError::NotFound,
                                StoreError::tr("There is no message %1.").arg(messageId));
    if (!permitted)
        return StoreError::make(
            StoreError::PermissionDenied,
            StoreError::tr("Only the sender and the receiver may see the history of message %1.")
                .arg(messageId));
    return entries;
}

} // namespace signalbox

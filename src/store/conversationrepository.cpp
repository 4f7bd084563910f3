#include "conversationrepository.h"

#include "rows.h"
#include "store.h"

namespace signalbox {

namespace {

// Long messages are cut for the list; the conversation shows them whole.
constexpr int PreviewLength = 200;

ConversationSummary summaryFrom(const QSqlQuery &q)
{
    ConversationSummary s;
    s.peerId = q.value(0).toLongLong();
    s.peerName = q.value(1).toString();
    s.lastMessageId = q.value(2).toLongLong();
    s.lastContent = q.value(3).toString();
    s.lastSenderId = q.value(4).toLongLong();
    s.lastTimestamp = rows::toTime(q.value(5));
    s.unreadCount = q.value(6).toInt();
    s.draft = q.value(7).toString();
    return s;
}

QString summarySelect()
{
    return QStringLiteral(
               "SELECT c.peer_id, p.username, c.last_message_id, substr(m.content, 1, %1), "
               "m.sender_id, c.last_timestamp, c.unread_count, substr(d.content, 1, %1) "
               "FROM conversations c JOIN users p ON p.id = c.peer_id "
               "LEFT JOIN messages m ON m.id = c.last_message_id "
               "LEFT JOIN drafts d ON d.user_id = c.user_id AND d.peer_id = c.peer_id ")
        .arg(PreviewLength);
}

} // namespace

ConversationRepository::ConversationRepository(Store &store)
    : m_store(store)
{}

Result<QList<ConversationSummary>> ConversationRepository::listFor(const User &user)
{
    const Store::Acting acting(m_store, user.id);
    QList<ConversationSummary> list;
    Status listed = m_store.database().select(
        summarySelect()
            + QStringLiteral("WHERE c.user_id = ? ORDER BY c.last_timestamp DESC, c.peer_id"),
        {user.id}, [&](const QSqlQuery &q) { list.append(summaryFrom(q)); });
    if (!listed)
        return listed.error();
    return list;
}

Result<ConversationSummary> ConversationRepository::summary(const User &user, Id peerId)
{
    const Store::Acting acting(m_store, user.id);
    ConversationSummary summary;
    Status found = m_store.database().select(
        summarySelect() + QStringLiteral("WHERE c.user_id = ? AND c.peer_id = ?"),
        {user.id, peerId}, [&](const QSqlQuery &q) { summary = summaryFrom(q); });
    if (!found)
        return found.error();
    if (summary.peerId == 0)
        return StoreError::make(StoreError::NotFound,
                                StoreError::tr("There is no conversation with that user."));
    return summary;
}

} // namespace signalbox

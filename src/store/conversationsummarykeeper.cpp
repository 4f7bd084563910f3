#include "conversationsummarykeeper.h"

#include "rows.h"
#include "store.h"
#include "storesignals.h"

namespace signalbox {

ConversationSummaryKeeper::ConversationSummaryKeeper(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

void ConversationSummaryKeeper::onMessageSaved(const Message &message, bool created)
{
    if (!created)
        return;
    if (m_store.isTeamStore()) {
        // The receiver's row is not the sender's to write: a server function, given the
        // message this transaction sent, writes both (resources/team/postgresql_policies.sql).
        auto done = m_store.database().execute(
            QStringLiteral("SELECT signalbox_conversation_after_send(?)"), {message.id});
        if (!done)
            m_store.hooks()->fail(done.error());
        return;
    }
    const QVariant time = rows::fromTime(message.timestamp);
    auto upserted = m_store.database().execute(
        QStringLiteral(
            "INSERT INTO conversations (user_id, peer_id, last_message_id, last_timestamp, "
            "unread_count) VALUES (?, ?, ?, ?, 0), (?, ?, ?, ?, ?) "
            "ON CONFLICT (user_id, peer_id) DO UPDATE SET "
            "last_message_id = excluded.last_message_id, "
            "last_timestamp = excluded.last_timestamp, "
            "unread_count = conversations.unread_count + excluded.unread_count"),
        {message.senderId, message.receiverId, message.id, time, message.receiverId,
         message.senderId, message.id, time, message.read ? 0 : 1});
    if (!upserted)
        m_store.hooks()->fail(upserted.error());
}

void ConversationSummaryKeeper::onMessageRemoved(const Message &message, bool)
{
    rebuildPair(message.senderId, message.receiverId);
}

void ConversationSummaryKeeper::onReadStateChanged(Id receiverId, Id senderId, int unreadDelta)
{
    auto updated = m_store.database().execute(
        QStringLiteral("UPDATE conversations SET unread_count = unread_count + ? "
                       "WHERE user_id = ? AND peer_id = ?"),
        {unreadDelta, receiverId, senderId});
    if (!updated)
        m_store.hooks()->fail(updated.error());
}

bool ConversationSummaryKeeper::rebuildPair(Id a, Id b)
{
    Database &db = m_store.database();
    if (m_store.isTeamStore()) {
        // The same recomputation, by the server for both rows (the peer's is not ours).
        auto done
            = db.execute(QStringLiteral("SELECT signalbox_conversation_rebuild(?, ?)"), {a, b});
        if (!done)
            m_store.hooks()->fail(done.error());
        return done.ok();
    }
    auto removed
        = db.execute(QStringLiteral("DELETE FROM conversations WHERE (user_id = ? AND peer_id = ?) "
                                    "OR (user_id = ? AND peer_id = ?)"),
                     {a, b, b, a});
    if (!removed) {
        m_store.hooks()->fail(removed.error());
        return false;
    }
    for (const auto &[user, peer] : {std::pair{a, b}, std::pair{b, a}}) {
        auto inserted = db.execute(
            QStringLiteral(
                "INSERT INTO conversations (user_id, peer_id, last_message_id, last_timestamp, "
                "unread_count) SELECT CAST(? AS BIGINT), CAST(? AS BIGINT), last.id, "
                "last.timestamp, "
                "(SELECT count(*) FROM messages WHERE receiver_id = ? AND sender_id = ? AND read = "
                "0) "
                "FROM (SELECT id, timestamp FROM messages WHERE (sender_id = ? AND receiver_id = "
                "?) "
                "OR (sender_id = ? AND receiver_id = ?) ORDER BY timestamp DESC, id DESC LIMIT 1) "
                "last"),
            {user, peer, user, peer, a, b, b, a});
        if (!inserted) {
            m_store.hooks()->fail(inserted.error());
            return false;
        }
    }
    return true;
}

} // namespace signalbox

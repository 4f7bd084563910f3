#include "draftrepository.h"

#include "messagerepository.h"
#include "rows.h"
#include "store.h"

namespace signalbox {

DraftRepository::DraftRepository(Store &store)
    : m_store(store)
{}

Status DraftRepository::save(const User &owner, Id peerId, const QString &content, Id replyToId)
{
    const Store::Acting acting(m_store, owner.id);
    if (content.trimmed().isEmpty())
        return clear(owner, peerId);
    if (Status valid = MessageRepository::validateContent(content); !valid)
        return valid.error();
    if (peerId == owner.id)
        return StoreError::make(StoreError::InvalidInput,
                                StoreError::tr("You cannot send a message to yourself."));
    return m_store.write([&]() -> Status {
        // One statement that also checks the peer: nothing is inserted for an unknown id. The
        // casts give PostgreSQL the parameters' types, which a SELECT list does not.
        auto saved = m_store.database().execute(
            QStringLiteral("INSERT INTO drafts (user_id, peer_id, content, reply_to_id, "
                           "updated_at) SELECT CAST(? AS BIGINT), id, CAST(? AS TEXT), "
                           "CAST(? AS BIGINT), CAST(? AS BIGINT) FROM users WHERE id = ? "
                           "ON CONFLICT (user_id, peer_id) DO UPDATE SET content = "
                           "excluded.content, reply_to_id = excluded.reply_to_id, "
                           "updated_at = excluded.updated_at"),
            {owner.id, content,
             replyToId > 0 ? QVariant(replyToId) : QVariant(QMetaType::fromType<qint64>()),
             rows::fromTime(m_store.now()), peerId});
        if (!saved)
            return saved.error();
        if (*saved == 0)
            return StoreError::make(StoreError::NotFound,
                                    StoreError::tr("There is no user with id %1.").arg(peerId));
        m_store.pendingChanges().draftsChanged.insert(owner.id);
        return success();
    });
}

Result<Draft> DraftRepository::load(const User &owner, Id peerId)
{
    const Store::Acting acting(m_store, owner.id);
    Draft draft;
    draft.peerId = peerId;
    // The message answered counts only while it is in this conversation and not deleted.
    Status found = m_store.database().select(
        QStringLiteral("SELECT d.content, m.id, d.updated_at FROM drafts d "
                       "LEFT JOIN messages m ON m.id = d.reply_to_id AND m.deleted = 0 "
                       "AND ((m.sender_id = d.user_id AND m.receiver_id = d.peer_id) "
                       "OR (m.sender_id = d.peer_id AND m.receiver_id = d.user_id)) "
                       "WHERE d.user_id = ? AND d.peer_id = ?"),
        {owner.id, peerId}, [&](const QSqlQuery &q) {
            draft.content = q.value(0).toString();
            draft.replyToId = q.value(1).toLongLong();
            draft.updatedAt = rows::toTime(q.value(2));
        });
    if (!found)
        return found.error();
    return draft;
}

Status DraftRepository::clear(const User &owner, Id peerId)
{
    const Store::Acting acting(m_store, owner.id);
    return m_store.write([&]() -> Status {
        auto removed = m_store.database().execute(
            QStringLiteral("DELETE FROM drafts WHERE user_id = ? AND peer_id = ?"),
            {owner.id, peerId});
        if (!removed)
            return removed.error();
        if (*removed > 0)
            m_store.pendingChanges().draftsChanged.insert(owner.id);
        return success();
    });
}

Result<QSet<Id>> DraftRepository::peersWithDrafts(const User &owner)
{
    const Store::Acting acting(m_store, owner.id);
    QSet<Id> peers;
    Status listed = m_store.database().select(
        QStringLiteral("SELECT peer_id FROM drafts WHERE user_id = ?"), {owner.id},
        [&](const QSqlQuery &q) { peers.insert(q.value(0).toLongLong()); });
    if (!listed)
        return listed.error();
    return peers;
}

} // namespace signalbox

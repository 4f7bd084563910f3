#include "userdatacleaner.h"

#include "store.h"
#include "storesignals.h"

namespace signalbox {

UserDataCleaner::UserDataCleaner(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

Result<int> UserDataCleaner::removeSummaries(Database &db, Id account) const
{
    // On a team store the peers' summaries about the account are not the person's to see: the
    // server removes them (signalbox_remove_conversations, only while the account goes).
    if (!m_store.isTeamStore())
        return db.execute(
            QStringLiteral("DELETE FROM conversations WHERE user_id = ? OR peer_id = ?"),
            {account, account});
    auto removed = db.scalar(QStringLiteral("SELECT signalbox_remove_conversations(?)"), {account});
    if (!removed)
        return removed.error();
    return removed->toInt();
}

void UserDataCleaner::onUserDeleted(const User &user, DeletionCounts *removed)
{
    Database &db = m_store.database();
    ChangeSet &changes = m_store.pendingChanges();

    // Gathered before the deletes: the peers whose conversation lists lose a row.
    Status peers = db.select(QStringLiteral("SELECT peer_id FROM conversations WHERE user_id = ?"),
                             {user.id}, [&](const QSqlQuery &q) {
                                 const Id peer = q.value(0).toLongLong();
                                 changes.conversations.insert(ConversationKey::of(user.id, peer));
                                 changes.notifiedUsers.insert(peer);
                             });
    if (!peers) {
        m_store.hooks()->fail(peers.error());
        return;
    }

    const QString owned
        = QStringLiteral("(SELECT id FROM messages WHERE sender_id = ? OR receiver_id = ?)");
    // Drafts the user wrote and drafts written to them; the owners' conversation lists change.
    Status drafts = db.select(
        QStringLiteral("DELETE FROM drafts WHERE user_id = ? OR peer_id = ? RETURNING user_id"),
        {user.id, user.id},
        [&](const QSqlQuery &q) { changes.draftsChanged.insert(q.value(0).toLongLong()); });
    if (!drafts) {
        m_store.hooks()->fail(drafts.error());
        return;
    }

    auto history
        = db.execute(QStringLiteral("DELETE FROM message_history WHERE message_id IN ") + owned,
                     {user.id, user.id});
    auto notifications
        = history ? db.execute(QStringLiteral("DELETE FROM notifications WHERE user_id = ? "
                                              "OR message_id IN ")
                                   + owned,
                               {user.id, user.id, user.id})
                  : Result<int>(history.error());
    auto summaries
        = notifications ? removeSummaries(db, user.id) : Result<int>(notifications.error());
    auto messages = summaries
                        ? db.execute(QStringLiteral("DELETE FROM messages WHERE sender_id = ? OR "
                                                    "receiver_id = ?"),
                                     {user.id, user.id})
                        : Result<int>(summaries.error());
    if (!messages) {
        m_store.hooks()->fail(messages.error());
        return;
    }
    removed->history += *history;
    removed->notifications += *notifications;
    removed->messages += *messages;
}

} // namespace signalbox

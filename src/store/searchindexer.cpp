#include "searchindexer.h"

#include "database.h"
#include "store.h"
#include "storesignals.h"

namespace signalbox {

namespace {

// A message the index does not hold yet (a send): on the list with nothing indexed.
const QString PendNew
    = QStringLiteral("INSERT OR IGNORE INTO search_pending (message_id) VALUES (?)");
// A message about to change or go, with what the index holds for it: the values the view
// (migration 0005) gave for the message as it still is. A message already on the list keeps
// its row, which says what the index holds (nothing, for one sent since the list was taken in).
const QString PendChange = QStringLiteral(
    "INSERT OR IGNORE INTO search_pending (message_id, indexed_body, indexed_people) VALUES (?, "
    "signalbox_fold(?), 'u' || ? || ' u' || ? || ' s' || ?)");
// The whole list into the index in one statement (FTS5 writes what a statement changed as one
// new segment when the statement ends): what the index holds out, then the messages as they are
// now in, those that are still messages and no placeholders.
const QString ApplyToIndex = QStringLiteral(
    "INSERT INTO messages_fts (messages_fts, rowid, body, people) SELECT 'delete', message_id, "
    "indexed_body, indexed_people FROM search_pending WHERE indexed_body IS NOT NULL UNION ALL "
    "SELECT NULL, id, body, people FROM messages_search WHERE id IN (SELECT message_id FROM "
    "search_pending)");

} // namespace

SearchIndexer::SearchIndexer(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

void SearchIndexer::check(const Result<int> &result)
{
    if (!result)
        m_store.hooks()->fail(result.error());
}

void SearchIndexer::check(const Status &status)
{
    if (!status)
        m_store.hooks()->fail(status.error());
}

void SearchIndexer::onMessageSaved(const Message &message, bool created)
{
    if (!created) {
        // An edit, put on the list by messageAboutToBeSaved with the text the index holds; the
        // list may be taken in now that the message has its new text.
        if (++m_changesSinceApply >= PendingLimit)
            applyNow();
        return;
    }
    check(m_store.database().execute(PendNew, {message.id}));
    if (message.id % PendingLimit == 0)
        applyNow();
}

void SearchIndexer::onMessageAboutToBeSaved(const Message &old, Message *pending)
{
    Q_UNUSED(pending);
    // Not taken in here: the message still has its old text.
    check(m_store.database().execute(
        PendChange, {old.id, old.content, old.senderId, old.receiverId, old.senderId}));
}

void SearchIndexer::onMessageRemoved(const Message &message, bool keptAsPlaceholder)
{
    Q_UNUSED(keptAsPlaceholder);
    // The message was not a placeholder (those are never indexed, and removing one again does
    // not emit). Placeholders above it that went with it were not indexed either.
    if (message.deleted)
        return;
    // Taken in at once: the list would keep the text of a deleted message in the file until
    // the next time (the history of an edit keeps the text an edit replaced anyway).
    check(m_store.database().execute(PendChange, {message.id, message.content, message.senderId,
                                                  message.receiverId, message.senderId}));
    applyNow();
}

void SearchIndexer::onUserDeleted(const User &user, DeletionCounts *removed)
{
    Q_UNUSED(removed);
    // The index first agrees with the messages; then their indexed text can be named.
    if (!applyNow())
        return;
    check(m_store.database().execute(
        QStringLiteral("INSERT INTO messages_fts (messages_fts, rowid, body, people) SELECT "
                       "'delete', id, body, people FROM messages_search WHERE sender_id = ? OR "
                       "receiver_id = ?"),
        {user.id, user.id}));
}

bool SearchIndexer::applyNow()
{
    m_changesSinceApply = 0;
    const Status applied = applyPending(m_store.database());
    check(applied);
    return applied.ok();
}

Result<bool> SearchIndexer::hasPending(Database &db)
{
    auto pending = db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM search_pending)"));
    if (!pending)
        return pending.error();
    return pending->toBool();
}

Status SearchIndexer::applyPending(Database &db)
{
    if (auto applied = db.execute(ApplyToIndex); !applied)
        return applied.error();
    if (auto emptied = db.execute(QStringLiteral("DELETE FROM search_pending")); !emptied)
        return emptied.error();
    return success();
}

Status SearchIndexer::build(Database &db, const std::function<void(qint64, qint64)> &progress)
{
    constexpr qint64 Batch = 50000;
    auto last = db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM messages"));
    if (!last)
        return last.error();
    const qint64 total = last->toLongLong();
    if (progress && total > 0)
        progress(0, total);
    for (qint64 from = 0; from < total; from += Batch) {
        auto filled = db.execute(
            QStringLiteral("INSERT INTO messages_fts (rowid, body, people) SELECT id, body, "
                           "people FROM messages_search WHERE id > ? AND id <= ?"),
            {from, from + Batch});
        if (!filled)
            return filled.error();
        if (progress)
            progress(qMin(total, from + Batch), total);
    }
    if (total > 0) {
        // One segment instead of one per batch: queries read fewer pages.
        auto merged = db.execute(
            QStringLiteral("INSERT INTO messages_fts (messages_fts) VALUES ('optimize')"));
        if (!merged)
            return merged.error();
    }
    return success();
}

} // namespace signalbox

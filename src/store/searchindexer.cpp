#include "searchindexer.h"

#include "database.h"
#include "store.h"
#include "storesignals.h"

#include <utility>

namespace signalbox {

namespace {

// The indexed columns come from the view messages_search (migration 0005), so that the text
// is folded by one definition whether a row is indexed, removed or rebuilt.
const QString IndexRow = QStringLiteral(
    "INSERT INTO messages_fts (rowid, body, people) SELECT id, body, people FROM messages_search "
    "WHERE id = ?");
// An edit, after the UPDATE: the old text (as the view gave it, from the message as it was)
// out and the row as it is now in.
const QString ReplaceRow = QStringLiteral(
    "INSERT INTO messages_fts (messages_fts, rowid, body, people) VALUES ('delete', ?, "
    "signalbox_fold(?), 'u' || ? || ' u' || ? || ' s' || ?) UNION ALL SELECT NULL, id, body, "
    "people FROM messages_search WHERE id = ?");
// After the row is gone: the same values as the view gives, from the message as it was.
const QString UnindexValues = QStringLiteral(
    "INSERT INTO messages_fts (messages_fts, rowid, body, people) VALUES ('delete', ?, "
    "signalbox_fold(?), 'u' || ? || ' u' || ? || ' s' || ?)");

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

void SearchIndexer::onMessageSaved(const Message &message, bool created)
{
    if (!created && m_replaced && m_replaced->id == message.id) {
        // An edit: the old text out and the new one in, in one statement. FTS5 writes what a
        // statement changed as a new segment when the statement ends, so two statements
        // would write two.
        const Message old = *std::exchange(m_replaced, std::nullopt);
        check(m_store.database().execute(ReplaceRow, {old.id, old.content, old.senderId,
                                                      old.receiverId, old.senderId, message.id}));
        return;
    }
    check(m_store.database().execute(IndexRow, {message.id}));
}

void SearchIndexer::onMessageAboutToBeSaved(const Message &old, Message *pending)
{
    Q_UNUSED(pending);
    // Taken out when the new text is in (onMessageSaved, after the UPDATE), in the same
    // statement. A write that fails in between rolls back; the next edit sets this again.
    m_replaced = old;
}

void SearchIndexer::onMessageRemoved(const Message &message, bool keptAsPlaceholder)
{
    Q_UNUSED(keptAsPlaceholder);
    // The message was not a placeholder (those are never indexed, and removing one again does
    // not emit). Placeholders above it that went with it were not indexed either.
    if (message.deleted)
        return;
    check(m_store.database().execute(UnindexValues, {message.id, message.content, message.senderId,
                                                     message.receiverId, message.senderId}));
}

void SearchIndexer::onUserDeleted(const User &user, DeletionCounts *removed)
{
    Q_UNUSED(removed);
    check(m_store.database().execute(
        QStringLiteral("INSERT INTO messages_fts (messages_fts, rowid, body, people) SELECT "
                       "'delete', id, body, people FROM messages_search WHERE sender_id = ? OR "
                       "receiver_id = ?"),
        {user.id, user.id}));
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

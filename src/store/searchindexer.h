#pragma once

#include "storeerror.h"
#include "values.h"

#include <QObject>

#include <functional>

namespace signalbox {

class Database;
class Store;

// The receiver that keeps the full-text index (messages_fts, SQLite) in step with the messages,
// inside the write transaction of each change: a sent message is indexed, an edit replaces the
// indexed text, a deleted message, a placeholder and every message of a deleted account leave
// the index. A send or an edit goes onto the index's pending list first (search_pending,
// migration 9) and reaches messages_fts with the others on the list, in one statement: FTS5
// writes a segment per statement, which cost a send as much again as the message itself. The
// list is taken in when it is long, with every deletion (the list would keep the deleted text),
// before an account's messages leave the index, and before every search (SearchRepository), so
// that no search reads an index behind the messages. On PostgreSQL the
// index is an expression index that the server keeps current itself, so the store connects
// this receiver for SQLite only.
class SearchIndexer : public QObject
{
    Q_OBJECT

public:
    // A send whose message id is a multiple of this takes the list in: about one send in this
    // many, whichever processes sent the others.
    static constexpr qint64 PendingLimit = 128;

    explicit SearchIndexer(Store &store, QObject *parent = nullptr);

    void onMessageSaved(const signalbox::Message &message, bool created);
    void onMessageAboutToBeSaved(const signalbox::Message &old, signalbox::Message *pending);
    void onMessageRemoved(const signalbox::Message &message, bool keptAsPlaceholder);
    // Must run before UserDataCleaner removes the messages: it reads their indexed text.
    void onUserDeleted(const signalbox::User &user, signalbox::DeletionCounts *removed);

    // Whether changes wait on the pending list (one statement).
    static Result<bool> hasPending(Database &db);
    // Takes the pending list into the index: one statement for the index, one for the list.
    // Inside a write transaction.
    static Status applyPending(Database &db);

    // Fills an empty index from the messages of an existing store (migration 5), in batches,
    // calling progress(done, total) after each. Runs inside the migration's transaction.
    static Status build(Database &db, const std::function<void(qint64, qint64)> &progress);

private:
    void check(const Result<int> &result);
    void check(const Status &status);
    // Takes the list in inside the running write; false (and the write fails) if it could not.
    bool applyNow();

    Store &m_store;
    // Edits and removals this process put on the list since it last took the list in (sends
    // count by their ids).
    qint64 m_changesSinceApply = 0;
};

} // namespace signalbox

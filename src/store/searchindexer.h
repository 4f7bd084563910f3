#pragma once

#include "storeerror.h"
#include "values.h"

#include <QObject>

#include <functional>
#include <optional>

namespace signalbox {

class Database;
class Store;

// The receiver that keeps the full-text index (messages_fts, SQLite) in step with the messages,
// inside the write transaction of each change: a sent message is indexed, an edit replaces the
// indexed text, a deleted message, a placeholder and every message of a deleted account leave
// the index. On PostgreSQL the index is an expression index that the server keeps current
// itself, so the store connects this receiver for SQLite only.
class SearchIndexer : public QObject
{
    Q_OBJECT

public:
    explicit SearchIndexer(Store &store, QObject *parent = nullptr);

    void onMessageSaved(const signalbox::Message &message, bool created);
    void onMessageAboutToBeSaved(const signalbox::Message &old, signalbox::Message *pending);
    void onMessageRemoved(const signalbox::Message &message, bool keptAsPlaceholder);
    // Must run before UserDataCleaner removes the messages: it reads their indexed text.
    void onUserDeleted(const signalbox::User &user, signalbox::DeletionCounts *removed);

    // Fills an empty index from the messages of an existing store (migration 5), in batches,
    // calling progress(done, total) after each. Runs inside the migration's transaction.
    static Status build(Database &db, const std::function<void(qint64, qint64)> &progress);

private:
    void check(const Result<int> &result);

    Store &m_store;
    // The message an edit is replacing, from messageAboutToBeSaved to messageSaved.
    std::optional<Message> m_replaced;
};

} // namespace signalbox

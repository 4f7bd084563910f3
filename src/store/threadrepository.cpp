#include "threadrepository.h"

#include "messagepolicy.h"
#include "rows.h"
#include "store.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace signalbox {

namespace {} // namespace

ThreadRepository::ThreadRepository(Store &store)
    : m_store(store)
{}

QList<Message> ThreadRepository::preorder(QList<Message> rows)
{
    std::sort(rows.begin(), rows.end(), inTimeOrder);
    QHash<Id, qsizetype> indexOf;
    indexOf.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        indexOf.insert(rows.at(i).id, i);
    // Children lists keep time order because rows are visited in time order.
    QHash<Id, QList<qsizetype>> children;
    QList<qsizetype> roots;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Id parent = rows.at(i).parentId;
        if (parent > 0 && indexOf.contains(parent))
            children[parent].append(i);
        else
            roots.append(i);
    }
    QList<Message> ordered;
    ordered.reserve(rows.size());
    // Iterative depth-first walk: a 2,000-deep chain must not exhaust the stack.
    QList<std::pair<qsizetype, int>> stack;
    for (auto it = roots.crbegin(); it != roots.crend(); ++it)
        stack.append({*it, 0});
    while (!stack.isEmpty()) {
        const auto [index, depth] = stack.takeLast();
        Message m = rows.at(index);
        m.depth = depth;
        const QList<qsizetype> kids = children.value(m.id);
        for (auto it = kids.crbegin(); it != kids.crend(); ++it)
            stack.append({*it, depth + 1});
        ordered.append(std::move(m));
    }
    return ordered;
}

Result<QList<Message>> ThreadRepository::thread(const User &viewer, Id messageId)
{
    const Store::Acting acting(m_store, viewer.id);
    QList<Message> rows;
    Status fetched = m_store.database().select(
        QStringLiteral(
            "WITH RECURSIVE up(id, parent_id) AS ("
            "SELECT id, parent_message_id FROM messages WHERE id = ? "
            "UNION ALL SELECT p.id, p.parent_message_id FROM messages p JOIN up ON p.id = "
            "up.parent_id), "
            "tree(id) AS (SELECT id FROM up WHERE parent_id IS NULL "
            "UNION ALL SELECT c.id FROM messages c JOIN tree ON c.parent_message_id = tree.id) "
            "SELECT ")
            + rows::messageColumns()
            + QStringLiteral(" FROM tree JOIN messages m ON m.id = tree.id") + rows::messageJoins(),
        {messageId}, [&](const QSqlQuery &q) { rows.append(rows::message(q, 0)); });
    if (!fetched)
        return fetched.error();
    if (rows.isEmpty())
        return StoreError::make(StoreError::NotFound,
                                StoreError::tr("There is no message %1.").arg(messageId));
    // Every message of a tree belongs to the same two people.
    if (!MessagePolicy::maySee(rows.first(), viewer.id))
        return StoreError::make(
            StoreError::PermissionDenied,
            StoreError::tr("Only the sender and the receiver may see message %1.").arg(messageId));
    return preorder(std::move(rows));
}

Result<ThreadRepository::Page> ThreadRepository::page(const User &viewer, Id peerId, int rootLimit,
                                                      const Message &before)
{
    const Store::Acting acting(m_store, viewer.id);
    constexpr qint64 Max = std::numeric_limits<qint64>::max();
    const qint64 beforeTime = before.isValid() ? before.timestamp.toMSecsSinceEpoch() : Max;
    const Id beforeId = before.isValid() ? before.id : Max;
    Page page;
    int rootsSeen = 0;
    QList<Message> rows;
    Status fetched = m_store.database().select(
        // One arm per direction so that each walks messages_roots; with an OR of both pairs
        // SQLite scanned every root message of the store (27 ms for an 11-message conversation
        // among 22,000 messages; see docs/benchmarks.md).
        QStringLiteral(
            "WITH RECURSIVE roots(id, timestamp) AS ("
            "SELECT * FROM (SELECT id, timestamp FROM messages WHERE parent_message_id IS NULL "
            "AND sender_id = ? AND receiver_id = ? AND (timestamp < ? OR (timestamp = ? AND id < "
            "?)) "
            "ORDER BY timestamp DESC, id DESC LIMIT ?) AS sent "
            "UNION ALL "
            "SELECT * FROM (SELECT id, timestamp FROM messages WHERE parent_message_id IS NULL "
            "AND sender_id = ? AND receiver_id = ? AND (timestamp < ? OR (timestamp = ? AND id < "
            "?)) "
            "ORDER BY timestamp DESC, id DESC LIMIT ?) AS received "
            "ORDER BY timestamp DESC, id DESC LIMIT ?), "
            "kept(id) AS (SELECT id FROM roots ORDER BY timestamp DESC, id DESC LIMIT ?), "
            "tree(id) AS (SELECT id FROM kept "
            "UNION ALL SELECT c.id FROM messages c JOIN tree ON c.parent_message_id = tree.id) "
            "SELECT (SELECT count(*) FROM roots), ")
            + rows::messageColumns()
            + QStringLiteral(" FROM tree JOIN messages m ON m.id = tree.id") + rows::messageJoins(),
        {viewer.id, peerId, beforeTime, beforeTime, beforeId, rootLimit + 1, peerId, viewer.id,
         beforeTime, beforeTime, beforeId, rootLimit + 1, rootLimit + 1, rootLimit},
        [&](const QSqlQuery &q) {
            rootsSeen = q.value(0).toInt();
            rows.append(rows::message(q, 1));
        });
    if (!fetched)
        return fetched.error();
    page.hasOlder = rootsSeen > rootLimit;
    page.messages = preorder(std::move(rows));
    return page;
}

} // namespace signalbox

#include "rawreader.h"

#include "sqlitestatement.h"
#include "workload.h"

#include <QElapsedTimer>
#include <QList>

#include <sqlite3.h>

namespace signalbox::bench {

RawReader::RawReader(const QString &path)
{
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_close(m_db);
        m_db = nullptr;
        return;
    }
    sqlite3_busy_timeout(m_db, 5000);
}

RawReader::~RawReader()
{
    sqlite3_close(m_db);
}

std::optional<qint64> RawReader::count(const char *sql)
{
    SqliteStatement statement(m_db, sql);
    if (!statement.isValid() || statement.step() != SQLITE_ROW) {
        m_error = QStringLiteral("%1: %2").arg(QString::fromUtf8(sql), statement.error());
        return std::nullopt;
    }
    return statement.int64(0);
}

std::optional<RawReader::ThreadWalk> RawReader::threadNPlusOne(qint64 rootId)
{
    SqliteStatement root(m_db, "SELECT id, content FROM messages WHERE id = ?");
    SqliteStatement children(m_db, "SELECT id, content FROM messages WHERE parent_message_id = ? "
                                   "ORDER BY timestamp, id");
    if (!root.isValid() || !children.isValid()) {
        m_error = root.isValid() ? children.error() : root.error();
        return std::nullopt;
    }
    struct Node
    {
        qint64 id;
        int depth;
    };
    ThreadWalk walk;
    QByteArray preorder;
    QElapsedTimer timer;
    timer.start();
    root.bind(1, rootId);
    if (root.step() != SQLITE_ROW) {
        m_error = QStringLiteral("thread root %1 not found").arg(rootId);
        return std::nullopt;
    }
    QList<Node> stack{{root.int64(0), 0}};
    QList<QByteArray> contents{root.text(1)};
    root.reset();
    // Each node's content is read with its parent's SELECT; the stack keeps them in step.
    while (!stack.isEmpty()) {
        const Node node = stack.takeLast();
        const QByteArray content = contents.takeLast();
        preorder.append(content);
        preorder.append('\n');
        ++walk.nodes;
        walk.maxDepth = std::max(walk.maxDepth, node.depth);
        children.bind(1, node.id);
        QList<Node> kids;
        QList<QByteArray> kidContents;
        int rc;
        while ((rc = children.step()) == SQLITE_ROW) {
            kids.append({children.int64(0), node.depth + 1});
            kidContents.append(children.text(1));
        }
        children.reset();
        if (rc != SQLITE_DONE) {
            m_error = children.error();
            return std::nullopt;
        }
        for (qsizetype i = kids.size() - 1; i >= 0; --i) {
            stack.append(kids.at(i));
            contents.append(kidContents.at(i));
        }
    }
    walk.seconds = double(timer.nsecsElapsed()) / 1e9;
    walk.statements = root.executions() + children.executions();
    walk.preorderSha256 = Workload::sha256Hex(preorder);
    return walk;
}

} // namespace signalbox::bench

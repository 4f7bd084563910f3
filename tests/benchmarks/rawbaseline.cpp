#include "rawbaseline.h"

#include "sqlitestatement.h"
#include "workload.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QUuid>

#include <algorithm>
#include <ctime>

#include <sqlite3.h>

namespace signalbox::bench {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// The store's change_log payload (ChangeSet::toJson: compact, keys sorted), written by hand
// as a C program would.
QByteArray changePayload(qint64 added, qint64 changed, qint64 notification, qint64 notified,
                         qint64 low, qint64 high)
{
    const auto list = [](qint64 id) {
        return id > 0 ? QByteArray::number(id) : QByteArray();
    };
    return "{\"cv\":[[" + QByteArray::number(low) + ',' + QByteArray::number(high) + "]],\"ma\":["
           + list(added) + "],\"mc\":[" + list(changed) + "],\"md\":[],\"mr\":[],\"na\":["
           + list(notification) + "],\"nc\":[],\"nu\":[" + list(notified)
           + "],\"ua\":[],\"ud\":[]}";
}

double processCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

double secondsOf(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

RawBaseline::RawBaseline(const Workload &workload, const QString &path)
    : m_workload(workload)
    , m_path(path)
{}

RawBaseline::~RawBaseline()
{
    sqlite3_close(m_db);
}

bool RawBaseline::exec(const char *sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    *error = QStringLiteral("raw baseline: %1").arg(QString::fromUtf8(message));
    sqlite3_free(message);
    return false;
}

std::optional<QJsonObject> RawBaseline::run(QString *error)
{
    QFile::remove(m_path);
    if (sqlite3_open_v2(m_path.toUtf8().constData(), &m_db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        *error = QStringLiteral("raw baseline: cannot open %1").arg(m_path);
        return std::nullopt;
    }
    // The store's pragmas and its own migration scripts, compiled into signalbox_store.
    if (!exec("PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; "
              "PRAGMA busy_timeout = 5000; PRAGMA wal_autocheckpoint = 10000; "
              "PRAGMA cache_size = -8192",
              error))
        return std::nullopt;
    const QDir migrations(QStringLiteral(":/migrations/sqlite"));
    const QStringList scripts
        = migrations.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    if (scripts.isEmpty()) {
        *error = QStringLiteral("raw baseline: the migration resources are missing");
        return std::nullopt;
    }
    for (const QString &name : scripts) {
        QFile script(migrations.filePath(name));
        if (!script.open(QIODevice::ReadOnly) || !exec(script.readAll().constData(), error)) {
            if (error->isEmpty())
                *error = QStringLiteral("raw baseline: cannot read %1").arg(name);
            return std::nullopt;
        }
    }

    // Users are set up untimed, with the store's INSERT.
    QList<qint64> userIds;
    {
        SqliteStatement insertUser(m_db,
                                   "INSERT INTO users (username, username_key, password_hash, "
                                   "created_at) VALUES (?, ?, ?, ?) RETURNING id");
        const QByteArray unusable("!");
        for (const QString &name : m_workload.users()) {
            const QByteArray utf8 = name.toUtf8();
            insertUser.bindText(1, utf8);
            insertUser.bindText(2, utf8);
            insertUser.bindText(3, unusable);
            insertUser.bind(4, nowMs());
            if (insertUser.step() != SQLITE_ROW) {
                *error = QStringLiteral("raw baseline: %1").arg(insertUser.error());
                return std::nullopt;
            }
            userIds.append(insertUser.int64(0));
            insertUser.reset();
        }
    }

    // A C program holds its text as UTF-8 already: converted before the clock starts.
    const auto &messages = m_workload.messages();
    QList<QByteArray> contents;
    contents.reserve(messages.size());
    for (const auto &m : messages)
        contents.append(m.content.toUtf8());
    const auto &edits = m_workload.edits();
    QList<QByteArray> editContents;
    editContents.reserve(edits.size());
    for (const auto &e : edits)
        editContents.append(e.content.toUtf8());

    SqliteStatement begin(m_db, "BEGIN IMMEDIATE");
    SqliteStatement commit(m_db, "COMMIT");
    SqliteStatement resolveUsers(m_db, "SELECT count(*), coalesce(sum(CASE WHEN id = ? THEN 1 ELSE "
                                       "0 END), 0) FROM users WHERE id IN (?, ?)");
    SqliteStatement parentOf(m_db, "SELECT sender_id, receiver_id FROM messages WHERE id = ?");
    SqliteStatement insertMessage(
        m_db, "INSERT INTO messages (sender_id, receiver_id, parent_message_id, "
              "content, timestamp, read) VALUES (?, ?, ?, ?, ?, ?) RETURNING id");
    SqliteStatement insertNotification(
        m_db, "INSERT INTO notifications (user_id, message_id, created_at, "
              "read) VALUES (?, ?, ?, ?) RETURNING id");
    SqliteStatement upsertSummary(
        m_db, "INSERT INTO conversations (user_id, peer_id, last_message_id, last_timestamp, "
              "unread_count) VALUES (?, ?, ?, ?, 0), (?, ?, ?, ?, ?) "
              "ON CONFLICT (user_id, peer_id) DO UPDATE SET "
              "last_message_id = excluded.last_message_id, "
              "last_timestamp = excluded.last_timestamp, "
              "unread_count = conversations.unread_count + excluded.unread_count");
    SqliteStatement loadMessage(
        m_db,
        "SELECT m.id, m.sender_id, s.username, m.receiver_id, r.username, m.parent_message_id, "
        "m.content, m.timestamp, m.edited, m.edited_at, m.read, m.deleted FROM messages m "
        "JOIN users s ON s.id = m.sender_id JOIN users r ON r.id = m.receiver_id WHERE m.id = ?");
    SqliteStatement insertHistory(
        m_db, "INSERT INTO message_history (message_id, old_content, edited_at, "
              "edited_by_id) VALUES (?, ?, ?, ?) RETURNING id");
    SqliteStatement updateMessage(
        m_db, "UPDATE messages SET content = ?, edited = ?, edited_at = ? WHERE id = ?");
    SqliteStatement logChange(
        m_db, "INSERT INTO change_log (origin, created_at, payload) VALUES (?, ?, ?) "
              "RETURNING id");
    const QByteArray origin = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    for (const SqliteStatement *s :
         {&begin, &commit, &resolveUsers, &parentOf, &insertMessage, &insertNotification,
          &upsertSummary, &loadMessage, &insertHistory, &updateMessage, &logChange}) {
        if (!s->isValid()) {
            *error = QStringLiteral("raw baseline: prepare failed: %1").arg(s->error());
            return std::nullopt;
        }
    }
    const auto fail = [error](const SqliteStatement &s) {
        *error = QStringLiteral("raw baseline: %1").arg(s.error());
        return std::nullopt;
    };
    const auto statements = [&]() {
        qint64 total = 0;
        for (const SqliteStatement *s :
             {&begin, &commit, &resolveUsers, &parentOf, &insertMessage, &insertNotification,
              &upsertSummary, &loadMessage, &insertHistory, &updateMessage, &logChange})
            total += s->executions();
        return total;
    };

    // b: each message with its notification and both conversation summaries, one commit each.
    QList<qint64> ids(messages.size());
    QElapsedTimer timer;
    double cpu = processCpuSeconds();
    timer.start();
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const auto &m = messages.at(i);
        const qint64 sender = userIds.at(m.sender);
        const qint64 receiver = userIds.at(m.receiver);
        if (!begin.run())
            return fail(begin);
        // Both accounts still exist, checked inside the write as the store does (issue 12).
        resolveUsers.bind(1, sender);
        resolveUsers.bind(2, sender);
        resolveUsers.bind(3, receiver);
        if (resolveUsers.step() != SQLITE_ROW)
            return fail(resolveUsers);
        const qint64 present = resolveUsers.int64(0);
        resolveUsers.reset();
        if (present != 2) {
            *error = QStringLiteral("raw baseline: message %1 names a missing user").arg(i);
            return std::nullopt;
        }
        if (m.parent >= 0) {
            parentOf.bind(1, ids.at(m.parent));
            if (parentOf.step() != SQLITE_ROW)
                return fail(parentOf);
            const qint64 a = parentOf.int64(0);
            const qint64 b = parentOf.int64(1);
            parentOf.reset();
            if (!((a == sender && b == receiver) || (a == receiver && b == sender))) {
                *error = QStringLiteral("raw baseline: reply %1 leaves its conversation").arg(i);
                return std::nullopt;
            }
        }
        const qint64 now = nowMs();
        insertMessage.bind(1, sender);
        insertMessage.bind(2, receiver);
        if (m.parent >= 0)
            insertMessage.bind(3, ids.at(m.parent));
        else
            insertMessage.bindNull(3);
        insertMessage.bindText(4, contents.at(i));
        insertMessage.bind(5, now);
        insertMessage.bind(6, 0);
        if (insertMessage.step() != SQLITE_ROW)
            return fail(insertMessage);
        const qint64 id = insertMessage.int64(0);
        insertMessage.reset();
        ids[i] = id;
        insertNotification.bind(1, receiver);
        insertNotification.bind(2, id);
        insertNotification.bind(3, now);
        insertNotification.bind(4, 0);
        if (insertNotification.step() != SQLITE_ROW)
            return fail(insertNotification);
        const qint64 notificationId = insertNotification.int64(0);
        insertNotification.reset();
        const qint64 values[] = {sender, receiver, id, now, receiver, sender, id, now, 1};
        for (int v = 0; v < 9; ++v)
            upsertSummary.bind(v + 1, values[v]);
        if (!upsertSummary.run())
            return fail(upsertSummary);
        const QByteArray payload
            = changePayload(id, 0, notificationId, receiver, std::min(sender, receiver),
                            std::max(sender, receiver));
        logChange.bindText(1, origin);
        logChange.bind(2, now);
        logChange.bindText(3, payload);
        if (!logChange.run())
            return fail(logChange);
        if (!commit.run())
            return fail(commit);
    }
    const double messageSeconds = secondsOf(timer);
    const double messageCpu = processCpuSeconds() - cpu;
    const qint64 messageStatements = statements();

    // c: load, history row, update; one commit each.
    cpu = processCpuSeconds();
    timer.restart();
    for (qsizetype k = 0; k < edits.size(); ++k) {
        const auto &e = edits.at(k);
        if (!begin.run())
            return fail(begin);
        loadMessage.bind(1, ids.at(e.message));
        if (loadMessage.step() != SQLITE_ROW)
            return fail(loadMessage);
        const qint64 id = loadMessage.int64(0);
        const qint64 sender = loadMessage.int64(1);
        const QByteArray senderName = loadMessage.text(2);
        const QByteArray receiverName = loadMessage.text(4);
        const QByteArray oldContent = loadMessage.text(6);
        loadMessage.reset();
        if (sender != userIds.at(messages.at(e.message).sender) || senderName.isEmpty()
            || receiverName.isEmpty()) {
            *error = QStringLiteral("raw baseline: edit %1 found the wrong message").arg(k);
            return std::nullopt;
        }
        if (oldContent == editContents.at(k)) {
            if (!commit.run())
                return fail(commit);
            continue;
        }
        const qint64 now = nowMs();
        insertHistory.bind(1, id);
        insertHistory.bindText(2, oldContent);
        insertHistory.bind(3, now);
        insertHistory.bind(4, sender);
        if (!insertHistory.run())
            return fail(insertHistory);
        updateMessage.bindText(1, editContents.at(k));
        updateMessage.bind(2, 1);
        updateMessage.bind(3, now);
        updateMessage.bind(4, id);
        if (!updateMessage.run())
            return fail(updateMessage);
        const qint64 receiver = userIds.at(messages.at(e.message).receiver);
        const QByteArray payload
            = changePayload(0, id, 0, 0, std::min(sender, receiver), std::max(sender, receiver));
        logChange.bindText(1, origin);
        logChange.bind(2, now);
        logChange.bindText(3, payload);
        if (!logChange.run())
            return fail(logChange);
        if (!commit.run())
            return fail(commit);
    }
    const double editSeconds = secondsOf(timer);
    const double editCpu = processCpuSeconds() - cpu;
    const qint64 editStatements = statements() - messageStatements;

    QJsonObject result;
    result.insert(
        QStringLiteral("b_create_messages"),
        QJsonObject{{QStringLiteral("seconds"), messageSeconds},
                    {QStringLiteral("cpu_seconds"), messageCpu},
                    {QStringLiteral("queries"), messageStatements},
                    {QStringLiteral("messages"), messages.size()},
                    {QStringLiteral("per_second"), double(messages.size()) / messageSeconds}});
    result.insert(QStringLiteral("c_edit_messages"),
                  QJsonObject{{QStringLiteral("seconds"), editSeconds},
                              {QStringLiteral("cpu_seconds"), editCpu},
                              {QStringLiteral("queries"), editStatements},
                              {QStringLiteral("edits"), edits.size()},
                              {QStringLiteral("per_second"), double(edits.size()) / editSeconds}});
    return result;
}

} // namespace signalbox::bench

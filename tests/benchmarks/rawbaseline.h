#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

struct sqlite3;

namespace signalbox::bench {

class Workload;

// Steps b (messages) and c (edits) of the workload with the very statements the store runs,
// straight through the SQLite C API: each prepared once, then bind, step, reset, one
// BEGIN IMMEDIATE … COMMIT per operation, same pragmas, same schema (the store's own
// migration). What the store would cost with no Qt, no signals and no bookkeeping.
class RawBaseline
{
public:
    RawBaseline(const Workload &workload, const QString &path);
    ~RawBaseline();
    RawBaseline(const RawBaseline &) = delete;
    RawBaseline &operator=(const RawBaseline &) = delete;

    // {"b_create_messages": {...}, "c_edit_messages": {...}}, or nullopt and *error.
    std::optional<QJsonObject> run(QString *error);

private:
    bool exec(const char *sql, QString *error);

    const Workload &m_workload;
    QString m_path;
    sqlite3 *m_db = nullptr;
};

} // namespace signalbox::bench

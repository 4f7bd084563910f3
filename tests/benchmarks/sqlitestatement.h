#pragma once

#include <QByteArray>
#include <QString>

#include <sqlite3.h>

namespace signalbox::bench {

// One statement of the raw SQLite baseline: prepared once, then bound, stepped and reset for
// every use, as a C program would. Text is bound without a copy: keep it alive until reset().
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql)
        : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
            m_statement = nullptr;
    }
    ~SqliteStatement() { sqlite3_finalize(m_statement); }
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }

    void bind(int index, qint64 value) { sqlite3_bind_int64(m_statement, index, value); }
    void bindNull(int index) { sqlite3_bind_null(m_statement, index); }
    void bindText(int index, const QByteArray &utf8)
    {
        sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    }

    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step()
    {
        ++m_executions;
        return sqlite3_step(m_statement);
    }
    // Runs a statement that returns no rows to its end; false on an error.
    bool run()
    {
        const int rc = step();
        sqlite3_reset(m_statement);
        return rc == SQLITE_DONE || rc == SQLITE_ROW;
    }
    void reset() { sqlite3_reset(m_statement); }

    qint64 int64(int column) const { return sqlite3_column_int64(m_statement, column); }
    bool isNull(int column) const
    {
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    }
    QByteArray text(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QByteArray(data, sqlite3_column_bytes(m_statement, column));
    }

    // How many times the statement was started (the raw side's statement count).
    qint64 executions() const { return m_executions; }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    qint64 m_executions = 0;
};

} // namespace signalbox::bench

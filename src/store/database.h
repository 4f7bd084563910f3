#pragma once

#include "storeerror.h"
#include "values.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>

struct sqlite3;

namespace signalbox {

class StoreUrl;

// A person signing in to a PostgreSQL team store: their Signalbox name and password, which are
// the database credentials of their own login role (MemberRole).
struct Login
{
    QString username;
    QString password;
};

// One connection to a store (SQLite file or PostgreSQL server): prepared statements cached by
// their text, executed with bound values, counted, and always reset after use so that no
// statement keeps a read snapshot open between operations.
class Database
{
public:
    enum class Dialect { Sqlite, Postgres };
    // Who the connection is: SQLite's file (no roles), or on PostgreSQL the team's administrator
    // (a member of signalbox_owner) or one member's login role (docs/team-mode.md).
    enum class Access { Local, Administrator, Member };
    // Use: a store ready for its operations (migrated, team mode checked). Administer: only the
    // connection, for TeamAdmin::init, which sets the team up.
    enum class Purpose { Use, Administer };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // A file path, "sqlite:PATH", ":memory:" or "postgresql://user[:password]@host[:port]/db".
    // Only a missing file creates a store; anything else that is not a store is refused.
    // On PostgreSQL, login (when given) replaces the URL's user and password: the person's
    // role and password. A refused password is WrongPassword; an unreachable server CannotOpen.
    static Result<std::unique_ptr<Database>> open(const QString &url, const Login *login = nullptr,
                                                  Purpose purpose = Purpose::Use);
    // A PostgreSQL store that nobody has signed in to yet (the URL names no user): every
    // statement fails with CannotOpen until a Store replaces it with a member's connection.
    static std::unique_ptr<Database> awaitingSignIn(const QString &url);
    static QString defaultUrl();

    Access access() const { return m_access; }
    bool isConnected() const { return m_connected; }
    // PostgreSQL: the login role of this connection (session_user); empty for SQLite.
    QString sessionRole() const { return m_sessionRole; }
    // PostgreSQL: the SCRAM-SHA-256 verifier of password for role, computed here by libpq
    // (PQencryptPasswordConn), so that no password is ever part of an SQL statement.
    Result<QString> passwordVerifier(const QString &role, const QString &password);

    Dialect dialect() const { return m_dialect; }
    QString url() const { return m_url; }
    // The SQLite file, or an empty string for PostgreSQL and ":memory:".
    QString filePath() const { return m_filePath; }
    QSqlDatabase connection() const;

    // How many statements this connection has executed: the query budget tests assert on.
    qint64 statementCount() const { return m_statementCount; }

    // Runs a statement and hands each result row to rowFn. The statement is reset afterwards.
    template<typename RowFn>
    Status select(const QString &sql, const QVariantList &values, RowFn &&rowFn)
    {
        return readRows(run(sql, values), sql, std::forward<RowFn>(rowFn));
    }
    // As select(), for a statement a connection runs once (opening it, signing in): sent as it
    // is and not kept, one round trip on PostgreSQL instead of two (PREPARE, then EXECUTE).
    // It takes no values.
    template<typename RowFn>
    Status selectOnce(const QString &sql, RowFn &&rowFn)
    {
        return readRows(run(sql, {}, Statement::Once), sql, std::forward<RowFn>(rowFn));
    }
    // Runs a statement that changes rows; returns how many it changed.
    Result<int> execute(const QString &sql, const QVariantList &values = {});
    // Runs an INSERT … RETURNING id; returns the id.
    Result<Id> insert(const QString &sql, const QVariantList &values);
    // Runs a statement with a single value as result (count, max); null when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &values = {});
    // Runs a script of several statements without counting or caching (migrations).
    Status executeScript(const QString &script);

    // Write transactions start with BEGIN IMMEDIATE on SQLite so that a second writer waits
    // for the busy timeout instead of failing on its first write.
    Status beginWrite();
    Status commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

    // How long a statement waits for another connection's lock before failing with Busy
    // (SQLite; the product keeps the default of 5000 ms, tests shorten it).
    Status setBusyTimeout(int ms);

    // SQLite: copies the write-ahead log into the file and truncates it to zero bytes (after a
    // delete, so that the deleted text survives in neither). Busy when a reader holds an old
    // snapshot past the busy timeout. Nothing to do on PostgreSQL and in memory.
    Status truncateLog();

    int schemaVersion() const { return m_schemaVersion; }
    // SQLite's PRAGMA data_version: changes when another connection commits. Not counted as a
    // statement: it is the idle poll of ChangeFeed, not work an operation does.
    qint64 dataVersion();

private:
    // Reads a forward-only result to its end (see the .cpp: a NOTIFY behind it is seen).
    static void readToTheEnd(QSqlQuery &query);
    Database();
    Status openSqlite(const QString &path);
    Status openPostgres(const StoreUrl &url, const Login *login, Purpose purpose);
    Status prepareTeamStore();
    Status configureConnection();
    enum class Statement { Prepared, Once };
    QSqlQuery *run(const QString &sql, const QVariantList &values,
                   Statement kind = Statement::Prepared);
    template<typename RowFn>
    Status readRows(QSqlQuery *query, const QString &sql, RowFn &&rowFn)
    {
        if (!query)
            return m_lastError;
        while (query->next())
            rowFn(*query);
        const bool failed = query->lastError().isValid();
        query->finish();
        if (failed)
            return errorFrom(*query, sql);
        return success();
    }
    QSqlQuery *prepared(const QString &sql);
    QSqlQuery *directQuery();
    StoreError errorFrom(const QSqlQuery &query, const QString &sql) const;

    QString m_connectionName;
    QString m_url;
    QString m_filePath;
    Dialect m_dialect = Dialect::Sqlite;
    Access m_access = Access::Local;
    bool m_connected = false;
    QString m_sessionRole;
    QHash<QString, QSqlQuery *> m_statements;
    std::vector<std::unique_ptr<QSqlQuery>> m_owned;
    qint64 m_statementCount = 0;
    bool m_inTransaction = false;
    // SQLite rolls a whole transaction back by itself after some errors (a full disk, for
    // one): then nothing more may run in it, or it would commit on its own, half-written.
    bool m_transactionLost = false;
    ::sqlite3 *m_sqlite = nullptr;
    int m_schemaVersion = 0;
    StoreError m_lastError;
    std::unique_ptr<QSqlQuery> m_dataVersionQuery;
    std::unique_ptr<QSqlQuery> m_directQuery;
};

} // namespace signalbox

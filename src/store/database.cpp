#include "database.h"

#include "memberrole.h"
#include "migrator.h"
#include "privatefiles.h"
#include "storefile.h"
#include "storeurl.h"
#include "teamadmin.h"
#include "textfold.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QUuid>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <utility>

namespace signalbox {

Q_LOGGING_CATEGORY(lcDatabase, "signalbox.store.database")

namespace {

constexpr int BusyTimeoutMs = 5000;

QString newConnectionName()
{
    return QStringLiteral("signalbox-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The primary SQLite result code (the low byte of an extended one), or -1.
int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

// signalbox_fold(text): textfold::fold() as an SQL function, for the search index's view.
void foldFunction(sqlite3_context *context, int, sqlite3_value **arguments)
{
    if (sqlite3_value_type(arguments[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = static_cast<const char16_t *>(sqlite3_value_text16(arguments[0]));
    const int bytes = sqlite3_value_bytes16(arguments[0]);
    const QString folded = textfold::fold(QStringView(text, bytes / 2));
    sqlite3_result_text16(context, folded.utf16(), int(folded.size() * 2), SQLITE_TRANSIENT);
}

} // namespace

StoreError StoreError::fromDriver(const QString &what, const QString &driverText, int code)
{
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return make(Busy,
                    tr("The store is busy with another program; try again. (%1)").arg(driverText));
    case 13: // SQLITE_FULL
        return make(Full, tr("The store is full: there is no room left on the disk. Nothing was "
                             "saved. (%1)")
                              .arg(driverText));
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return make(Corrupt, tr("The store is damaged. (%1)").arg(driverText));
    case 8:  // SQLITE_READONLY
    case 14: // SQLITE_CANTOPEN
    case 23: // SQLITE_AUTH
        return make(CannotOpen, tr("The store cannot be written. (%1)").arg(driverText));
    default:
        return make(Internal, tr("%1 failed: %2").arg(what, driverText));
    }
}

QString StoreError::codeName(Code code)
{
    switch (code) {
    case InvalidInput:
        return QStringLiteral("invalid-input");
    case NotFound:
        return QStringLiteral("not-found");
    case PermissionDenied:
        return QStringLiteral("permission-denied");
    case WrongPassword:
        return QStringLiteral("wrong-password");
    case Duplicate:
        return QStringLiteral("duplicate");
    case Busy:
        return QStringLiteral("busy");
    case Corrupt:
        return QStringLiteral("corrupt");
    case NewerSchema:
        return QStringLiteral("newer-schema");
    case CannotOpen:
        return QStringLiteral("cannot-open");
    case Full:
        return QStringLiteral("full");
    case Cancelled:
        return QStringLiteral("cancelled");
    case Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

Database::Database()
    : m_connectionName(newConnectionName())
{}

Database::~Database()
{
    if (m_inTransaction)
        rollback();
    m_statements.clear();
    m_owned.clear();
    m_dataVersionQuery.reset();
    m_directQuery.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultUrl()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("signalbox.sqlite3"));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const QString &url, const Login *login,
                                                 Purpose purpose)
{
    std::unique_ptr<Database> db(new Database);
    db->m_url = url;
    const auto parsed = StoreUrl::parse(url);
    if (!parsed)
        return parsed.error();
    Status status = success();
    if (parsed->kind() == StoreUrl::Kind::Postgres) {
        db->m_dialect = Dialect::Postgres;
        status = db->openPostgres(*parsed, login, purpose);
    } else {
        status = db->openSqlite(parsed->path());
    }
    if (!status)
        return status.error();
    return db;
}

std::unique_ptr<Database> Database::awaitingSignIn(const QString &url)
{
    std::unique_ptr<Database> db(new Database);
    db->m_dialect = Dialect::Postgres;
    db->m_access = Access::Member;
    const auto parsed = StoreUrl::parse(url);
    db->m_url = parsed ? parsed->displayText() : StoreUrl::displayTextOf(url);
    db->m_lastError = StoreError::make(
        StoreError::CannotOpen,
        StoreError::tr("Sign in first: on the team store %1 every person connects with their "
                       "own name and password.")
            .arg(db->m_url));
    return db;
}

Status Database::openSqlite(const QString &path)
{
    const bool inMemory = path == QLatin1String(":memory:");
    if (!inMemory) {
        const auto state = StoreFile::inspect(path);
        if (!state)
            return state.error();
        const QFileInfo info(path);
        if (*state == StoreFile::State::Missing) {
            // The folder 0700 and the file 0600 before SQLite opens it: its -wal and -shm take
            // the file's mode, so nothing of the store is ever readable by another account.
            if (Status made = PrivateFiles::createFolder(info.absolutePath()); !made)
                return made;
            if (Status made = PrivateFiles::createFile(path); !made)
                return made;
        } else {
            // Read the schema version without writing: a newer or foreign store stays untouched.
            const auto version = Migrator::inspectReadOnly(path);
            if (!version)
                return version.error();
            // A store written before modes were kept (or copied in by hand) is tightened now.
            PrivateFiles::tightenStore(path);
        }
        if (info.absolutePath() == QFileInfo(defaultUrl()).absolutePath())
            PrivateFiles::tighten(info.absolutePath(), PrivateFiles::FolderMode);
        m_filePath = QFileInfo(path).absoluteFilePath();
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!db.open())
        return StoreError::fromDriver(StoreError::tr("Opening the store %1").arg(path),
                                      db.lastError().text(), sqliteCode(db.lastError()));
    m_connected = true;
    if (auto status = configureConnection(); !status)
        return status;
    auto version = Migrator::migrate(*this);
    if (!version)
        return version.error();
    m_schemaVersion = *version;
    // WAL (readers never wait for the writer) only once the store is known good: until then a
    // failed migration rolls back through the journal and leaves the file byte-for-byte as it was.
    if (QSqlQuery wal(connection()); !wal.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return errorFrom(wal, QStringLiteral("PRAGMA journal_mode = WAL"));
    return success();
}

Status Database::openPostgres(const StoreUrl &url, const Login *login, Purpose purpose)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!db.isValid())
        return StoreError::make(
            StoreError::CannotOpen,
            StoreError::tr("PostgreSQL support (Qt's QPSQL driver) is not installed."));
    db.setHostName(url.host());
    db.setPort(url.port());
    // A member signs in as their own role; otherwise the URL's user (or libpq's default, the
    // account's name), and its password, PGPASSFILE or ~/.pgpass.
    db.setUserName(login ? MemberRole::of(login->username) : url.userName());
    db.setPassword(login ? login->password : url.password());
    db.setDatabaseName(url.databaseName());
    // Warnings only, and a writer waits a few seconds for a lock, then hears Busy (as SQLite's
    // busy timeout): set in the startup message, not by statements of their own, which would
    // cost every new connection two more round trips.
    db.setConnectOptions(url.connectOptions(
        QStringLiteral("-c client_min_messages=warning -c lock_timeout=%1").arg(BusyTimeoutMs)));
    if (!db.open()) {
        // The server's reason; the driver's own words ("QPSQL: Unable to connect") go to the
        // debug log only. Neither ever holds the password.
        qCDebug(lcDatabase) << "opening" << url.displayText() << "failed:" << db.lastError().text();
        const QString reason = db.lastError().databaseText().simplified();
        const bool refused = reason.contains(QLatin1String("password authentication failed"))
                             || reason.contains(QLatin1String("no password supplied"));
        if (refused && login)
            return StoreError::make(StoreError::WrongPassword,
                                    StoreError::tr("Wrong name or password."));
        if (refused)
            return StoreError::make(
                StoreError::WrongPassword,
                StoreError::tr("The PostgreSQL store %1 refused the password of its user.")
                    .arg(url.displayText()));
        return StoreError::make(
            StoreError::CannotOpen,
            StoreError::tr("The PostgreSQL store %1 cannot be opened: %2")
                .arg(url.displayText(),
                     reason.isEmpty() ? StoreError::tr("the server cannot be reached") : reason));
    }
    m_url = url.displayText();
    m_connected = true;
    {
        QSqlQuery who(db);
        if (!who.exec(QStringLiteral(
                "SELECT session_user, "
                "CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'signalbox_owner') "
                "THEN pg_has_role(session_user, 'signalbox_owner', 'USAGE') ELSE false END, "
                "CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'signalbox_member') "
                "THEN pg_has_role(session_user, 'signalbox_member', 'MEMBER') ELSE false END"))
            || !who.next())
            return errorFrom(who, QStringLiteral("SELECT session_user"));
        m_sessionRole = who.value(0).toString();
        m_access = who.value(1).toBool() ? Access::Administrator : Access::Member;
        const bool member = who.value(2).toBool();
        if (purpose == Purpose::Administer)
            return success();
        if (!who.value(1).toBool() && !member)
            return StoreError::make(
                StoreError::CannotOpen,
                StoreError::tr("The PostgreSQL store %1 is not set up for a team, or %2 is not one "
                               "of its members. Its administrator runs “signalbox-cli --db "
                               "ADMIN_URL team init” once, then “team add NAME” for each person.")
                    .arg(m_url, m_sessionRole));
    }
    return prepareTeamStore();
}

// The administrator brings the schema up to date as its owner (and renews the policies when a
// migration ran); a member may only find it up to date.
Status Database::prepareTeamStore()
{
    if (m_access == Access::Member) {
        auto version = Migrator::check(*this);
        if (!version)
            return version.error();
        m_schemaVersion = *version;
        return success();
    }
    if (auto owner = execute(QStringLiteral("SET ROLE signalbox_owner")); !owner)
        return owner.error();
    const auto before = Migrator::check(*this);
    auto version = Migrator::migrate(*this);
    Status status = version ? success() : Status(version.error());
    if (status && !before)
        status = TeamAdmin::applyPolicies(*this);
    (void)execute(QStringLiteral("RESET ROLE"));
    if (!status)
        return status;
    m_schemaVersion = *version;
    return success();
}

Result<QString> Database::passwordVerifier(const QString &role, const QString &password)
{
    const QVariant handle = connection().driver()->handle();
    // Qt's driver declares the handle as its own pointer type, named after libpq's struct.
    PGconn *conn = handle.isValid() && qstrcmp(handle.typeName(), "pg_conn*") == 0
                       ? *static_cast<PGconn *const *>(handle.data())
                       : nullptr;
    if (!conn)
        return StoreError::make(StoreError::Internal,
                                StoreError::tr("No PostgreSQL connection to compute a password "
                                               "verifier with (%1).")
                                    .arg(QString::fromLatin1(handle.typeName())));
    QByteArray secret = password.toUtf8();
    char *verifier = PQencryptPasswordConn(conn, secret.constData(), role.toUtf8().constData(),
                                           "scram-sha-256");
    secret.fill('\0');
    if (!verifier)
        return StoreError::make(StoreError::Internal,
                                StoreError::tr("libpq could not compute a password verifier: %1")
                                    .arg(QString::fromUtf8(PQerrorMessage(conn)).simplified()));
    const QString result = QString::fromUtf8(verifier);
    PQfreemem(verifier);
    return result;
}

Status Database::configureConnection()
{
    static const char *const pragmas[] = {
        "PRAGMA foreign_keys = ON",    // Qt leaves it off
        "PRAGMA synchronous = NORMAL", // no fsync per commit (WAL); a process crash loses nothing
        "PRAGMA busy_timeout = 5000",
        // Deleted rows are overwritten with zeros, not only unlinked (Debian happens to build
        // SQLite with this on; the store must not depend on it).
        "PRAGMA secure_delete = ON",
        // Checkpoint (copy the log into the file, with two fsyncs) after 10,000 log pages
        // rather than SQLite's 1,000: a send writes about ten pages, so the checkpoint and its
        // fsyncs came every hundred sends (docs/benchmarks.md).
        "PRAGMA wal_autocheckpoint = 10000",
        // 8 MiB of page cache instead of SQLite's 2 MiB: deleting a user or listing every
        // unread message touches pages all over the store, and with the small cache they were
        // read again (and spilled to the log mid-transaction) many times. The benchmark's peak
        // memory stays under its 40 MiB budget (docs/benchmarks.md).
        "PRAGMA cache_size = -8192",
    };
    QSqlQuery query(connection());
    for (const char *pragma : pragmas) {
        if (!query.exec(QString::fromLatin1(pragma)))
            return errorFrom(query, QString::fromLatin1(pragma));
        query.finish();
    }
    // The driver's handle (Qt documents this use of QSqlDriver::handle()): Qt's SQLite driver
    // links the system's libsqlite3, the same library the store links.
    const QVariant handle = connection().driver()->handle();
    sqlite3 *sqlite = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                          ? *static_cast<sqlite3 *const *>(handle.data())
                          : nullptr;
    m_sqlite = sqlite;
    if (!sqlite
        || sqlite3_create_function_v2(sqlite, "signalbox_fold", 1,
                                      SQLITE_UTF16 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                      nullptr, foldFunction, nullptr, nullptr, nullptr)
               != SQLITE_OK)
        return StoreError::make(StoreError::Internal,
                                StoreError::tr("The search function cannot be registered with "
                                               "SQLite."));
    return success();
}

Status Database::setBusyTimeout(int ms)
{
    if (m_dialect != Dialect::Sqlite)
        return success();
    const QString pragma = QStringLiteral("PRAGMA busy_timeout = %1").arg(qMax(0, ms));
    QSqlQuery query(connection());
    if (!query.exec(pragma))
        return errorFrom(query, pragma);
    query.finish();
    return success();
}

QSqlQuery *Database::prepared(const QString &sql)
{
    if (QSqlQuery *query = m_statements.value(sql))
        return query;
    auto query = std::make_unique<QSqlQuery>(connection());
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        m_lastError = errorFrom(*query, sql);
        return nullptr;
    }
    QSqlQuery *raw = query.get();
    m_owned.push_back(std::move(query));
    m_statements.insert(sql, raw);
    return raw;
}

QSqlQuery *Database::directQuery()
{
    if (!m_directQuery) {
        m_directQuery = std::make_unique<QSqlQuery>(connection());
        m_directQuery->setForwardOnly(true);
    }
    return m_directQuery.get();
}

QSqlQuery *Database::run(const QString &sql, const QVariantList &values, Statement kind)
{
    // The transaction is gone (SQLite rolled it back after an error): m_lastError still says
    // why, and nothing runs outside it.
    if ((m_inTransaction && m_transactionLost) || !m_connected)
        return nullptr;
    // PostgreSQL cannot PREPARE transaction control or DDL: those run as they are, and so does a
    // statement run once (its PREPARE would be one more round trip, for nothing).
    Q_ASSERT(kind == Statement::Prepared || values.isEmpty());
    const bool direct = kind == Statement::Once
                        || (m_dialect == Dialect::Postgres && values.isEmpty()
                            && !sql.startsWith(QLatin1String("SELECT"))
                            && !sql.startsWith(QLatin1String("WITH")));
    QSqlQuery *query = direct ? directQuery() : prepared(sql);
    if (!query)
        return nullptr;
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i));
    ++m_statementCount;
    if (!(direct ? query->exec(sql) : query->exec())) {
        m_lastError = errorFrom(*query, sql);
        query->finish();
        if (m_inTransaction && m_sqlite && sqlite3_get_autocommit(m_sqlite))
            m_transactionLost = true;
        return nullptr;
    }
    return query;
}

Result<int> Database::execute(const QString &sql, const QVariantList &values)
{
    QSqlQuery *query = run(sql, values);
    if (!query)
        return m_lastError;
    const int affected = query->numRowsAffected();
    query->finish();
    return affected;
}

void Database::readToTheEnd(QSqlQuery &query)
{
    // Qt's PostgreSQL driver reads a forward-only result row by row, and finish() leaves what
    // is not read in libpq: the end of the result, and behind it any NOTIFY that arrives
    // before the next statement. libpq parses nothing past an unread result, so the change
    // feed listening on this connection would hear nothing until the person's next statement.
    // Reading to the end (one more row: the end of the result) lets libpq parse what follows.
    while (query.next()) {}
}

Result<Id> Database::insert(const QString &sql, const QVariantList &values)
{
    QSqlQuery *query = run(sql, values);
    if (!query)
        return m_lastError;
    const bool hasRow = query->next();
    const Id id = hasRow ? query->value(0).toLongLong() : 0;
    readToTheEnd(*query);
    query->finish();
    if (!hasRow)
        return StoreError::make(StoreError::Internal, StoreError::tr("The store returned no id."));
    return id;
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery *query = run(sql, values);
    if (!query)
        return m_lastError;
    QVariant value;
    if (query->next())
        value = query->value(0);
    readToTheEnd(*query);
    const bool failed = query->lastError().isValid();
    query->finish();
    if (failed)
        return errorFrom(*query, sql);
    return value;
}

Status Database::executeScript(const QString &script)
{
    // Whole-line comments go; statements end with a semicolon at the end of a line, except
    // inside a dollar-quoted body ($$ … $$, $do$ … $do$: functions and DO blocks).
    static const QRegularExpression dollarTag(QStringLiteral("\\$[A-Za-z_]*\\$"));
    static const QRegularExpression end(QStringLiteral(";\\s*$"));
    QStringList statements;
    QString current;
    QString openTag;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        if (openTag.isEmpty() && line.trimmed().startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        for (auto it = dollarTag.globalMatch(line); it.hasNext();) {
            const QString tag = it.next().captured();
            if (openTag.isEmpty())
                openTag = tag;
            else if (tag == openTag)
                openTag.clear();
        }
        if (openTag.isEmpty() && end.match(line).hasMatch()) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    QSqlQuery query(connection());
    for (const QString &statement : std::as_const(statements)) {
        QString sql = statement;
        if (sql.endsWith(QLatin1Char(';')))
            sql.chop(1);
        if (sql.trimmed().isEmpty())
            continue;
        if (!query.exec(sql))
            return errorFrom(query, sql);
        query.finish();
    }
    return success();
}

Status Database::beginWrite()
{
    Q_ASSERT(!m_inTransaction);
    const QString sql = m_dialect == Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                                                     : QStringLiteral("BEGIN");
    auto result = execute(sql);
    if (!result)
        return result.error();
    m_inTransaction = true;
    return success();
}

Status Database::commit()
{
    Q_ASSERT(m_inTransaction);
    auto result = execute(QStringLiteral("COMMIT"));
    if (!result)
        return result.error();
    m_inTransaction = false;
    return success();
}

void Database::rollback()
{
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    for (QSqlQuery *query : std::as_const(m_statements))
        query->finish();
    if (std::exchange(m_transactionLost, false))
        return; // SQLite has rolled it back already
    auto result = execute(QStringLiteral("ROLLBACK"));
    if (!result)
        qCWarning(lcDatabase) << "rollback failed:" << result.error().message;
}

Status Database::truncateLog()
{
    if (m_dialect != Dialect::Sqlite || m_filePath.isEmpty())
        return success();
    // TRUNCATE: every frame copied into the file, then the log cut to zero bytes, so that the
    // old versions of the pages a delete rewrote are nowhere any more. It waits (the busy
    // timeout) only for a connection in the middle of a read; idle connections do not stop it.
    QSqlQuery query(connection());
    const QString sql = QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)");
    ++m_statementCount;
    if (!query.exec(sql))
        return errorFrom(query, sql);
    const bool blocked = query.next() && query.value(0).toInt() != 0;
    query.finish();
    if (blocked)
        return StoreError::make(StoreError::Busy,
                                StoreError::tr("The store's log could not be emptied: another "
                                               "program is reading it."));
    return success();
}

qint64 Database::dataVersion()
{
    if (m_dialect != Dialect::Sqlite)
        return 0;
    if (!m_dataVersionQuery) {
        m_dataVersionQuery = std::make_unique<QSqlQuery>(connection());
        m_dataVersionQuery->setForwardOnly(true);
        m_dataVersionQuery->prepare(QStringLiteral("PRAGMA data_version"));
    }
    qint64 version = -1;
    if (m_dataVersionQuery->exec() && m_dataVersionQuery->next())
        version = m_dataVersionQuery->value(0).toLongLong();
    m_dataVersionQuery->finish();
    return version;
}

StoreError Database::errorFrom(const QSqlQuery &query, const QString &sql) const
{
    const QSqlError error = query.lastError();
    if (m_dialect == Dialect::Postgres) {
        const QString state = error.nativeErrorCode();
        if (state == QLatin1String("40001") || state == QLatin1String("40P01")
            || state == QLatin1String("55P03"))
            return StoreError::fromDriver(sql, error.text(), 5);
        if (state == QLatin1String("53100"))
            return StoreError::fromDriver(sql, error.text(), 13);
        // insufficient_privilege: a grant, a row-level security policy or a team trigger said no.
        if (state == QLatin1String("42501"))
            return StoreError::make(StoreError::PermissionDenied,
                                    StoreError::tr("The server refused this: %1")
                                        .arg(error.databaseText().simplified()));
        return StoreError::fromDriver(StoreError::tr("A store query"), error.text(), -1);
    }
    qCDebug(lcDatabase) << "statement failed:" << sql << error.text();
    return StoreError::fromDriver(StoreError::tr("A store query"), error.text(), sqliteCode(error));
}

} // namespace signalbox

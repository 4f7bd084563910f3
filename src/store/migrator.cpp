#include "migrator.h"

#include "database.h"
#include "searchindexer.h"
#include "usernames.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <algorithm>

namespace signalbox {

namespace {

QString dialectFolder(Database::Dialect dialect)
{
    return dialect == Database::Dialect::Sqlite ? QStringLiteral(":/migrations/sqlite")
                                                : QStringLiteral(":/migrations/postgresql");
}

// version -> resource path, from file names like 0001_initial.sql
QMap<int, QString> migrationFiles(Database::Dialect dialect)
{
    QMap<int, QString> files;
    const QDir dir(dialectFolder(dialect));
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        bool ok = false;
        const int version = name.section(QLatin1Char('_'), 0, 0).toInt(&ok);
        if (ok)
            files.insert(version, dir.filePath(name));
    }
    return files;
}

// Bytes 18 and 19 of the header are 2 for a database in WAL mode.
bool isWalFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(20);
    return header.size() == 20 && header.at(18) == 2 && header.at(19) == 2;
}

StoreError newerSchema(int found)
{
    return StoreError::make(
        StoreError::NewerSchema,
        StoreError::tr("This store was written by a newer Signalbox (schema %1; "
                       "this version knows up to %2). Update Signalbox to open "
                       "it; the store was left unchanged.")
            .arg(found)
            .arg(Migrator::latestVersion()));
}

// The schema that added users.username_skeleton: its rows need ICU, which SQL has not.
constexpr int UsernameSkeletonVersion = 4;

Status fillUsernameSkeletons(Database &db)
{
    QList<std::pair<Id, QString>> users;
    Status read = db.select(QStringLiteral("SELECT id, username FROM users"), {},
                            [&users](const QSqlQuery &q) {
                                users.append({q.value(0).toLongLong(), q.value(1).toString()});
                            });
    if (!read)
        return read;
    // One prepared statement for every row: an existing store has a few hundred accounts.
    for (const auto &[id, name] : std::as_const(users)) {
        auto updated
            = db.execute(QStringLiteral("UPDATE users SET username_skeleton = ? WHERE id = ?"),
                         {Usernames::skeleton(name), id});
        if (!updated)
            return updated.error();
    }
    return success();
}

Migrator::ProgressHandler &progressHandler()
{
    static Migrator::ProgressHandler handler;
    return handler;
}

// What a migration does besides its script: version 5 fills the new search index (SQLite; on
// PostgreSQL the script's CREATE INDEX builds it).
Status afterScript(Database &db, int version)
{
    if (version != 5)
        return success();
    if (db.dialect() != Database::Dialect::Sqlite)
        return success();
    const QString step = StoreError::tr("Building the search index");
    return SearchIndexer::build(
        db, [&step](qint64 done, qint64 total) { Migrator::reportProgress(step, done, total); });
}

} // namespace

void Migrator::setProgressHandler(ProgressHandler handler)
{
    progressHandler() = std::move(handler);
}

void Migrator::reportProgress(const QString &step, qint64 done, qint64 total)
{
    if (progressHandler())
        progressHandler()(step, done, total);
}

int Migrator::latestVersion()
{
    const auto files = migrationFiles(Database::Dialect::Sqlite);
    return files.isEmpty() ? 0 : files.lastKey();
}

QList<int> Migrator::knownVersions()
{
    return migrationFiles(Database::Dialect::Sqlite).keys();
}

Result<int> Migrator::inspectReadOnly(const QString &path)
{
    const QString name = QStringLiteral("signalbox-inspect-") + QUuid::createUuid().toString();
    Result<int> result = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        // A read-only connection to a WAL store creates its -wal and -shm files. Without a log
        // beside it nothing needs replaying: read the file as immutable and leave the folder as
        // it was. With a log (the store is open elsewhere or was not closed), read through it.
        if (QFileInfo::exists(path + QStringLiteral("-wal"))) {
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        } else {
            QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
            uri.setQuery(QStringLiteral("mode=ro&immutable=1"));
            db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        }
        const auto corrupt = [&path](const QString &why) {
            return StoreError::make(
                StoreError::Corrupt,
                StoreError::tr("The store %1 is damaged or not a Signalbox store "
                               "(%2). It was left unchanged.")
                    .arg(path, why));
        };
        if (!db.open()) {
            result = StoreError::make(StoreError::CannotOpen,
                                      StoreError::tr("The store %1 cannot be opened: %2")
                                          .arg(path, db.lastError().text()));
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SELECT count(*), "
                                           "sum(name = 'schema_migrations') FROM sqlite_master"))
                || !query.next()) {
                const QString text = query.lastError().text();
                const int code = query.lastError().nativeErrorCode().toInt() & 0xff;
                result = (code == 5 || code == 6) ? StoreError::fromDriver(QString(), text, code)
                                                  : corrupt(text);
            } else if (query.value(0).toInt() > 0 && query.value(1).toInt() == 0) {
                result = corrupt(StoreError::tr("it holds tables of another program"));
            } else if (query.value(1).toInt() > 0) {
                const bool othersToo = query.value(0).toInt() > 1;
                query.finish();
                // Migrating writes before it can fail: a table that only looks like ours, or
                // one that records nothing beside other tables, is refused here, untouched.
                if (!query.exec(
                        QStringLiteral("SELECT (SELECT count(*) FROM "
                                       "pragma_table_info('schema_migrations') WHERE name IN "
                                       "('version', 'name', 'applied_at')), "
                                       "(SELECT max(version) FROM schema_migrations)"))
                    || !query.next()) {
                    result = corrupt(query.lastError().text());
                } else if (query.value(0).toInt() != 3 || (query.value(1).isNull() && othersToo)
                           || (!query.value(1).isNull() && query.value(1).toInt() < 1)) {
                    result
                        = corrupt(StoreError::tr("its schema_migrations table is not Signalbox's"));
                } else if (query.value(1).isNull()) {
                    result = 0;
                } else if (query.value(1).toInt() > latestVersion()) {
                    result = newerSchema(query.value(1).toInt());
                } else {
                    result = query.value(1).toInt();
                }
            }
            query.finish();
            // Opening writes to a store that is not in WAL mode yet or needs migrating: check it
            // all before that, so that damage found later never comes after a change. A store
            // already at this version in WAL mode (every start-up after the first) skips the
            // scan, which costs time in proportion to its size.
            if (result && (!isWalFile(path) || *result < latestVersion())) {
                if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()
                    || query.value(0).toString() != QLatin1String("ok"))
                    result = corrupt(query.lastError().isValid() ? query.lastError().text()
                                                                 : query.value(0).toString());
                query.finish();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

namespace {
// The versions schema_migrations records, and the highest of them.
Status appliedVersions(Database &db, QSet<int> *applied, int *version)
{
    return db.selectOnce(QStringLiteral("SELECT version FROM schema_migrations"),
                         [&](const QSqlQuery &q) {
                             const int v = q.value(0).toInt();
                             applied->insert(v);
                             *version = std::max(*version, v);
                         });
}
} // namespace

Result<int> Migrator::check(Database &db)
{
    const QMap<int, QString> files = migrationFiles(db.dialect());
    QSet<int> applied;
    int version = 0;
    Status listed = appliedVersions(db, &applied, &version);
    if (!listed)
        return StoreError::make(StoreError::CannotOpen,
                                StoreError::tr("The store %1 has no Signalbox schema yet: its "
                                               "administrator runs “signalbox-cli --db ADMIN_URL "
                                               "team init”.")
                                    .arg(db.url()));
    if (version > files.lastKey())
        return newerSchema(version);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (!applied.contains(it.key()))
            return StoreError::make(
                StoreError::CannotOpen,
                StoreError::tr("The store %1 needs an update (migration %2) that only its "
                               "administrator can make: they run “signalbox-cli --db ADMIN_URL "
                               "team init”.")
                    .arg(db.url(), QFileInfo(it.value()).fileName()));
    }
    return version;
}

Result<int> Migrator::migrate(Database &db)
{
    const QMap<int, QString> files = migrationFiles(db.dialect());
    auto created = db.execute(
        QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                       "name TEXT NOT NULL, applied_at BIGINT NOT NULL)"));
    if (!created)
        return created.error();
    // Numbers are reserved per change and changes land in any order: every known migration
    // the store has not recorded is applied (in order), not only those above its highest.
    QSet<int> applied;
    int version = 0;
    Status listed = appliedVersions(db, &applied, &version);
    if (!listed)
        return listed.error();
    if (version > files.lastKey())
        return newerSchema(version);

    QList<QMap<int, QString>::const_iterator> pending;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (!applied.contains(it.key()))
            pending.append(it);
    }
    if (pending.isEmpty())
        return version;

    // Rebuilding a table that others reference (0004) needs foreign key enforcement off, which
    // SQLite allows only outside a transaction; foreign_key_check before COMMIT stands in for it.
    const bool sqlite = db.dialect() == Database::Dialect::Sqlite;
    if (sqlite) {
        if (auto off = db.execute(QStringLiteral("PRAGMA foreign_keys = OFF")); !off)
            return off.error();
    }
    const auto foreignKeysOn = [&db, sqlite] {
        if (sqlite)
            (void)db.execute(QStringLiteral("PRAGMA foreign_keys = ON"));
    };

    // Every pending migration in one transaction: a store that cannot be brought up to date
    // (one that only claims an older Signalbox schema) is left as it was, not half-migrated.
    if (auto status = db.beginWrite(); !status) {
        foreignKeysOn();
        return status.error();
    }
    Status status = success();
    int reached = version;
    for (auto it : std::as_const(pending)) {
        if (!status)
            break;
        QFile file(it.value());
        if (!file.open(QIODevice::ReadOnly)) {
            status = StoreError::make(StoreError::Internal,
                                      StoreError::tr("Migration %1 is missing.").arg(it.value()));
            break;
        }
        status = db.executeScript(QString::fromUtf8(file.readAll()));
        if (status && it.key() == UsernameSkeletonVersion)
            status = fillUsernameSkeletons(db);
        if (status)
            status = afterScript(db, it.key());
        if (status) {
            auto recorded = db.execute(
                QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) "
                               "VALUES (?, ?, ?)"),
                {it.key(), QFileInfo(it.value()).fileName(), QDateTime::currentMSecsSinceEpoch()});
            if (!recorded)
                status = recorded.error();
        }
        if (status)
            reached = std::max(reached, it.key());
        else if (status.error().code != StoreError::Busy && status.error().code != StoreError::Full)
            status = StoreError::make(
                StoreError::Corrupt,
                StoreError::tr("The store cannot be brought up to date: its schema is not the one "
                               "Signalbox wrote (migration %1 failed: %2). It was left unchanged.")
                    .arg(QFileInfo(it.value()).fileName(), status.error().message));
    }
    if (status && sqlite) {
        int violations = 0;
        status = db.select(QStringLiteral("PRAGMA foreign_key_check"), {},
                           [&violations](const QSqlQuery &) { ++violations; });
        if (status && violations > 0)
            status = StoreError::make(
                StoreError::Corrupt,
                StoreError::tr("The store cannot be brought up to date: %n row(s) refer to rows "
                               "that do not exist. It was left unchanged.",
                               nullptr, violations));
    }
    if (status)
        status = db.commit();
    if (!status) {
        db.rollback();
        foreignKeysOn();
        return status.error();
    }
    foreignKeysOn();
    version = reached;
    return version;
}

} // namespace signalbox

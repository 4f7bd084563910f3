#include "backup.h"

#include "database.h"
#include "migrator.h"
#include "store.h"
#include "storefile.h"
#include "storeurl.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace signalbox {

namespace {

bool isPostgresUrl(const QString &url)
{
    const auto parsed = StoreUrl::parse(url);
    return parsed && parsed->kind() == StoreUrl::Kind::Postgres;
}

StoreError usePgDump()
{
    return StoreError::make(StoreError::InvalidInput,
                            StoreError::tr("Backups of a PostgreSQL store are made by the server's "
                                           "tools: use pg_dump and pg_restore."));
}

// A plain connection of its own, closed and removed when it goes out of scope.
class RawConnection
{
public:
    RawConnection(const QString &path, const QString &options)
        : m_name(QStringLiteral("signalbox-backup-")
                 + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isValid())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    // Runs a statement; the first column of the first row, or an invalid QVariant on failure.
    bool exec(const QString &sql, QVariant *first = nullptr)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql)) {
            m_error = query.lastError().text();
            return false;
        }
        if (first && query.next())
            *first = query.value(0);
        query.finish();
        return true;
    }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

} // namespace

Status Backup::write(Store &store, const QString &targetPath)
{
    Database &db = store.database();
    if (db.dialect() == Database::Dialect::Postgres)
        return usePgDump();
    if (targetPath.isEmpty())
        return StoreError::make(StoreError::InvalidInput,
                                StoreError::tr("No backup file was given."));
    if (QFileInfo::exists(targetPath))
        return StoreError::make(
            StoreError::Duplicate,
            StoreError::tr("The backup file %1 already exists; choose a new name.")
                .arg(targetPath));
    // VACUUM INTO reads one snapshot: writes committed later are not in the copy, none is torn.
    auto written = db.execute(QStringLiteral("VACUUM INTO ?"), {targetPath});
    if (!written) {
        QFile::remove(targetPath);
        return written.error();
    }
    return success();
}

Status Backup::validate(const QString &backupPath)
{
    auto state = StoreFile::inspect(backupPath);
    if (!state)
        return state.error();
    if (*state == StoreFile::State::Missing)
        return StoreError::make(
            StoreError::NotFound,
            StoreError::tr("The backup file %1 does not exist.").arg(backupPath));
    auto version = Migrator::inspectReadOnly(backupPath);
    if (!version)
        return version.error();
    if (*version == 0)
        return StoreError::make(
            StoreError::Corrupt,
            StoreError::tr("The file %1 is not a Signalbox backup.").arg(backupPath));
    RawConnection raw(backupPath, QStringLiteral("QSQLITE_OPEN_READONLY"));
    QVariant check;
    if (!raw.isOpen() || !raw.exec(QStringLiteral("PRAGMA quick_check"), &check)
        || check.toString() != QLatin1String("ok"))
        return StoreError::make(
            StoreError::Corrupt,
            StoreError::tr("The backup %1 is damaged (%2); nothing was restored.")
                .arg(backupPath, raw.isOpen() ? check.toString() : raw.error()));
    return success();
}

// Takes and releases an exclusive lock on the store. In WAL mode every open connection keeps a
// shared lock, so only exclusive locking mode tells whether anyone has the store open.
Status Backup::lockUnused(const QString &storePath)
{
    const auto inUse = [&storePath]() {
        return StoreError::make(StoreError::Busy,
                                StoreError::tr("The store %1 is open in another program; close it "
                                               "before restoring a backup.")
                                    .arg(storePath));
    };
    if (!QFileInfo::exists(storePath)) {
        // A log without its store would be applied to the restored file: only ever stale.
        return success();
    }
    RawConnection raw(storePath, QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
    if (!raw.isOpen())
        return inUse();
    if (!raw.exec(QStringLiteral("PRAGMA busy_timeout = 0"))
        || !raw.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"))
        || !raw.exec(QStringLiteral("BEGIN EXCLUSIVE")))
        return inUse();
    // Reading makes the lock real in WAL mode (the shared lock becomes exclusive).
    if (!raw.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        raw.exec(QStringLiteral("ROLLBACK"));
        return inUse();
    }
    raw.exec(QStringLiteral("ROLLBACK"));
    return success();
}

Status Backup::restore(const QString &backupPath, const QString &storeUrl)
{
    if (isPostgresUrl(storeUrl) || isPostgresUrl(backupPath))
        return usePgDump();
    const auto store = StoreUrl::parse(storeUrl);
    if (!store || store->kind() != StoreUrl::Kind::SqliteFile)
        return StoreError::make(StoreError::InvalidInput,
                                StoreError::tr("No store file was given."));
    const QString storePath = store->path();
    if (QFileInfo(storePath).isDir())
        return StoreError::make(
            StoreError::CannotOpen,
            StoreError::tr("The store %1 is a folder, not a file.").arg(storePath));
    if (QFileInfo(backupPath).canonicalFilePath() == QFileInfo(storePath).canonicalFilePath()
        && QFileInfo::exists(storePath))
        return StoreError::make(StoreError::InvalidInput,
                                StoreError::tr("The backup and the store are the same file."));
    if (Status valid = validate(backupPath); !valid)
        return valid;
    const QString wal = storePath + QStringLiteral("-wal");
    if (!QFileInfo::exists(storePath) && QFileInfo(wal).size() > 0)
        return StoreError::make(StoreError::Busy,
                                StoreError::tr("The store %1 has a write-ahead log but no file; it "
                                               "may be in use. Nothing was restored.")
                                    .arg(storePath));
    if (Status unused = lockUnused(storePath); !unused)
        return unused;

    QFile source(backupPath);
    if (!source.open(QIODevice::ReadOnly))
        return StoreError::make(StoreError::CannotOpen,
                                StoreError::tr("The backup %1 cannot be read: %2")
                                    .arg(backupPath, source.errorString()));
    QSaveFile target(storePath);
    if (!target.open(QIODevice::WriteOnly))
        return StoreError::make(StoreError::CannotOpen,
                                StoreError::tr("The store %1 cannot be written: %2")
                                    .arg(storePath, target.errorString()));
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || target.write(chunk) != chunk.size()) {
            target.cancelWriting();
            return StoreError::make(StoreError::Full,
                                    StoreError::tr("Copying the backup to %1 failed: %2. The store "
                                                   "was left unchanged.")
                                        .arg(storePath, target.errorString()));
        }
    }
    // The old store's log and index belong to the old file: applied to the new one they would
    // damage it. The lock showed nobody has them open.
    for (const QString &sidecar : {wal, storePath + QStringLiteral("-shm")}) {
        if (QFileInfo::exists(sidecar) && !QFile::remove(sidecar)) {
            target.cancelWriting();
            return StoreError::make(StoreError::CannotOpen,
                                    StoreError::tr("The old file %1 cannot be removed; nothing was "
                                                   "restored.")
                                        .arg(sidecar));
        }
    }
    if (!target.commit())
        return StoreError::make(StoreError::CannotOpen,
                                StoreError::tr("The restored store could not replace %1: %2")
                                    .arg(storePath, target.errorString()));
    return success();
}

} // namespace signalbox

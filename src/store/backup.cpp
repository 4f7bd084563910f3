#include "backup.h"

#include "database.h"
#include "migrator.h"
#include "privatefiles.h"
#include "store.h"
#include "storefile.h"
#include "storeurl.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

namespace signalbox {

namespace {

bool isPostgresUrl(const QString &url)
{
    const auto parsed = StoreUrl::parse(url);
    return parsed && parsed->kind() == StoreUrl::Kind::Postgres;
}

// A write-ahead log starts with one of two magic numbers.
bool isWalLog(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray magic = file.read(4);
    return magic == QByteArray::fromHex("377f0682") || magic == QByteArray::fromHex("377f0683");
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
    if (PrivateFiles::isSymLink(targetPath))
        return StoreError::make(StoreError::InvalidInput,
                                StoreError::tr("The backup file %1 is a symbolic link; Signalbox "
                                               "does not write a backup through a link. Choose "
                                               "another name.")
                                    .arg(targetPath));
    if (QFileInfo::exists(targetPath))
        return StoreError::make(
            StoreError::Duplicate,
            StoreError::tr("The backup file %1 already exists; choose a new name.")
                .arg(targetPath));
    // The error names what failed: the backup file or its folder, not the store being copied.
    const QFileInfo target(targetPath);
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir())
        return StoreError::make(StoreError::CannotOpen,
                                StoreError::tr("The backup file %1 cannot be written: the folder "
                                               "%2 does not exist. No backup was written.")
                                    .arg(targetPath, folder.filePath()));
    if (!folder.isWritable())
        return StoreError::make(StoreError::CannotOpen,
                                StoreError::tr("The backup file %1 cannot be written: the folder "
                                               "%2 may not be written to. No backup was written.")
                                    .arg(targetPath, folder.filePath()));
    // Created empty and 0600 first (VACUUM INTO accepts an empty file): the copy is never
    // readable by another account, not even while it is written.
    if (Status created = PrivateFiles::createFile(targetPath); !created)
        return created;
    // VACUUM INTO reads one snapshot: writes committed later are not in the copy, none is torn.
    auto written = db.execute(QStringLiteral("VACUUM INTO ?"), {targetPath});
    if (!written) {
        QFile::remove(targetPath);
        const StoreError &error = written.error();
        switch (error.code) {
        case StoreError::Full:
            return StoreError::make(StoreError::Full,
                                    StoreError::tr("There is no room on the disk for the backup "
                                                   "file %1. No backup was written; the store is "
                                                   "unchanged.")
                                        .arg(targetPath));
        case StoreError::CannotOpen:
            return StoreError::make(
                StoreError::CannotOpen,
                StoreError::tr("The backup file %1 cannot be written. No backup "
                               "was written; the store is unchanged.")
                    .arg(targetPath));
        default: // Busy, Corrupt: about the store being copied
            return error;
        }
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

namespace {

// The SQLite C interface for the one thing QtSql does not offer: the online backup API, which
// copies a database page by page into another inside the destination's own transaction.
class SqliteHandle
{
public:
    SqliteHandle(const QString &path, int flags)
    {
        m_rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
    }
    ~SqliteHandle() { sqlite3_close_v2(m_db); }
    SqliteHandle(const SqliteHandle &) = delete;
    SqliteHandle &operator=(const SqliteHandle &) = delete;

    sqlite3 *get() const { return m_db; }
    bool isOpen() const { return m_rc == SQLITE_OK; }
    int exec(const char *sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr); }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

private:
    sqlite3 *m_db = nullptr;
    int m_rc = SQLITE_ERROR;
};

} // namespace

Status Backup::restore(const QString &backupPath, const QString &storeUrl)
{
    return restore(backupPath, storeUrl, {});
}

Status Backup::restore(const QString &backupPath, const QString &storeUrl,
                       const std::function<void()> &whileLocked)
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
    const bool existed = QFileInfo::exists(storePath);
    if (!existed && QFileInfo(wal).size() > 0)
        return StoreError::make(StoreError::Busy,
                                StoreError::tr("The store %1 has a write-ahead log but no file; it "
                                               "may be in use. Nothing was restored.")
                                    .arg(storePath));
    const auto inUse = [&storePath]() {
        return StoreError::make(StoreError::Busy,
                                StoreError::tr("The store %1 is open in another program; close it "
                                               "before restoring a backup.")
                                    .arg(storePath));
    };
    if (!existed) {
        if (Status made = PrivateFiles::createFolder(QFileInfo(storePath).absolutePath()); !made)
            return made;
        if (Status made = PrivateFiles::createFile(storePath); !made)
            return made;
    } else {
        // A stale log of garbage beside a closed store is not a log: SQLite would ignore it,
        // but it must not be taken for one either.
        if (QFileInfo::exists(wal) && !isWalLog(wal) && !QFile::remove(wal))
            return StoreError::make(StoreError::CannotOpen,
                                    StoreError::tr("The old file %1 cannot be removed; nothing was "
                                                   "restored.")
                                        .arg(wal));
    }

    // The store is never replaced as a file: the backup's pages are copied into it under an
    // exclusive lock that is held from the check that nobody has the store open to the end of
    // the copy. Every other program that opens or writes meanwhile waits for it (or hears
    // "busy"), and afterwards reads the restored store through the same file: nothing that a
    // writer was told was saved can land in a file that is then thrown away.
    SqliteHandle target(storePath, SQLITE_OPEN_READWRITE);
    if (!target.isOpen())
        return StoreError::make(
            StoreError::CannotOpen,
            StoreError::tr("The store %1 cannot be written: %2").arg(storePath, target.error()));
    sqlite3_busy_timeout(target.get(), 0);
    // In WAL mode every open connection keeps a shared lock, so only exclusive locking mode
    // tells whether anyone has the store open; that mode keeps the lock after the transaction.
    if (target.exec("PRAGMA locking_mode = EXCLUSIVE") != SQLITE_OK
        || target.exec("BEGIN EXCLUSIVE") != SQLITE_OK
        || target.exec("SELECT count(*) FROM sqlite_master") != SQLITE_OK) {
        target.exec("ROLLBACK");
        return inUse();
    }
    if (target.exec("COMMIT") != SQLITE_OK)
        return inUse();
    if (whileLocked)
        whileLocked();

    SqliteHandle source(backupPath, SQLITE_OPEN_READONLY);
    if (!source.isOpen())
        return StoreError::make(
            StoreError::CannotOpen,
            StoreError::tr("The backup %1 cannot be read: %2").arg(backupPath, source.error()));
    sqlite3_backup *copy = sqlite3_backup_init(target.get(), "main", source.get(), "main");
    if (!copy)
        return StoreError::make(StoreError::CannotOpen,
                                StoreError::tr("The backup %1 cannot be copied into %2: %3")
                                    .arg(backupPath, storePath, target.error()));
    const int stepped = sqlite3_backup_step(copy, -1);
    const int finished = sqlite3_backup_finish(copy);
    if (stepped != SQLITE_DONE || finished != SQLITE_OK) {
        const int code = stepped != SQLITE_DONE ? stepped : finished;
        if ((code & 0xff) == SQLITE_FULL)
            return StoreError::make(StoreError::Full,
                                    StoreError::tr("Copying the backup to %1 failed: %2. The store "
                                                   "was left unchanged.")
                                        .arg(storePath, target.error()));
        return StoreError::make(StoreError::CannotOpen,
                                StoreError::tr("The backup %1 cannot be copied into %2: %3. The "
                                               "store was left unchanged.")
                                    .arg(backupPath, storePath, target.error()));
    }
    // Into the file itself before the lock goes: the log of the restored store is empty.
    target.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    return success();
}

} // namespace signalbox

#pragma once

#include "storeerror.h"

#include <QString>

#include <functional>

namespace signalbox {

class Store;

// Copies of an SQLite store: a consistent backup taken while the store is in use, and a
// restore that never replaces a store another program has open.
class Backup
{
public:
    // Writes a compact copy of the store to targetPath (VACUUM INTO: one consistent snapshot,
    // other writers may go on). Refuses an existing target. PostgreSQL stores: use pg_dump.
    [[nodiscard]] static Status write(Store &store, const QString &targetPath);
    // Replaces the content of the store at storePath with the backup, all or nothing. The
    // backup is checked first; a store that is open elsewhere is refused. The store keeps an
    // exclusive lock from that check to the end of the copy: other programs that open or write
    // meanwhile wait for it or hear "busy", and then read the restored store (it is copied into
    // the same file, never renamed over it). A missing store is created, 0600.
    [[nodiscard]] static Status restore(const QString &backupPath, const QString &storePath);
    // The same; whileLocked runs once the lock is held, before the copy (tests use it to race a
    // writer against the restore deterministically).
    [[nodiscard]] static Status restore(const QString &backupPath, const QString &storePath,
                                        const std::function<void()> &whileLocked);

private:
    static Status validate(const QString &backupPath);
};

} // namespace signalbox

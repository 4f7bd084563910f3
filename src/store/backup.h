#pragma once

#include "storeerror.h"

#include <QString>

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
    // Replaces the store at storePath with the backup, atomically (a temporary file beside it,
    // then a rename). The backup is checked first; a store that is open elsewhere is refused.
    [[nodiscard]] static Status restore(const QString &backupPath, const QString &storePath);

private:
    static Status validate(const QString &backupPath);
    static Status lockUnused(const QString &storePath);
};

} // namespace signalbox

#pragma once

#include "storeerror.h"

#include <QString>

namespace signalbox {

class Database;

// Applies the numbered SQL migrations compiled in under :/migrations/<dialect>/, each in its
// own transaction, and records them in schema_migrations. A newer store is refused untouched.
class Migrator
{
public:
    static int latestVersion();
    // Brings the store up to latestVersion(); returns the version it is at.
    static Result<int> migrate(Database &db);
    // Opens an SQLite file read-only and checks it is a Signalbox store this build can use.
    static Result<int> inspectReadOnly(const QString &path);
};

} // namespace signalbox

#pragma once

#include "storeerror.h"

#include <QList>
#include <QString>

namespace signalbox {

class Database;

// Applies the numbered SQL migrations compiled in under :/migrations/<dialect>/, each in its
// own transaction, and records them in schema_migrations. A newer store is refused untouched.
class Migrator
{
public:
    static int latestVersion();
    // The versions of every migration compiled in, ascending. Numbers are reserved per change,
    // so there may be gaps between them until every change has landed.
    static QList<int> knownVersions();
    // Brings the store up to latestVersion(); returns the version it is at.
    static Result<int> migrate(Database &db);
    // Opens an SQLite file read-only and checks it is a Signalbox store this build can use.
    static Result<int> inspectReadOnly(const QString &path);
};

} // namespace signalbox

#pragma once

#include "storeerror.h"

#include <QList>
#include <QString>

#include <functional>

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
    // Reads the version without changing anything: an error unless every migration compiled
    // in is applied (a PostgreSQL team member may not migrate; the administrator does).
    static Result<int> check(Database &db);
    // Opens an SQLite file read-only and checks it is a Signalbox store this build can use.
    static Result<int> inspectReadOnly(const QString &path);

    // Told how far a long migration step has come (the search index of a big store): what it
    // does, in one translated sentence, and done of total (total 0: not known). The CLI prints
    // it; without a handler nothing is reported.
    using ProgressHandler = std::function<void(const QString &step, qint64 done, qint64 total)>;
    static void setProgressHandler(ProgressHandler handler);
    // Hands a step's progress to the handler, if there is one.
    static void reportProgress(const QString &step, qint64 done, qint64 total);
};

} // namespace signalbox

#pragma once

#include "storeerror.h"

#include <QString>
#include <QStringList>

namespace signalbox {

// Files only their owner may read: the store's folder is 0700, the store, its -wal and -shm,
// every backup and the CLI's state files 0600, from the moment they exist and whatever the
// umask. SQLite gives a new -wal and -shm the mode of their store file, so creating the store
// file 0600 before SQLite opens it is enough for those two.
class PrivateFiles
{
public:
    static constexpr unsigned FolderMode = 0700;
    static constexpr unsigned FileMode = 0600;

    // Creates the folder and any missing parents as 0700 (existing ones are left as they are).
    [[nodiscard]] static Status createFolder(const QString &path);
    // Creates an empty file, 0600, refusing one that exists and a symbolic link (even one that
    // points nowhere) instead of following it.
    [[nodiscard]] static Status createFile(const QString &path);
    // Takes group and other permissions away from an existing file or folder; says so once in
    // the log (signalbox.store.files) when it changed anything. False when it could not.
    static bool tighten(const QString &path, unsigned mode);
    // The store file, its -wal and -shm (those that exist) tightened to 0600.
    static void tightenStore(const QString &storePath);
    // The mode bits of a file (not following a symbolic link), or -1.
    static int modeOf(const QString &path);
    // Whether the path is a symbolic link, also one that points nowhere.
    static bool isSymLink(const QString &path);

private:
    static bool tightenQuietly(const QString &path, unsigned mode, QStringList *changed);
};

} // namespace signalbox

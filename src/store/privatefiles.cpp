#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace signalbox {

Q_LOGGING_CATEGORY(lcFiles, "signalbox.store.files")

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

int PrivateFiles::modeOf(const QString &path)
{
    struct stat info;
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

bool PrivateFiles::isSymLink(const QString &path)
{
    struct stat info;
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 && S_ISLNK(info.st_mode);
}

Status PrivateFiles::createFolder(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(absolute).isDir())
        return success();
    // Parents first, each created 0700: nothing the store needs is ever readable by others.
    const QString parent = QFileInfo(absolute).absolutePath();
    if (parent != absolute) {
        if (Status made = createFolder(parent); !made)
            return made;
    }
    const QByteArray name = QFile::encodeName(absolute);
    if (::mkdir(name.constData(), FolderMode) != 0 && errno != EEXIST)
        return StoreError::make(
            StoreError::CannotOpen,
            StoreError::tr("The folder %1 cannot be created: %2.").arg(path, systemError(errno)));
    // mkdir's mode is filtered through the umask; chmod is not.
    ::chmod(name.constData(), FolderMode);
    return success();
}

Status PrivateFiles::createFile(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    // O_EXCL with O_CREAT never follows a symbolic link, dangling or not.
    const int fd
        = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, FileMode);
    if (fd < 0) {
        const int error = errno;
        if (isSymLink(path))
            return StoreError::make(StoreError::InvalidInput,
                                    StoreError::tr("%1 is a symbolic link; Signalbox does not "
                                                   "write through links. Choose another name.")
                                        .arg(path));
        if (error == EEXIST)
            return StoreError::make(
                StoreError::Duplicate,
                StoreError::tr("The file %1 already exists; choose a new name.").arg(path));
        return StoreError::make(
            StoreError::CannotOpen,
            StoreError::tr("The file %1 cannot be created: %2.").arg(path, systemError(error)));
    }
    // The umask may have taken more than group and other away (0077 is fine, 0277 is not).
    ::fchmod(fd, FileMode);
    ::close(fd);
    return success();
}

bool PrivateFiles::tighten(const QString &path, unsigned mode)
{
    QStringList changed;
    const bool done = tightenQuietly(path, mode, &changed);
    if (!changed.isEmpty())
        qCWarning(lcFiles).noquote()
            << QStringLiteral("Readable by others, now for the owner only: %1")
                   .arg(changed.join(u", "));
    return done;
}

bool PrivateFiles::tightenQuietly(const QString &path, unsigned mode, QStringList *changed)
{
    struct stat info;
    const QByteArray name = QFile::encodeName(path);
    if (::lstat(name.constData(), &info) != 0 || S_ISLNK(info.st_mode))
        return false;
    const unsigned current = info.st_mode & 07777;
    if ((current & ~mode) == 0)
        return true;
    if (::chmod(name.constData(), current & mode) != 0) {
        qCWarning(lcFiles) << "cannot restrict" << path << "to its owner:" << systemError(errno);
        return false;
    }
    changed->append(
        QStringLiteral("%1 (%2 -> %3)")
            .arg(path, QString::number(current, 8), QString::number(current & mode, 8)));
    return true;
}

void PrivateFiles::tightenStore(const QString &storePath)
{
    QStringList changed;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString path = storePath + suffix;
        if (QFileInfo::exists(path))
            tightenQuietly(path, FileMode, &changed);
    }
    // One line for the store and its two companions.
    if (!changed.isEmpty())
        qCWarning(lcFiles).noquote()
            << QStringLiteral("Readable by others, now for the owner only: %1")
                   .arg(changed.join(u", "));
}

} // namespace signalbox

#include "testfiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace signalbox::test::files {

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

QByteArray storeBytes(const QString &path)
{
    return readAll(path) + readAll(path + QStringLiteral("-wal"));
}

bool hasSidecars(const QString &path)
{
    return QFileInfo::exists(path + QStringLiteral("-wal"))
           || QFileInfo::exists(path + QStringLiteral("-shm"));
}

} // namespace signalbox::test::files

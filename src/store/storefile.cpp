#include "storefile.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace signalbox {

namespace {
constexpr int HeaderSize = 100;
const char SqliteMagic[] = "SQLite format 3";
} // namespace

Result<StoreFile::State> StoreFile::inspect(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return State::Missing;
    if (info.isDir())
        return StoreError::make(StoreError::CannotOpen,
                                StoreError::tr("The store %1 is a folder, not a file.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return StoreError::make(
            StoreError::CannotOpen,
            StoreError::tr("The store %1 cannot be read: %2.").arg(path, file.errorString()));
    const QByteArray header = file.read(HeaderSize);
    const auto corrupt = [&path](const QString &why) {
        return StoreError::make(
            StoreError::Corrupt,
            StoreError::tr("The store %1 is damaged or not a Signalbox store (%2). "
                           "It was left unchanged.")
                .arg(path, why));
    };
    if (header.size() < HeaderSize)
        return corrupt(header.isEmpty() ? StoreError::tr("the file is empty")
                                        : StoreError::tr("the file is too short"));
    if (!header.startsWith(QByteArray::fromRawData(SqliteMagic, sizeof(SqliteMagic))))
        return corrupt(StoreError::tr("not an SQLite database"));

    // Bytes 16-17: page size (1 means 65536); bytes 28-31: pages in the file. A copy cut short
    // is shorter than the header says, unless a write-ahead log still holds the rest.
    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return corrupt(StoreError::tr("invalid page size"));
    const quint32 pageCount = qFromBigEndian<quint32>(header.constData() + 28);
    const qint64 expected = qint64(pageSize) * pageCount;
    if (info.size() % pageSize != 0)
        return corrupt(StoreError::tr("the file size is not a whole number of pages"));
    if (expected > info.size() && !QFileInfo::exists(path + QStringLiteral("-wal")))
        return corrupt(StoreError::tr("the file is truncated"));
    return State::Sqlite;
}

} // namespace signalbox

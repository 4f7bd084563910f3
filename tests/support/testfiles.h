#pragma once

#include <QByteArray>
#include <QString>

// Byte-level looks at store files: what reached the disk, and whether a refused file changed.
namespace signalbox::test::files {

// The SHA-256 of the file's bytes, or an empty array when it cannot be read.
QByteArray sha256(const QString &path);
QByteArray readAll(const QString &path);
bool write(const QString &path, const QByteArray &bytes);
// The store file followed by its write-ahead log, if any: every byte a reader could recover.
QByteArray storeBytes(const QString &path);
bool hasSidecars(const QString &path);

} // namespace signalbox::test::files

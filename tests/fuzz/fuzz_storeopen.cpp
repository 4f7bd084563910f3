// Store::open on a file whose bytes are the fuzz input. A file that is refused must be left
// byte-for-byte unchanged with no -wal/-shm beside it; only a file accepted as a store may change.
#include "store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace signalbox;

namespace {

QTemporaryDir *g_dir = nullptr;

void quiet(QtMsgType, const QMessageLogContext &, const QString &) {}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    qInstallMessageHandler(quiet);
    g_dir = new QTemporaryDir;
    return g_dir->isValid() ? 0 : 1;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = g_dir->filePath(QStringLiteral("store.sqlite3"));
    const QString wal = path + QStringLiteral("-wal");
    const QString shm = path + QStringLiteral("-shm");
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(input) != input.size())
            std::abort();
    }
    {
        auto opened = Store::open(path);
        if (!opened) {
            if (opened.error().message.isEmpty()) {
                std::fprintf(stderr, "refused without a message\n");
                std::abort();
            }
            if (readAll(path) != input) {
                std::fprintf(stderr, "a refused store was changed: %s\n",
                             qPrintable(opened.error().message));
                std::abort();
            }
            if (QFileInfo::exists(wal) || QFileInfo::exists(shm)) {
                std::fprintf(stderr, "a refused store got a -wal or -shm file\n");
                std::abort();
            }
        }
    }
    QFile::remove(path);
    QFile::remove(wal);
    QFile::remove(shm);
    return 0;
}

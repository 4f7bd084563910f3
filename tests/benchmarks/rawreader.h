#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

struct sqlite3;

namespace signalbox::bench {

// A second, read-only connection to the benchmark's store file through the SQLite C API:
// counts rows to check what the store wrote, and walks a thread one SELECT per node (the
// N+1 variant the store deliberately does not offer).
class RawReader
{
public:
    struct ThreadWalk
    {
        double seconds = 0;
        qint64 statements = 0;
        int nodes = 0;
        int maxDepth = 0;
        QByteArray preorderSha256;
    };

    explicit RawReader(const QString &path);
    ~RawReader();
    RawReader(const RawReader &) = delete;
    RawReader &operator=(const RawReader &) = delete;

    bool isOpen() const { return m_db != nullptr; }
    QString error() const { return m_error; }

    // The single integer a SELECT count(*) … returns.
    std::optional<qint64> count(const char *sql);
    // The whole tree under rootId, children by (timestamp, id), one SELECT per node.
    std::optional<ThreadWalk> threadNPlusOne(qint64 rootId);

private:
    sqlite3 *m_db = nullptr;
    QString m_error;
};

} // namespace signalbox::bench

#pragma once

#include "storeerror.h"

#include <QString>
#include <QUrl>

namespace signalbox {

// Where a store lives, as written after --db, in SIGNALBOX_DB or by the tests: a SQLite file
// (a plain path or "sqlite:PATH"), SQLite in memory (":memory:"), or a PostgreSQL server
// ("postgresql://user[:password]@host[:port]/database", or "postgres://…"). Parsing only: it
// touches no file and no server.
class StoreUrl
{
public:
    enum class Kind { SqliteFile, SqliteMemory, Postgres };

    // Refuses an empty path (CannotOpen), and with InvalidInput a path holding a NUL, a
    // PostgreSQL URL without a host or a database, and a URL of any other scheme ("mysql://…",
    // "file://…"), which would otherwise be taken for a relative file path.
    [[nodiscard]] static Result<StoreUrl> parse(const QString &text);

    Kind kind() const { return m_kind; }
    // SQLite: the file path as given (":memory:" in memory); empty for PostgreSQL.
    QString path() const { return m_path; }
    // PostgreSQL: the parts of the URL, decoded; the port defaults to 5432.
    QString host() const { return m_url.host(); }
    int port() const { return m_url.port(5432); }
    QString userName() const { return m_url.userName(); }
    QString password() const { return m_url.password(); }
    QString databaseName() const { return m_url.path().mid(1); }

    // The store for messages and titles: the SQLite path, or the PostgreSQL URL without its
    // password. Never contains the password.
    QString displayText() const;
    // Any text given as a store, as it may be shown even when parse() refuses it: a path as it
    // is, a URL without its password ("scheme://…" when QUrl cannot read it at all).
    static QString displayTextOf(const QString &text);

private:
    Kind m_kind = Kind::SqliteFile;
    QString m_path;
    QUrl m_url;
};

} // namespace signalbox

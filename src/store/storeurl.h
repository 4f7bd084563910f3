#pragma once

#include "storeerror.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace signalbox {

// Where a store lives, as written after --db, in SIGNALBOX_DB or by the tests: a SQLite file
// (a plain path or "sqlite:PATH"), SQLite in memory (":memory:"), or a PostgreSQL server
// ("postgresql://[user[:password]@]host[:port]/database[?parameters]", or "postgres://…").
// Parsing only: it touches no file and no server.
//
// The parameters of a PostgreSQL URL are libpq's connection keywords (sslmode=verify-full,
// sslrootcert=PATH, connect_timeout=10, application_name=…), percent-decoded and handed to the
// driver by connectOptions(). Refused with InvalidInput, naming the parameter: a keyword libpq
// does not know (never silently dropped); password= and sslpassword= (a secret on a command
// line is visible in `ps`: ~/.pgpass, PGPASSFILE or SIGNALBOX_PASSWORD carry it instead);
// user=, host=, port= and dbname=, which the URL itself says; client_encoding= (the store always
// talks UTF-8) and replication=; a keyword given twice, or without a value; a value holding a
// NUL or a ';' (Qt's QPSQL driver turns every ';' of its options into a space); a '%' that
// starts no %XX escape; a #fragment.
class StoreUrl
{
public:
    enum class Kind { SqliteFile, SqliteMemory, Postgres };

    // Refuses an empty path (CannotOpen), and with InvalidInput a path holding a NUL, a
    // PostgreSQL URL without a host or a database or with a parameter refused above, and a URL
    // of any other scheme ("mysql://…", "file://…"), which would otherwise be taken for a
    // relative file path.
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
    // PostgreSQL: the URL's libpq parameters (keyword, decoded value) in the URL's order.
    QList<QPair<QString, QString>> parameters() const { return m_parameters; }
    // PostgreSQL: the parameters for QSqlDatabase::setConnectOptions(), as libpq reads them:
    // keyword='value' separated by spaces, each value in single quotes with a backslash before
    // every quote and backslash in it, so that spaces, quotes and backslashes reach libpq
    // intact. Empty without parameters.
    // serverOptions (command-line options for the server, "-c name=value …") go into libpq's
    // "options", before the URL's own "options" if it has one (so that the URL's win).
    QString connectOptions(const QString &serverOptions = {}) const;

    // The store for messages and titles: the SQLite path, or the PostgreSQL URL without its
    // password, with its parameters. Never contains the password.
    QString displayText() const;
    // Any text given as a store, as it may be shown even when parse() refuses it: a path as it
    // is, a URL without its password ("scheme://…" when QUrl cannot read it at all); of its
    // parameters only the values of the keywords parse() passes on are shown, any other value
    // (password=, sslpassword=, a misspelt keyword) as "…", and a fragment as "#…".
    static QString displayTextOf(const QString &text);

private:
    Kind m_kind = Kind::SqliteFile;
    QString m_path;
    QUrl m_url;
    QList<QPair<QString, QString>> m_parameters;
};

} // namespace signalbox

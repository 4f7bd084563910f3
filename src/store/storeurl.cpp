#include "storeurl.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace signalbox {

namespace {

// "scheme://" at the start: a URL, not a file path (a drive letter has a one-letter scheme).
// The length of "scheme://", or 0.
qsizetype urlSchemeLength(const QString &text)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]+://"));
    const QRegularExpressionMatch match = scheme.match(text);
    return match.hasMatch() ? match.capturedLength() : 0;
}

bool isSqlite(const QString &text)
{
    return text.startsWith(QLatin1String("sqlite:")) || urlSchemeLength(text) == 0;
}

// libpq's connection keywords (PostgreSQL 15, as PQconndefaults() lists them) that a store URL
// passes on. Left out on purpose, refused by parse() with their own reasons: password and
// sslpassword (secrets), user, host, port and dbname (the URL's own parts), client_encoding
// (the driver sets UTF-8 after connecting) and replication (not a connection that runs SQL of
// a store).
bool isPassedOn(const QString &keyword)
{
    static const QStringList keywords = {
        QStringLiteral("application_name"),
        QStringLiteral("channel_binding"),
        QStringLiteral("connect_timeout"),
        QStringLiteral("fallback_application_name"),
        QStringLiteral("gssencmode"),
        QStringLiteral("gsslib"),
        QStringLiteral("hostaddr"),
        QStringLiteral("keepalives"),
        QStringLiteral("keepalives_count"),
        QStringLiteral("keepalives_idle"),
        QStringLiteral("keepalives_interval"),
        QStringLiteral("krbsrvname"),
        QStringLiteral("options"),
        QStringLiteral("passfile"),
        QStringLiteral("requirepeer"),
        QStringLiteral("service"),
        QStringLiteral("ssl_max_protocol_version"),
        QStringLiteral("ssl_min_protocol_version"),
        QStringLiteral("sslcert"),
        QStringLiteral("sslcompression"),
        QStringLiteral("sslcrl"),
        QStringLiteral("sslcrldir"),
        QStringLiteral("sslkey"),
        QStringLiteral("sslmode"),
        QStringLiteral("sslrootcert"),
        QStringLiteral("sslsni"),
        QStringLiteral("target_session_attrs"),
        QStringLiteral("tcp_user_timeout"),
    };
    return keywords.contains(keyword);
}

// The query as written, between '?' and '#'; empty when there is none.
QString rawQuery(const QString &text)
{
    const qsizetype question = text.indexOf(QLatin1Char('?'));
    if (question < 0)
        return {};
    const qsizetype hash = text.indexOf(QLatin1Char('#'), question);
    return text.mid(question + 1, hash < 0 ? -1 : hash - question - 1);
}

// Why the parameter keyword=value cannot be passed on, or an empty string.
QString refusalOf(const QString &keyword, const QString &value)
{
    if (keyword.isEmpty())
        return StoreError::tr("One of its parameters has no name.");
    if (keyword == QLatin1String("sslpassword"))
        return StoreError::tr("The parameter sslpassword would put the passphrase of the client "
                              "key on the command line, where everyone on this computer can read "
                              "it. Leave it out: use a key without a passphrase, in a file only "
                              "you can read (mode 0600).");
    if (keyword == QLatin1String("password"))
        return StoreError::tr("The parameter password would put the password on the command "
                              "line, where everyone on this computer can read it. Leave it out: "
                              "give the password through SIGNALBOX_PASSWORD or --password-stdin, "
                              "or keep it in ~/.pgpass (or the file PGPASSFILE names), readable "
                              "only by you.");
    if (keyword == QLatin1String("user") || keyword == QLatin1String("host")
        || keyword == QLatin1String("port") || keyword == QLatin1String("dbname"))
        return StoreError::tr("The parameter %1 repeats a part of the address: write "
                              "postgresql://user@host:port/database instead.")
            .arg(keyword);
    if (keyword == QLatin1String("client_encoding"))
        return StoreError::tr("The parameter client_encoding cannot be used: Signalbox always "
                              "talks UTF-8 to the server.");
    if (keyword == QLatin1String("replication"))
        return StoreError::tr("The parameter replication cannot be used: a replication "
                              "connection cannot hold a store.");
    if (!isPassedOn(keyword))
        return StoreError::tr("The parameter \"%1\" is not a connection parameter of "
                              "PostgreSQL's client library (libpq).")
            .arg(keyword);
    if (value.isEmpty())
        return StoreError::tr("The parameter %1 has no value.").arg(keyword);
    if (value.contains(QChar(0)))
        return StoreError::tr("The value of the parameter %1 contains a NUL character.")
            .arg(keyword);
    // QPSQLDriver::open() replaces every ';' of the connect options with a space, quoted or not.
    if (value.contains(QLatin1Char(';')))
        return StoreError::tr("The value of the parameter %1 contains a semicolon, which Qt's "
                              "PostgreSQL driver cannot pass on.")
            .arg(keyword);
    return {};
}

// The parameters of a PostgreSQL URL QUrl has read, or why they cannot be used.
Result<QList<QPair<QString, QString>>> parametersOf(const QString &text, const QUrl &url)
{
    const QString given = StoreUrl::displayTextOf(text);
    const auto refuse = [&given](const QString &reason) {
        return StoreError::make(
            StoreError::InvalidInput,
            StoreError::tr("The store address %1 cannot be used. %2").arg(given, reason));
    };
    if (url.hasFragment())
        return refuse(StoreError::tr("PostgreSQL addresses have no #fragment."));
    // QUrl keeps a '%' that starts no escape as it is, and then every other %XX of the text
    // too: "?a=%zz&b=%3B" would pass b's value on as "%3B".
    static const QRegularExpression strayPercent(QStringLiteral("%(?![0-9A-Fa-f]{2})"));
    if (rawQuery(text).contains(strayPercent))
        return refuse(
            StoreError::tr("A % in its parameters starts no %XX escape: write a % sign as %25."));
    QList<QPair<QString, QString>> parameters;
    QStringList seen;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[keyword, value] : items) {
        if (keyword.isEmpty() && value.isEmpty())
            continue; // "&&": no parameter at all
        if (const QString reason = refusalOf(keyword, value); !reason.isEmpty())
            return refuse(reason);
        if (seen.contains(keyword))
            return refuse(StoreError::tr("The parameter %1 is given twice.").arg(keyword));
        seen.append(keyword);
        parameters.append({keyword, value});
    }
    return parameters;
}

// What may be shown of a URL QUrl has read: no password, no value of a parameter parse() does
// not pass on (password=, or a misspelt keyword that holds one), no fragment.
QString shownUrl(QUrl url)
{
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    if (!items.isEmpty()) {
        QList<QPair<QString, QString>> shown;
        for (auto [keyword, value] : items) {
            if (isPassedOn(keyword))
                value.replace(QLatin1Char('%'), QLatin1String("%25")); // taken as encoded
            else if (!value.isEmpty())
                value = QString(QChar(0x2026));
            shown.append({keyword, value});
        }
        QUrlQuery query;
        query.setQueryItems(shown);
        url.setQuery(query);
    }
    if (url.hasFragment())
        url.setFragment(QString(QChar(0x2026)));
    return url.toString(QUrl::RemovePassword);
}

} // namespace

Result<StoreUrl> StoreUrl::parse(const QString &text)
{
    StoreUrl url;
    if (text.startsWith(QLatin1String("postgresql://"))
        || text.startsWith(QLatin1String("postgres://"))) {
        url.m_kind = Kind::Postgres;
        url.m_url = QUrl(text);
        if (!url.m_url.isValid() || url.m_url.host().isEmpty() || url.m_url.path().size() < 2)
            return StoreError::make(StoreError::InvalidInput,
                                    StoreError::tr("The store address %1 is not a valid "
                                                   "postgresql://user@host:port/database URL.")
                                        .arg(displayTextOf(text)));
        auto parameters = parametersOf(text, url.m_url);
        if (!parameters)
            return parameters.error();
        url.m_parameters = std::move(parameters).value();
        return url;
    }
    if (!isSqlite(text)) {
        // Taken for a path, "mysql://user:secret@host/db" would become folders named after the
        // password in the working directory.
        return StoreError::make(StoreError::InvalidInput,
                                StoreError::tr("The store address %1 is neither a file path nor a "
                                               "postgresql://user@host:port/database URL.")
                                    .arg(displayTextOf(text)));
    }
    url.m_path = text.startsWith(QLatin1String("sqlite:")) ? text.mid(7) : text;
    if (url.m_path.isEmpty())
        return StoreError::make(StoreError::CannotOpen, StoreError::tr("No store path was given."));
    // SQLite would stop reading the path at the NUL and open a file named by what comes before.
    if (url.m_path.contains(QChar(0)))
        return StoreError::make(StoreError::InvalidInput,
                                StoreError::tr("A store path cannot contain NUL characters."));
    if (url.m_path == QLatin1String(":memory:"))
        url.m_kind = Kind::SqliteMemory;
    return url;
}

QString StoreUrl::connectOptions(const QString &serverOptions) const
{
    QStringList options;
    bool merged = serverOptions.isEmpty();
    auto parameters = m_parameters;
    for (auto &[keyword, value] : parameters) {
        if (keyword == QLatin1String("options") && !merged) {
            value = serverOptions + QLatin1Char(' ') + value;
            merged = true;
        }
    }
    if (!merged)
        parameters.append({QStringLiteral("options"), serverOptions});
    for (const auto &[keyword, value] : std::as_const(parameters)) {
        QString quoted = value;
        quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        quoted.replace(QLatin1Char('\''), QLatin1String("\\'"));
        options.append(keyword + QLatin1String("='") + quoted + QLatin1Char('\''));
    }
    return options.join(QLatin1Char(' '));
}

QString StoreUrl::displayText() const
{
    if (m_kind == Kind::Postgres)
        return shownUrl(m_url);
    return m_path;
}

QString StoreUrl::displayTextOf(const QString &text)
{
    if (isSqlite(text))
        return text.startsWith(QLatin1String("sqlite:")) ? text.mid(7) : text;
    const QUrl url(text);
    // An invalid QUrl prints nothing, and its errorString() quotes the password.
    if (!url.isValid())
        return text.left(urlSchemeLength(text)) + QChar(0x2026);
    return shownUrl(url);
}

} // namespace signalbox

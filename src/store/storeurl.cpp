#include "storeurl.h"

#include <QRegularExpression>

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

QString StoreUrl::displayText() const
{
    if (m_kind == Kind::Postgres)
        return m_url.toString(QUrl::RemovePassword);
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
    return url.toString(QUrl::RemovePassword);
}

} // namespace signalbox

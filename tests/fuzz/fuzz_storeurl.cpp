// StoreUrl::parse on the input as UTF-8 text. Never crashes; what it accepts is consistent; its
// connectOptions() read back, as Qt's QPSQL driver and libpq read them, give exactly its
// parameters; and when the text is a URL whose password QUrl finds, or one with a password=
// parameter, that password reaches neither displayText() nor the error message.
#include "storeurl.h"

#include <QRegularExpression>
#include <QUrl>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace signalbox;

namespace {

const QString Canary = QStringLiteral("QqCanaryPw7");

[[noreturn]] void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "%s: %s\n", what, qPrintable(detail));
    std::abort();
}

// What the user sees of a parse: the store, or the error.
QString shown(const Result<StoreUrl> &url)
{
    return url ? url->displayText() : url.error().message;
}

// Everything shown of a text: the parse, and what the app shows of a store it cannot open.
QStringList shownFor(const QString &text)
{
    return {shown(StoreUrl::parse(text)), StoreUrl::displayTextOf(text)};
}

// "scheme://…" that is not the sqlite:PATH form: a URL naming a server. A SQLite path, plain or
// after "sqlite:", is a file name and shown as given, whatever QUrl would make of it.
bool namesAServer(const QString &text)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]+://"));
    return !text.startsWith(QLatin1String("sqlite:")) && scheme.match(text).hasMatch();
}

// Where the password sits in the text, as QUrl reads an authority: after "://", up to the
// first '/', '?' or '#'; the user information ends at its first '@', the password begins after
// the user information's first ':'. Returns false when there is none.
bool passwordSpan(const QString &text, qsizetype *begin, qsizetype *end)
{
    const qsizetype authority = text.indexOf(QLatin1String("://")) + 3;
    qsizetype authorityEnd = text.size();
    for (const QChar c : {QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#')}) {
        const qsizetype at = text.indexOf(c, authority);
        if (at >= 0 && at < authorityEnd)
            authorityEnd = at;
    }
    const qsizetype at = text.indexOf(QLatin1Char('@'), authority);
    if (at < 0 || at >= authorityEnd)
        return false;
    const qsizetype colon = text.indexOf(QLatin1Char(':'), authority);
    if (colon < 0 || colon >= at)
        return false;
    *begin = colon + 1;
    *end = at;
    return true;
}

void checkConsistent(const QString &text, const Result<StoreUrl> &url)
{
    if (!url) {
        const auto code = url.error().code;
        if (url.error().message.isEmpty())
            fail("refused without a message", text);
        const bool noPath = text.isEmpty() || text == QLatin1String("sqlite:");
        if (code != (noPath ? StoreError::CannotOpen : StoreError::InvalidInput))
            fail("refused with an unexpected code", url.error().message);
        return;
    }
    switch (url->kind()) {
    case StoreUrl::Kind::Postgres:
        if (!text.startsWith(QLatin1String("postgresql://"))
            && !text.startsWith(QLatin1String("postgres://")))
            fail("PostgreSQL without its scheme", text);
        if (url->host().isEmpty() || url->databaseName().isEmpty() || url->port() < 0
            || url->port() > 65535)
            fail("PostgreSQL without a host, a database or a valid port", url->displayText());
        if (url->displayText().isEmpty())
            fail("nothing to show for a PostgreSQL store", text);
        break;
    case StoreUrl::Kind::SqliteMemory:
        if (url->path() != QLatin1String(":memory:"))
            fail("in memory with a path", url->path());
        break;
    case StoreUrl::Kind::SqliteFile:
        if (url->path().isEmpty()
            || (url->path() != text && QStringLiteral("sqlite:") + url->path() != text))
            fail("the file path is not the text", text);
        if (url->path().contains(QChar(0)))
            fail("a file path with a NUL, which SQLite would cut short", text);
        if (namesAServer(text))
            fail("a server URL taken for a file", text);
        if (url->displayText() != url->path())
            fail("a file shown other than by its path", url->displayText());
        break;
    }
}

// libpq's conninfo_parse() on what QPSQLDriver::open() makes of the options (every ';' a
// space): keyword = value pairs separated by white space, a value either bare or in single
// quotes, a backslash taking the next character literally. False when it is no such list.
bool readConnectOptions(QString text, QList<QPair<QString, QString>> *pairs)
{
    text.replace(QLatin1Char(';'), QLatin1Char(' '));
    qsizetype i = 0;
    const auto skipSpace = [&] {
        while (i < text.size() && text.at(i).isSpace())
            ++i;
    };
    for (skipSpace(); i < text.size(); skipSpace()) {
        const qsizetype keyStart = i;
        while (i < text.size() && text.at(i) != QLatin1Char('=') && !text.at(i).isSpace())
            ++i;
        const QString keyword = text.mid(keyStart, i - keyStart);
        skipSpace();
        if (keyword.isEmpty() || i >= text.size() || text.at(i) != QLatin1Char('='))
            return false;
        ++i;
        skipSpace();
        QString value;
        const bool quoted = i < text.size() && text.at(i) == QLatin1Char('\'');
        if (quoted)
            ++i;
        for (;;) {
            if (i >= text.size()) {
                if (quoted)
                    return false; // unterminated
                break;
            }
            const QChar c = text.at(i);
            if (quoted ? c == QLatin1Char('\'') : c.isSpace()) {
                i += quoted ? 1 : 0;
                break;
            }
            if (c == QLatin1Char('\\') && i + 1 < text.size())
                ++i;
            value += text.at(i++);
        }
        pairs->append({keyword, value});
    }
    return true;
}

void checkParameters(const QString &text, const Result<StoreUrl> &url)
{
    if (!url || url->kind() != StoreUrl::Kind::Postgres) {
        if (url && (!url->parameters().isEmpty() || !url->connectOptions().isEmpty()))
            fail("parameters for a SQLite store", text);
        return;
    }
    static const QStringList refused = {
        QStringLiteral("password"),
        QStringLiteral("sslpassword"),
        QStringLiteral("user"),
        QStringLiteral("host"),
        QStringLiteral("port"),
        QStringLiteral("dbname"),
        QStringLiteral("client_encoding"),
        QStringLiteral("replication"),
    };
    QStringList keywords;
    for (const auto &[keyword, value] : url->parameters()) {
        if (refused.contains(keyword) || keywords.contains(keyword))
            fail("a refused or repeated keyword passed on", keyword);
        if (value.isEmpty() || value.contains(QChar(0)) || value.contains(QLatin1Char(';')))
            fail("a value QPSQL cannot carry passed on", keyword);
        keywords.append(keyword);
    }
    QList<QPair<QString, QString>> read;
    if (!readConnectOptions(url->connectOptions(), &read) || read != url->parameters())
        fail("connectOptions() does not read back as the parameters", url->connectOptions());
}

// The same URL with a password= (or a misspelt one) parameter that nothing else can contain:
// refused, and the password is not shown.
void checkParameterPasswordHidden(const QString &text)
{
    if (!namesAServer(text) || text.contains(QLatin1Char('#'))
        || text.contains(Canary, Qt::CaseInsensitive))
        return;
    const QLatin1Char joint = text.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
    for (const char *keyword : {"password", "sslpassword", "pasword"}) {
        const QString withCanary
            = text + joint + QLatin1String(keyword) + QLatin1Char('=') + Canary;
        const auto url = StoreUrl::parse(withCanary);
        if (url && url->kind() == StoreUrl::Kind::Postgres)
            fail("a password= parameter accepted", withCanary);
        for (const QString &canaryShown : shownFor(withCanary)) {
            if (canaryShown.contains(Canary, Qt::CaseInsensitive))
                fail("the password of a parameter is shown", canaryShown);
        }
    }
}

bool containsAny(const QStringList &haystacks, const QString &needle)
{
    for (const QString &haystack : haystacks) {
        if (haystack.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void checkPasswordHidden(const QString &text, const Result<StoreUrl> &url)
{
    if (!namesAServer(text))
        return;
    const QString password = QUrl(text).password();
    qsizetype begin = 0;
    qsizetype end = 0;
    if (password.isEmpty() || !passwordSpan(text, &begin, &end))
        return;

    // The same text with a password nothing else can contain: it must not be shown.
    const QString withCanary = text.left(begin) + Canary + text.mid(end);
    if (!text.contains(Canary, Qt::CaseInsensitive) && QUrl(withCanary).password() == Canary) {
        for (const QString &canaryShown : shownFor(withCanary)) {
            if (canaryShown.contains(Canary, Qt::CaseInsensitive))
                fail("the password is shown", canaryShown);
        }
    }

    // The input's own password: shown is a leak unless the rest of the text, the way QUrl
    // writes it, or the fixed sentences contain it as well.
    const QString rawPassword = text.mid(begin, end - begin);
    if (QUrl::fromPercentEncoding(rawPassword.toUtf8()) != password)
        return;
    const QString rest = text.left(begin - 1) + text.mid(end);
    QUrl withoutPassword(text);
    withoutPassword.setPassword(QString());
    const QStringList legitimate = QStringList{
        rest,
        QUrl::fromPercentEncoding(rest.toUtf8()),
        withoutPassword.toString(),
        withoutPassword.toString(QUrl::FullyDecoded),
        withoutPassword.toDisplayString(),
        shown(StoreUrl::parse(QString())),
        shown(StoreUrl::parse(QStringLiteral("postgresql://"))),
        shown(StoreUrl::parse(QStringLiteral("zz://"))),
    } + shownFor(rest);
    if (containsAny(legitimate, password))
        return;
    for (const QString &seen : {shown(url), StoreUrl::displayTextOf(text)}) {
        if (seen.contains(password, Qt::CaseInsensitive))
            fail("the password is shown", seen);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto url = StoreUrl::parse(text);
    checkConsistent(text, url);
    checkParameters(text, url);
    checkPasswordHidden(text, url);
    checkParameterPasswordHidden(text);
    return 0;
}

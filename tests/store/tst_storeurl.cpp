#include "storeassert.h"

#include "store.h"
#include "storeurl.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <initializer_list>
#include <utility>

using namespace signalbox;

namespace {

using Kind = StoreUrl::Kind;

// A password no other part of the rows below contains, so that finding it is a leak.
const QString Secret = QStringLiteral("Zq-s3cr3t-pw");

} // namespace

// StoreUrl: the text after --db or in SIGNALBOX_DB, taken apart without touching a file or a
// server; a password never reaches what is shown.
class tst_StoreUrl : public QObject
{
    Q_OBJECT

private slots:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void displayTextOf_data();
    void displayTextOf();
    void passwordNeverShown_data();
    void passwordNeverShown();
    void refusedUrlCreatesNothing();
    void parameters_data();
    void parameters();
    void serverOptionsGoFirst();
    void refusedParameters_data();
    void refusedParameters();
    void everyKeywordPassedOn_data();
    void everyKeywordPassedOn();
    void displayHidesUnknownValues_data();
    void displayHidesUnknownValues();
};

void tst_StoreUrl::accepted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("display");

    const auto file = [](const char *name, const QString &text, const QString &path) {
        QTest::newRow(name) << text << Kind::SqliteFile << path << QString() << 5432 << QString()
                            << QString() << QString() << path;
    };
    file("absolute path", QStringLiteral("/tmp/store.sqlite3"),
         QStringLiteral("/tmp/store.sqlite3"));
    file("relative path", QStringLiteral("store.sqlite3"), QStringLiteral("store.sqlite3"));
    file("sqlite:absolute", QStringLiteral("sqlite:/var/lib/signalbox/s.db"),
         QStringLiteral("/var/lib/signalbox/s.db"));
    file("sqlite:relative", QStringLiteral("sqlite:data/s.db"), QStringLiteral("data/s.db"));
    file("sqlite:///path", QStringLiteral("sqlite:///tmp/s.db"), QStringLiteral("///tmp/s.db"));
    file("spaces", QStringLiteral("/tmp/my store/a b.sqlite3"),
         QStringLiteral("/tmp/my store/a b.sqlite3"));
    file("unicode", QStringLiteral("/tmp/Käse/日本語/🙂.sqlite3"),
         QStringLiteral("/tmp/Käse/日本語/🙂.sqlite3"));
    file("percent signs are not decoded", QStringLiteral("/tmp/a%00b%2F.sqlite3"),
         QStringLiteral("/tmp/a%00b%2F.sqlite3"));
    file("colon and at sign", QStringLiteral("/tmp/user:pw@host.sqlite3"),
         QStringLiteral("/tmp/user:pw@host.sqlite3"));
    file("single slash after a scheme-like word", QStringLiteral("postgresql:/host/db"),
         QStringLiteral("postgresql:/host/db"));
    file("one-letter scheme is a drive-like path", QStringLiteral("C://data/s.db"),
         QStringLiteral("C://data/s.db"));
    file("sql injection", QStringLiteral("'; DROP TABLE users; --"),
         QStringLiteral("'; DROP TABLE users; --"));
    file("right-to-left override", QStringLiteral("/tmp/invoice\u202Efdp.sqlite3"),
         QStringLiteral("/tmp/invoice\u202Efdp.sqlite3"));
    const QString longPath = QStringLiteral("/tmp/") + QString(100000, QLatin1Char('p'));
    file("100,000 characters", longPath, longPath);

    QTest::newRow(":memory:") << QStringLiteral(":memory:") << Kind::SqliteMemory
                              << QStringLiteral(":memory:") << QString() << 5432 << QString()
                              << QString() << QString() << QStringLiteral(":memory:");
    QTest::newRow("sqlite::memory:")
        << QStringLiteral("sqlite::memory:") << Kind::SqliteMemory << QStringLiteral(":memory:")
        << QString() << 5432 << QString() << QString() << QString() << QStringLiteral(":memory:");

    const auto server = [](const char *name, const QString &text, const QString &host, int port,
                           const QString &user, const QString &password, const QString &database,
                           const QString &display) {
        QTest::newRow(name) << text << Kind::Postgres << QString() << host << port << user
                            << password << database << display;
    };
    server("postgresql:// with everything",
           QStringLiteral("postgresql://alice:%1@db.example.org:6543/signalbox").arg(Secret),
           QStringLiteral("db.example.org"), 6543, QStringLiteral("alice"), Secret,
           QStringLiteral("signalbox"),
           QStringLiteral("postgresql://alice@db.example.org:6543/signalbox"));
    server("postgres:// without a password or port", QStringLiteral("postgres://bob@localhost/s"),
           QStringLiteral("localhost"), 5432, QStringLiteral("bob"), QString(), QStringLiteral("s"),
           QStringLiteral("postgres://bob@localhost/s"));
    server("postgresql:// without a user", QStringLiteral("postgresql://127.0.0.1/s"),
           QStringLiteral("127.0.0.1"), 5432, QString(), QString(), QStringLiteral("s"),
           QStringLiteral("postgresql://127.0.0.1/s"));
    server("postgres:// with a password, no port",
           QStringLiteral("postgres://carol:%1@pg/s").arg(Secret), QStringLiteral("pg"), 5432,
           QStringLiteral("carol"), Secret, QStringLiteral("s"),
           QStringLiteral("postgres://carol@pg/s"));
    server("encoded password", QStringLiteral("postgresql://u:p%40ss%3Aw%2F@h/db"),
           QStringLiteral("h"), 5432, QStringLiteral("u"), QStringLiteral("p@ss:w/"),
           QStringLiteral("db"), QStringLiteral("postgresql://u@h/db"));
    server("NUL in the password", QStringLiteral("postgresql://u:a%00b@h/db"), QStringLiteral("h"),
           5432, QStringLiteral("u"), QStringLiteral("a") + QChar(0) + QStringLiteral("b"),
           QStringLiteral("db"), QStringLiteral("postgresql://u@h/db"));
    server("IPv6 host", QStringLiteral("postgresql://u:%1@[::1]:5433/db").arg(Secret),
           QStringLiteral("::1"), 5433, QStringLiteral("u"), Secret, QStringLiteral("db"),
           QStringLiteral("postgresql://u@[::1]:5433/db"));
    server("query kept, password dropped",
           QStringLiteral("postgresql://u:%1@h/db?sslmode=require").arg(Secret),
           QStringLiteral("h"), 5432, QStringLiteral("u"), Secret, QStringLiteral("db"),
           QStringLiteral("postgresql://u@h/db?sslmode=require"));
    server("unicode database name", QStringLiteral("postgresql://u:%1@h/Käse").arg(Secret),
           QStringLiteral("h"), 5432, QStringLiteral("u"), Secret, QStringLiteral("Käse"),
           QStringLiteral("postgresql://u@h/Käse"));
    const QString longName(10000, QLatin1Char('d'));
    server("10,000-character database name",
           QStringLiteral("postgresql://u:%1@h/%2").arg(Secret, longName), QStringLiteral("h"),
           5432, QStringLiteral("u"), Secret, longName,
           QStringLiteral("postgresql://u@h/") + longName);
}

void tst_StoreUrl::accepted()
{
    QFETCH(QString, text);
    QFETCH(Kind, kind);
    QFETCH(QString, path);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, database);
    QFETCH(QString, display);

    const auto url = StoreUrl::parse(text);
    SB_VERIFY_OK(url);
    QCOMPARE(url->kind(), kind);
    QCOMPARE(url->path(), path);
    QCOMPARE(url->displayText(), display);
    QCOMPARE(StoreUrl::displayTextOf(text), display);
    if (kind != Kind::Postgres)
        return;
    QCOMPARE(url->host(), host);
    QCOMPARE(url->port(), port);
    QCOMPARE(url->userName(), user);
    QCOMPARE(url->password(), password);
    QCOMPARE(url->databaseName(), database);
    if (!password.isEmpty())
        QVERIFY(!url->displayText().contains(password));
}

void tst_StoreUrl::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("shown"); // a part of the text the message names, or empty

    const int invalid = StoreError::InvalidInput;
    QTest::newRow("empty") << QString() << int(StoreError::CannotOpen) << QString();
    QTest::newRow("sqlite: with no path")
        << QStringLiteral("sqlite:") << int(StoreError::CannotOpen) << QString();
    QTest::newRow("NUL in a path")
        << (QStringLiteral("/tmp/a") + QChar(0) + QStringLiteral("b")) << invalid << QString();
    QTest::newRow("NUL after sqlite:")
        << (QStringLiteral("sqlite:") + QChar(0)) << invalid << QString();
    QTest::newRow("postgresql:// alone") << QStringLiteral("postgresql://") << invalid << QString();
    QTest::newRow("missing host") << QStringLiteral("postgresql://u:%1@/db").arg(Secret) << invalid
                                  << QStringLiteral("postgresql://u@/db");
    QTest::newRow("missing database") << QStringLiteral("postgresql://u:%1@h").arg(Secret)
                                      << invalid << QStringLiteral("postgresql://u@h");
    QTest::newRow("only a slash for the database")
        << QStringLiteral("postgres://u:%1@h:5432/").arg(Secret) << invalid
        << QStringLiteral("postgres://u@h:5432/");
    QTest::newRow("port out of range") << QStringLiteral("postgresql://u:%1@h:99999/db").arg(Secret)
                                       << invalid << QStringLiteral("postgresql://…");
    QTest::newRow("port not a number") << QStringLiteral("postgresql://u:%1@h:port/db").arg(Secret)
                                       << invalid << QStringLiteral("postgresql://…");
    QTest::newRow("space in the host")
        << QStringLiteral("postgresql://u:%1@my host/db").arg(Secret) << invalid << QString();
    QTest::newRow("unclosed IPv6 bracket")
        << QStringLiteral("postgresql://u:%1@[::1/db").arg(Secret) << invalid << QString();
    QTest::newRow("NUL in the host")
        << (QStringLiteral("postgresql://u:%1@h").arg(Secret) + QChar(0) + QStringLiteral("x/db"))
        << invalid << QString();
    QTest::newRow("very long host")
        << QStringLiteral("postgresql://u:%1@%2/db").arg(Secret, QString(70000, QLatin1Char('h')))
        << invalid << QString();
    QTest::newRow("another scheme") << QStringLiteral("mysql://root:%1@db/store").arg(Secret)
                                    << invalid << QStringLiteral("mysql://root@db/store");
    QTest::newRow("misspelt scheme") << QStringLiteral("postgressql://u:%1@h/db").arg(Secret)
                                     << invalid << QStringLiteral("postgressql://u@h/db");
    QTest::newRow("capitalised scheme")
        << QStringLiteral("PostgreSQL://u:%1@h/db").arg(Secret) << invalid << QString();
    QTest::newRow("file URL") << QStringLiteral("file:///tmp/s.sqlite3") << invalid
                              << QStringLiteral("file:///tmp/s.sqlite3");
}

void tst_StoreUrl::refused()
{
    QFETCH(QString, text);
    QFETCH(int, code);
    QFETCH(QString, shown);

    const auto url = StoreUrl::parse(text);
    SB_VERIFY_ERROR(url, StoreError::Code(code));
    const QString message = url.error().message;
    QVERIFY(!message.isEmpty());
    QVERIFY2(!message.contains(Secret), qPrintable(message));
    if (!shown.isEmpty())
        QVERIFY2(message.contains(shown), qPrintable(message));
}

void tst_StoreUrl::passwordNeverShown_data()
{
    QTest::addColumn<QString>("text");
    const QStringList forms = {
        QStringLiteral("postgresql://u:%1@h/db"),
        QStringLiteral("postgres://u:%1@h:1/db"),
        QStringLiteral("postgresql://:%1@h/db"),
        QStringLiteral("postgresql://u:%1@h"),
        QStringLiteral("postgresql://u:%1@/db"),
        QStringLiteral("postgresql://u:%1@h:x/db"),
        QStringLiteral("postgresql://u:%1@h h/db"),
        QStringLiteral("postgresql://u:%1@h/db#fragment"),
        QStringLiteral("postgresql://u:%1@h/db?password=elsewhere"),
        QStringLiteral("mysql://u:%1@h/db"),
        QStringLiteral("http://u:%1@h:99999/db"),
        QStringLiteral("Postgres://u:%1@h/db"),
    };
    for (const QString &form : forms)
        QTest::newRow(qPrintable(form)) << form.arg(Secret);
}

void tst_StoreUrl::displayTextOf_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("path") << QStringLiteral("/tmp/a.sqlite3") << QStringLiteral("/tmp/a.sqlite3");
    QTest::newRow("sqlite:path") << QStringLiteral("sqlite:/tmp/a.sqlite3")
                                 << QStringLiteral("/tmp/a.sqlite3");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("valid URL, refused by parse")
        << QStringLiteral("postgresql://u:%1@h").arg(Secret) << QStringLiteral("postgresql://u@h");
    QTest::newRow("URL QUrl cannot read")
        << QStringLiteral("postgres://u:%1@h:99999/db").arg(Secret)
        << QStringLiteral("postgres://…");
    QTest::newRow("another scheme") << QStringLiteral("mysql://root:%1@db/x").arg(Secret)
                                    << QStringLiteral("mysql://root@db/x");
    QTest::newRow("another scheme, unreadable")
        << QStringLiteral("mysql://root:%1@d b/x").arg(Secret) << QStringLiteral("mysql://…");
}

// What the app shows of a store it could not open, whatever parse() made of it.
void tst_StoreUrl::displayTextOf()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(StoreUrl::displayTextOf(text), shown);
}

// Whatever is wrong with a URL that holds a password, neither what is shown of it nor the error
// contains the password.
void tst_StoreUrl::passwordNeverShown()
{
    QFETCH(QString, text);
    QCOMPARE(QUrl(text).password(), Secret); // the row does put a password where QUrl finds it
    const auto url = StoreUrl::parse(text);
    const QString shown = url ? url->displayText() : url.error().message;
    QVERIFY(!shown.isEmpty());
    QVERIFY2(!shown.contains(Secret), qPrintable(shown));
    QVERIFY(!StoreUrl::displayTextOf(text).isEmpty());
    QVERIFY2(!StoreUrl::displayTextOf(text).contains(Secret),
             qPrintable(StoreUrl::displayTextOf(text)));
}

// A URL of another scheme used to be taken for a relative path: opening it made folders named
// after its parts, password included, in the working directory.
void tst_StoreUrl::refusedUrlCreatesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    const auto opened = Store::open(QStringLiteral("mysql://root:%1@db/store").arg(Secret));
    const auto alsoOpened = Store::open(QStringLiteral("postgresql://root:%1@/store").arg(Secret));
    QVERIFY(QDir::setCurrent(previous));
    SB_VERIFY_ERROR(opened, StoreError::InvalidInput);
    QVERIFY(!opened.error().message.contains(Secret));
    SB_VERIFY_ERROR(alsoOpened, StoreError::InvalidInput);
    QVERIFY(!alsoOpened.error().message.contains(Secret));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList());
}

using Parameters = QList<QPair<QString, QString>>;

void tst_StoreUrl::parameters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Parameters>("expected");
    QTest::addColumn<QString>("options"); // connectOptions()
    QTest::addColumn<QString>("display");

    const auto row = [](const char *name, const QString &query,
                        std::initializer_list<std::pair<const char *, const char *>> pairs,
                        const QString &options, const QString &shownQuery) {
        Parameters expected;
        for (const auto &[keyword, value] : pairs)
            expected.append({QString::fromUtf8(keyword), QString::fromUtf8(value)});
        QTest::newRow(name) << (QStringLiteral("postgresql://db.example.org:6543/team") + query)
                            << expected << options
                            << (QStringLiteral("postgresql://db.example.org:6543/team")
                                + shownQuery);
    };
    row("none", QString(), {}, QString(), QString());
    row("a lone question mark", QStringLiteral("?"), {}, QString(), QStringLiteral("?"));
    row("sslmode", QStringLiteral("?sslmode=require"), {{"sslmode", "require"}},
        QStringLiteral("sslmode='require'"), QStringLiteral("?sslmode=require"));
    row("several, in their order",
        QStringLiteral("?sslmode=verify-full&sslrootcert=/etc/ssl/team.crt&connect_timeout=10"
                       "&application_name=signalbox"),
        {{"sslmode", "verify-full"},
         {"sslrootcert", "/etc/ssl/team.crt"},
         {"connect_timeout", "10"},
         {"application_name", "signalbox"}},
        QStringLiteral("sslmode='verify-full' sslrootcert='/etc/ssl/team.crt' "
                       "connect_timeout='10' application_name='signalbox'"),
        QStringLiteral("?sslmode=verify-full&sslrootcert=/etc/ssl/team.crt&connect_timeout=10"
                       "&application_name=signalbox"));
    row("percent-decoded space", QStringLiteral("?application_name=team%20chat"),
        {{"application_name", "team chat"}}, QStringLiteral("application_name='team chat'"),
        QStringLiteral("?application_name=team chat"));
    row("a space as typed", QStringLiteral("?application_name=team chat"),
        {{"application_name", "team chat"}}, QStringLiteral("application_name='team chat'"),
        QStringLiteral("?application_name=team chat"));
    row("quote and backslash escaped for libpq", QStringLiteral("?application_name=it's%5Cme"),
        {{"application_name", "it's\\me"}}, QStringLiteral("application_name='it\\'s\\\\me'"),
        QStringLiteral("?application_name=it's%5Cme"));
    row("a value that looks like another keyword",
        QStringLiteral("?application_name=x%27%20sslmode%3Ddisable"),
        {{"application_name", "x' sslmode=disable"}},
        QStringLiteral("application_name='x\\' sslmode=disable'"),
        QStringLiteral("?application_name=x' sslmode%3Ddisable"));
    row("options with spaces and '='",
        QStringLiteral("?options=-c%20search_path%3Dteam%20-c%20geqo=off"),
        {{"options", "-c search_path=team -c geqo=off"}},
        QStringLiteral("options='-c search_path=team -c geqo=off'"),
        QStringLiteral("?options=-c search_path%3Dteam -c geqo%3Doff"));
    row("encoded & and = in a value", QStringLiteral("?application_name=a%26b%3Dc"),
        {{"application_name", "a&b=c"}}, QStringLiteral("application_name='a&b=c'"),
        QStringLiteral("?application_name=a%26b%3Dc"));
    row("'+' is a plus, not a space (as in libpq)", QStringLiteral("?application_name=a+b"),
        {{"application_name", "a+b"}}, QStringLiteral("application_name='a+b'"),
        QStringLiteral("?application_name=a+b"));
    row("encoded percent", QStringLiteral("?application_name=100%25"),
        {{"application_name", "100%"}}, QStringLiteral("application_name='100%'"),
        QStringLiteral("?application_name=100%25"));
    row("unicode path", QStringLiteral("?sslrootcert=/home/j%C3%BCrgen/K%C3%A4se.crt"),
        {{"sslrootcert", "/home/jürgen/Käse.crt"}},
        QStringLiteral("sslrootcert='/home/jürgen/Käse.crt'"),
        QStringLiteral("?sslrootcert=/home/jürgen/Käse.crt"));
    row("a client key is a path, not a secret",
        QStringLiteral("?sslcert=/home/al/.postgresql/al.crt&sslkey=/home/al/.postgresql/al.key"),
        {{"sslcert", "/home/al/.postgresql/al.crt"}, {"sslkey", "/home/al/.postgresql/al.key"}},
        QStringLiteral("sslcert='/home/al/.postgresql/al.crt' "
                       "sslkey='/home/al/.postgresql/al.key'"),
        QStringLiteral("?sslcert=/home/al/.postgresql/al.crt&sslkey=/home/al/.postgresql/al.key"));
    row("empty pairs between '&' carry nothing", QStringLiteral("?&&sslmode=disable&"),
        {{"sslmode", "disable"}}, QStringLiteral("sslmode='disable'"),
        QStringLiteral("?sslmode=disable"));
    row("a password file and a service", QStringLiteral("?passfile=/srv/pgpass&service=team"),
        {{"passfile", "/srv/pgpass"}, {"service", "team"}},
        QStringLiteral("passfile='/srv/pgpass' service='team'"),
        QStringLiteral("?passfile=/srv/pgpass&service=team"));
}

// libpq's parameters of a URL, decoded, in the form the QPSQL driver hands to libpq.
void tst_StoreUrl::parameters()
{
    QFETCH(QString, text);
    QFETCH(Parameters, expected);
    QFETCH(QString, options);
    QFETCH(QString, display);

    const auto url = StoreUrl::parse(text);
    SB_VERIFY_OK(url);
    QCOMPARE(url->kind(), Kind::Postgres);
    QCOMPARE(url->host(), QStringLiteral("db.example.org"));
    QCOMPARE(url->port(), 6543);
    QCOMPARE(url->databaseName(), QStringLiteral("team"));
    QCOMPARE(url->userName(), QString()); // a member's URL names no one: still valid
    QCOMPARE(url->parameters(), expected);
    QCOMPARE(url->connectOptions(), options);
    // QPSQLDriver::open() makes every ';' of the options a space: none may be there.
    QVERIFY(!url->connectOptions().contains(QLatin1Char(';')));
    QCOMPARE(url->displayText(), display);
    QCOMPARE(StoreUrl::displayTextOf(text), display);
    // What is shown reads back as the same store.
    const auto again = StoreUrl::parse(url->displayText());
    SB_VERIFY_OK(again);
    QCOMPARE(again->parameters(), expected);
}

// The store's own server settings (Database::openPostgres) travel in libpq's "options", in the
// startup message; a URL's own "options" come after them, so that the URL's settings win.
void tst_StoreUrl::serverOptionsGoFirst()
{
    const QString ours = QStringLiteral("-c lock_timeout=5000");
    auto plain
        = StoreUrl::parse(QStringLiteral("postgresql://db.example.org/team?sslmode=require"));
    SB_VERIFY_OK(plain);
    QCOMPARE(plain->connectOptions(ours),
             QStringLiteral("sslmode='require' options='-c lock_timeout=5000'"));
    QCOMPARE(plain->connectOptions(), QStringLiteral("sslmode='require'"));

    auto own = StoreUrl::parse(
        QStringLiteral("postgresql://db.example.org/team?options=-c%20lock_timeout%3D100"));
    SB_VERIFY_OK(own);
    QCOMPARE(own->connectOptions(ours),
             QStringLiteral("options='-c lock_timeout=5000 -c lock_timeout=100'"));

    auto none = StoreUrl::parse(QStringLiteral("postgresql://db.example.org/team"));
    SB_VERIFY_OK(none);
    QCOMPARE(none->connectOptions(ours), QStringLiteral("options='-c lock_timeout=5000'"));
}

void tst_StoreUrl::refusedParameters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("named"); // what the message must contain

    const QString base = QStringLiteral("postgresql://alice:%1@db.example.org/team").arg(Secret);
    QTest::newRow("unknown keyword")
        << base + QStringLiteral("?sslmod=require") << QStringLiteral("\"sslmod\"");
    QTest::newRow("keyword in capitals")
        << base + QStringLiteral("?SSLMODE=require") << QStringLiteral("\"SSLMODE\"");
    QTest::newRow("unknown after a good one")
        << base + QStringLiteral("?sslmode=require&frobnicate=1")
        << QStringLiteral("\"frobnicate\"");
    QTest::newRow("a keyword of newer libpq")
        << base + QStringLiteral("?require_auth=scram-sha-256")
        << QStringLiteral("\"require_auth\"");
    QTest::newRow("password=") << base + QStringLiteral("?password=%1").arg(Secret)
                               << QStringLiteral("PGPASSFILE");
    QTest::newRow("password= names SIGNALBOX_PASSWORD")
        << QStringLiteral("postgresql://h/db?password=%1").arg(Secret)
        << QStringLiteral("SIGNALBOX_PASSWORD");
    QTest::newRow("sslpassword=") << base + QStringLiteral("?sslpassword=%1").arg(Secret)
                                  << QStringLiteral("0600");
    QTest::newRow("empty password=")
        << base + QStringLiteral("?password=") << QStringLiteral("~/.pgpass");
    QTest::newRow("user=") << base + QStringLiteral("?user=mallory")
                           << QStringLiteral("postgresql://user@host:port/database");
    QTest::newRow("host=") << base + QStringLiteral("?host=/var/run/postgresql")
                           << QStringLiteral("parameter host ");
    QTest::newRow("port=") << base + QStringLiteral("?port=5433")
                           << QStringLiteral("parameter port ");
    QTest::newRow("dbname=") << base + QStringLiteral("?dbname=other")
                             << QStringLiteral("parameter dbname ");
    QTest::newRow("client_encoding=")
        << base + QStringLiteral("?client_encoding=LATIN1") << QStringLiteral("UTF-8");
    QTest::newRow("replication=") << base + QStringLiteral("?replication=database")
                                  << QStringLiteral("replication");
    QTest::newRow("given twice") << base + QStringLiteral("?sslmode=require&sslmode=disable")
                                 << QStringLiteral("twice");
    QTest::newRow("no value") << base + QStringLiteral("?sslmode=")
                              << QStringLiteral("sslmode has no value");
    QTest::newRow("no '='") << base + QStringLiteral("?sslmode")
                            << QStringLiteral("sslmode has no value");
    QTest::newRow("no name") << base + QStringLiteral("?=require") << QStringLiteral("no name");
    QTest::newRow("NUL in a value")
        << base + QStringLiteral("?application_name=a%00b") << QStringLiteral("NUL");
    QTest::newRow("semicolon in a value")
        << base + QStringLiteral("?application_name=a;b") << QStringLiteral("semicolon");
    QTest::newRow("encoded semicolon in a value")
        << base + QStringLiteral("?options=-c%20a%3Bb") << QStringLiteral("semicolon");
    QTest::newRow("a stray percent sign")
        << base + QStringLiteral("?application_name=100%&sslmode=require") << QStringLiteral("%25");
    QTest::newRow("a percent sign before one hex digit")
        << base + QStringLiteral("?application_name=%4") << QStringLiteral("%25");
    QTest::newRow("a fragment") << base + QStringLiteral("?sslmode=require#x")
                                << QStringLiteral("#fragment");
}

// A parameter that cannot reach libpq as written is refused with a message naming it; the
// password, in the URL or in the parameter, is never part of the message.
void tst_StoreUrl::refusedParameters()
{
    QFETCH(QString, text);
    QFETCH(QString, named);

    const auto url = StoreUrl::parse(text);
    SB_VERIFY_ERROR(url, StoreError::InvalidInput);
    const QString message = url.error().message;
    QVERIFY2(message.contains(named), qPrintable(message));
    QVERIFY2(!message.contains(Secret), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("db.example.org"))
                 || message.contains(QStringLiteral("postgresql://h/db")),
             qPrintable(message)); // it says which store
    QVERIFY2(!StoreUrl::displayTextOf(text).contains(Secret),
             qPrintable(StoreUrl::displayTextOf(text)));
}

void tst_StoreUrl::everyKeywordPassedOn_data()
{
    QTest::addColumn<QString>("keyword");
    // libpq 15's keywords (PQconndefaults()) but the ones refused above.
    for (const char *keyword : {"service",
                                "passfile",
                                "channel_binding",
                                "connect_timeout",
                                "hostaddr",
                                "options",
                                "application_name",
                                "fallback_application_name",
                                "keepalives",
                                "keepalives_idle",
                                "keepalives_interval",
                                "keepalives_count",
                                "tcp_user_timeout",
                                "sslmode",
                                "sslcompression",
                                "sslcert",
                                "sslkey",
                                "sslrootcert",
                                "sslcrl",
                                "sslcrldir",
                                "sslsni",
                                "requirepeer",
                                "ssl_min_protocol_version",
                                "ssl_max_protocol_version",
                                "gssencmode",
                                "krbsrvname",
                                "gsslib",
                                "target_session_attrs"})
        QTest::newRow(keyword) << QString::fromLatin1(keyword);
}

void tst_StoreUrl::everyKeywordPassedOn()
{
    QFETCH(QString, keyword);
    const auto url = StoreUrl::parse(QStringLiteral("postgres://u@h/db?%1=v%20w").arg(keyword));
    SB_VERIFY_OK(url);
    QCOMPARE(url->connectOptions(), keyword + QStringLiteral("='v w'"));
    QCOMPARE(url->displayText(), QStringLiteral("postgres://u@h/db?%1=v w").arg(keyword));
}

void tst_StoreUrl::displayHidesUnknownValues_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("password=") << QStringLiteral("postgresql://u@h/db?password=%1").arg(Secret)
                               << QStringLiteral("postgresql://u@h/db?password=…");
    QTest::newRow("both passwords")
        << QStringLiteral("postgresql://u:%1@h/db?sslmode=require&password=%1").arg(Secret)
        << QStringLiteral("postgresql://u@h/db?sslmode=require&password=…");
    QTest::newRow("sslpassword=")
        << QStringLiteral("postgresql://u@h/db?sslkey=/k&sslpassword=%1").arg(Secret)
        << QStringLiteral("postgresql://u@h/db?sslkey=/k&sslpassword=…");
    QTest::newRow("a misspelt password=")
        << QStringLiteral("postgresql://u@h/db?pasword=%1").arg(Secret)
        << QStringLiteral("postgresql://u@h/db?pasword=…");
    QTest::newRow("a fragment") << QStringLiteral("postgresql://u@h/db#%1").arg(Secret)
                                << QStringLiteral("postgresql://u@h/db#…");
    QTest::newRow("another scheme")
        << QStringLiteral("mysql://u@h/db?password=%1&ssl-mode=REQUIRED").arg(Secret)
        << QStringLiteral("mysql://u@h/db?password=…&ssl-mode=…");
}

// The store shown in errors and titles keeps only the values parse() would pass on.
void tst_StoreUrl::displayHidesUnknownValues()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(StoreUrl::displayTextOf(text), shown);
    const auto url = StoreUrl::parse(text);
    SB_VERIFY_ERROR(url, StoreError::InvalidInput);
    QVERIFY2(!url.error().message.contains(Secret), qPrintable(url.error().message));
}

QTEST_GUILESS_MAIN(tst_StoreUrl)
#include "tst_storeurl.moc"

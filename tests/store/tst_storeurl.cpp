#include "storeassert.h"

#include "store.h"
#include "storeurl.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

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

QTEST_GUILESS_MAIN(tst_StoreUrl)
#include "tst_storeurl.moc"

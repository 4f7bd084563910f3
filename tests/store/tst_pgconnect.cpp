#include "storeassert.h"

#include "database.h"
#include "storeurl.h"
#include "teststore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>
#include <QUrl>

using namespace signalbox;

namespace {

// A password no part of a URL or a server message contains, so that finding it is a leak.
const QString Canary = QStringLiteral("Qx-pg-canary-9");

// The test server's URL with `query` ("keyword=value&…", already percent-encoded) added.
QString withQuery(const QString &base, const QString &query)
{
    return base + (base.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) + query;
}

QString withPort(const QString &base, int port)
{
    QUrl url(base);
    url.setPort(port);
    return url.toString();
}

QString withPassword(const QString &base, const QString &password)
{
    QUrl url(base);
    url.setPassword(password);
    return url.toString();
}

// A QPSQL connection of its own, configured as Database::openPostgres() does: the URL's
// parts and setConnectOptions(url.connectOptions()). Independent of how a store opens.
class RawConnection
{
public:
    RawConnection(const StoreUrl &url, const QString &options)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), Name);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.databaseName());
        db.setConnectOptions(options);
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~RawConnection() { QSqlDatabase::removeDatabase(Name); }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    // The first column of the first row of `sql`, or an invalid QVariant.
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(Name, false));
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

private:
    static inline const QString Name = QStringLiteral("tst_pgconnect");
    bool m_open = false;
    QString m_error;
};

} // namespace

// The libpq parameters of a postgresql:// store URL reach the server (or libpq refuses them),
// checked against the test cluster of scripts/with-postgres.sh, which has no TLS.
class tst_PgConnect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sslRequiredIsRefused();
    void connectTimeoutApplies_data();
    void connectTimeoutApplies();
    void applicationNameReachesServer();
    void optionsWithSpacesReachServer();
    void invalidValueRefusedByLibpq();
    void qpsqlTurnsSemicolonsIntoSpaces();

private:
    QString m_url;
};

void tst_PgConnect::initTestCase()
{
    if (!test::TestStore::onPostgres())
        QSKIP("PostgreSQL only (the _postgresql run)");
    m_url = qEnvironmentVariable("SIGNALBOX_TEST_PG_URL");
    QVERIFY2(!m_url.isEmpty(), "SIGNALBOX_TEST_PG_URL is not set");
    SB_VERIFY_OK(StoreUrl::parse(m_url));
}

// The test cluster speaks no TLS: ?sslmode=require must not fall back to clear text (before
// the options were passed on, this opened the store unencrypted).
void tst_PgConnect::sslRequiredIsRefused()
{
    const QString url = withQuery(withPassword(m_url, Canary), QStringLiteral("sslmode=require"));
    const auto opened = Database::open(url);
    SB_VERIFY_ERROR(opened, StoreError::CannotOpen);
    const QString message = opened.error().message;
    QVERIFY2(message.contains(QLatin1String("SSL")), qPrintable(message));
    QVERIFY2(!message.contains(Canary), qPrintable(message));

    // The same server without the demand: the refusal above was sslmode's doing.
    const auto plain = StoreUrl::parse(withQuery(m_url, QStringLiteral("sslmode=disable")));
    SB_VERIFY_OK(plain);
    RawConnection connection(*plain, plain->connectOptions());
    QVERIFY2(connection.isOpen(), qPrintable(connection.error()));
    QCOMPARE(connection
                 .scalar(QStringLiteral("SELECT ssl FROM pg_stat_ssl "
                                        "WHERE pid = pg_backend_pid()"))
                 .toBool(),
             false);
}

void tst_PgConnect::connectTimeoutApplies_data()
{
    QTest::addColumn<bool>("listening");
    // Nothing listens: refused at once.
    QTest::newRow("closed port") << false;
    // Accepted by the kernel but never answered: without connect_timeout libpq would wait for
    // the server's reply forever (libpq makes 1 second its minimum, 2).
    QTest::newRow("a server that never answers") << true;
}

void tst_PgConnect::connectTimeoutApplies()
{
    QFETCH(bool, listening);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const int port = server.serverPort();
    if (!listening)
        server.close();
    QUrl target(m_url);
    target.setHost(QStringLiteral("127.0.0.1"));
    const QString url = withQuery(withPassword(withPort(target.toString(), port), Canary),
                                  QStringLiteral("connect_timeout=1"));
    const auto opened = Database::open(url);
    SB_VERIFY_ERROR(opened, StoreError::CannotOpen);
    QVERIFY2(!opened.error().message.contains(Canary), qPrintable(opened.error().message));
    QVERIFY2(opened.error().message.contains(QStringLiteral(":%1/").arg(port)),
             qPrintable(opened.error().message)); // it names the store it tried
}

// A value with a space, a quote and a backslash arrives as it was written in the URL.
void tst_PgConnect::applicationNameReachesServer()
{
    const auto url
        = StoreUrl::parse(withQuery(m_url, QStringLiteral("application_name=sb%20te'st%5Cx")));
    SB_VERIFY_OK(url);
    RawConnection connection(*url, url->connectOptions());
    QVERIFY2(connection.isOpen(), qPrintable(connection.error()));
    QCOMPARE(
        connection.scalar(QStringLiteral("SELECT current_setting('application_name')")).toString(),
        QStringLiteral("sb te'st\\x"));
    QCOMPARE(connection
                 .scalar(QStringLiteral("SELECT application_name FROM pg_stat_activity "
                                        "WHERE pid = pg_backend_pid()"))
                 .toString(),
             QStringLiteral("sb te'st\\x"));
}

// options= holds spaces of its own: libpq splits it into the server's -c settings.
void tst_PgConnect::optionsWithSpacesReachServer()
{
    const auto url = StoreUrl::parse(withQuery(
        m_url, QStringLiteral("options=-c%20statement_timeout%3D4321%20-c%20lock_timeout=1234")));
    SB_VERIFY_OK(url);
    RawConnection connection(*url, url->connectOptions());
    QVERIFY2(connection.isOpen(), qPrintable(connection.error()));
    QCOMPARE(connection.scalar(QStringLiteral("SHOW statement_timeout")).toString(),
             QStringLiteral("4321ms"));
    QCOMPARE(connection.scalar(QStringLiteral("SHOW lock_timeout")).toString(),
             QStringLiteral("1234ms"));
}

// StoreUrl knows the keywords; libpq checks their values, and the store says so.
void tst_PgConnect::invalidValueRefusedByLibpq()
{
    const QString url = withQuery(withPassword(m_url, Canary), QStringLiteral("sslmode=requre"));
    SB_VERIFY_OK(StoreUrl::parse(url));
    const auto opened = Database::open(url);
    SB_VERIFY_ERROR(opened, StoreError::CannotOpen);
    QVERIFY2(opened.error().message.contains(QLatin1String("requre")),
             qPrintable(opened.error().message));
    QVERIFY2(!opened.error().message.contains(Canary), qPrintable(opened.error().message));
}

// Why StoreUrl refuses a ';' in a value: QPSQLDriver::open() makes every ';' of the connect
// options a space, even inside quotes. If a later Qt stops doing so, this fails and the
// refusal can go.
void tst_PgConnect::qpsqlTurnsSemicolonsIntoSpaces()
{
    const auto url = StoreUrl::parse(m_url);
    SB_VERIFY_OK(url);
    QVERIFY(!StoreUrl::parse(withQuery(m_url, QStringLiteral("application_name=a%3Bb"))).ok());
    RawConnection connection(*url, QStringLiteral("application_name='a;b'"));
    QVERIFY2(connection.isOpen(), qPrintable(connection.error()));
    QCOMPARE(
        connection.scalar(QStringLiteral("SELECT current_setting('application_name')")).toString(),
        QStringLiteral("a b"));
}

QTEST_GUILESS_MAIN(tst_PgConnect)
#include "tst_pgconnect.moc"

#include "rawdatabase.h"
#include "teststore.h"

#include "draftrepository.h"
#include "memberrole.h"
#include "messagerepository.h"
#include "notificationrepository.h"
#include "store.h"
#include "storeurl.h"
#include "userrepository.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <libpq-fe.h>

#include <memory>
#include <vector>

using namespace signalbox;

// Issue 11, "Tests and CI": a member (carol) attacks a team store with plain SQL over her own
// login, as psql would, and every attack is refused by the server: an error, or (where
// row-level security hides the rows) a statement that sees or changes nothing. After every
// attack each table, and the roles, memberships, policies, triggers, functions and grants of
// the store, are byte for byte what they were (checksums through the administrator's
// connection). The plain SQLite run has no server to attack and skips.
class tst_TeamSecurity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void attackIsRefused_data();
    void attackIsRefused();
    void copyOutGivesOnlyHerRows_data();
    void copyOutGivesOnlyHerRows();
    void copyInIsRefused_data();
    void copyInIsRefused();
    void notifyPayloadsCarryNoText();
    // Last: carol is gone afterwards.
    void deletedAccountCannotConnect();

private:
    // What one statement of an attack must come to.
    enum class Outcome {
        Runs,           // a step the attack needs (BEGIN, SET): must work
        Refused,        // an error with the given SQLSTATE
        SeesNothing,    // a query that runs and returns no row
        ChangesNothing, // an UPDATE or DELETE that runs and affects no row
        SaysNo,         // a query whose one value is false
    };
    struct Step
    {
        QString sql;
        QVariantList values;
        Outcome outcome;
        QString sqlState;
    };
    struct Attack
    {
        QByteArray name;
        QList<Step> steps;
    };
    QList<Attack> attacks() const;

    QMap<QString, QString> checksums();
    QMap<QString, QString> pairChecksums();
    bool canConnect(const QString &username, QString *error = nullptr);

    std::unique_ptr<test::TestStore> m_ts;
    std::unique_ptr<test::RawDatabase> m_admin;
    User m_alice, m_bob, m_carol;
    Message m_plan;   // alice → bob, edited (a history row)
    Message m_answer; // bob → alice, a reply to m_plan
    Message m_unread; // bob → alice, unread
    Message m_hello;  // carol → alice
    Message m_back;   // alice → carol, a reply to m_hello
    Id m_bobsNotification = 0;
    qint64 m_largeObject = 0; // the administrator's
};

namespace {

// A connection of a member's own login role to the test server, as psql would open it.
class MemberConnection
{
public:
    explicit MemberConnection(const QString &username, const QString &password = {})
        : m_name(QStringLiteral("member-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        const auto url = StoreUrl::parse(qEnvironmentVariable("SIGNALBOX_TEST_PG_URL"));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        if (!url)
            return;
        db.setHostName(url->host());
        db.setPort(url->port());
        db.setDatabaseName(url->databaseName());
        db.setUserName(MemberRole::of(username));
        db.setPassword(password.isNull() ? test::TestStore::passwordOf(username) : password);
        if (db.open())
            QSqlQuery(db).exec(QStringLiteral("SET client_min_messages = error"));
        else
            m_error = db.lastError().text();
    }
    ~MemberConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isValid())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    MemberConnection(const MemberConnection &) = delete;
    MemberConnection &operator=(const MemberConnection &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool isOpen() const { return db().isOpen(); }
    QString error() const { return m_error; }

private:
    QString m_name;
    QString m_error;
};

// The same login through libpq itself, for COPY (the Qt driver cannot run COPY … STDIN/STDOUT).
struct PgConnection
{
    PGconn *conn = nullptr;

    explicit PgConnection(const QString &username)
    {
        const auto url = StoreUrl::parse(qEnvironmentVariable("SIGNALBOX_TEST_PG_URL"));
        if (!url)
            return;
        const QByteArray host = url->host().toUtf8();
        const QByteArray port = QByteArray::number(url->port());
        const QByteArray db = url->databaseName().toUtf8();
        const QByteArray user = MemberRole::of(username).toUtf8();
        const QByteArray password = test::TestStore::passwordOf(username).toUtf8();
        const char *keys[] = {"host", "port", "dbname", "user", "password", nullptr};
        const char *values[] = {host.constData(), port.constData(),     db.constData(),
                                user.constData(), password.constData(), nullptr};
        conn = PQconnectdbParams(keys, values, 0);
    }
    ~PgConnection() { PQfinish(conn); }
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;
    bool isOpen() const { return conn && PQstatus(conn) == CONNECTION_OK; }
};

QString idList(std::initializer_list<Id> ids)
{
    QStringList parts;
    for (const Id id : ids)
        parts.append(QString::number(id));
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

} // namespace

void tst_TeamSecurity::initTestCase()
{
    if (!test::TestStore::onPostgres())
        QSKIP("The hostile member attacks a PostgreSQL team store (run it through "
              "scripts/with-postgres.sh as tst_teamsecurity_postgresql)");
    m_ts = std::make_unique<test::TestStore>();
    QVERIFY(m_ts->isValid());
    m_alice = m_ts->addUser(QStringLiteral("alice"));
    m_bob = m_ts->addUser(QStringLiteral("bob"));
    m_carol = m_ts->addUser(QStringLiteral("carol"));
    QVERIFY(m_alice.isValid() && m_bob.isValid() && m_carol.isValid());

    // alice ↔ bob: a message, a reply, an edit (history), an unread one, drafts both ways.
    m_plan = m_ts->send(m_alice, m_bob, QStringLiteral("the secret plan, first draft"));
    QVERIFY(m_plan.id > 0);
    m_answer = m_ts->send(m_bob, m_alice, QStringLiteral("bob's secret answer"), m_plan.id);
    QVERIFY(m_answer.id > 0);
    auto edited = m_ts->store().messages().edit(m_alice, m_plan.id,
                                                QStringLiteral("the secret plan, final"));
    QVERIFY2(edited, qPrintable(edited ? QString() : edited.error().message));
    m_unread = m_ts->send(m_bob, m_alice, QStringLiteral("bob's secret, unread"));
    QVERIFY(m_unread.id > 0);
    QVERIFY(m_ts->store().messages().markRead(m_alice, m_answer.id));
    QVERIFY(m_ts->store().drafts().save(m_alice, m_bob.id, QStringLiteral("alice's secret draft")));
    QVERIFY(m_ts->store().drafts().save(m_bob, m_alice.id, QStringLiteral("bob's secret draft"),
                                        m_plan.id));
    // carol ↔ alice: her own conversation (so her account has data to clean up), her draft.
    m_hello = m_ts->send(m_carol, m_alice, QStringLiteral("hello alice, carol here"));
    QVERIFY(m_hello.id > 0);
    auto hello = m_ts->store().messages().edit(m_carol, m_hello.id,
                                               QStringLiteral("hello alice, carol here!"));
    QVERIFY2(hello, qPrintable(hello ? QString() : hello.error().message));
    m_hello = *hello;
    m_back = m_ts->send(m_alice, m_carol, QStringLiteral("hello carol"), m_hello.id);
    QVERIFY(m_back.id > 0);
    QVERIFY(m_ts->store().drafts().save(m_carol, m_alice.id, QStringLiteral("carol's draft")));

    auto bobs = m_ts->store().notifications().listFor(m_bob);
    QVERIFY(bobs);
    for (const Notification &n : *bobs) {
        if (n.messageId == m_plan.id)
            m_bobsNotification = n.id;
    }
    QVERIFY(m_bobsNotification > 0);

    m_admin = std::make_unique<test::RawDatabase>(m_ts->path());
    QVERIFY(m_admin->isOpen());
    // Everything the attacks aim at is there, so that "nothing seen" means hidden, not absent.
    QCOMPARE(m_admin
                 ->scalar(QStringLiteral("SELECT count(*) FROM message_history WHERE "
                                         "message_id = ?"),
                          {m_plan.id})
                 .toInt(),
             1);
    QCOMPARE(m_admin
                 ->scalar(QStringLiteral("SELECT count(*) FROM conversations WHERE user_id "
                                         "IN (?, ?) AND peer_id IN (?, ?)"),
                          {m_alice.id, m_bob.id, m_alice.id, m_bob.id})
                 .toInt(),
             2);
    QCOMPARE(m_admin->scalar(QStringLiteral("SELECT count(*) FROM drafts")).toInt(), 3);
    QVERIFY(m_admin
                ->scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE NOT (? = "
                                        "ANY (audience))"),
                         {m_carol.id})
                .toInt()
            > 0);
    // A large object of the administrator's, and statistics of the tables (pg_stats).
    m_largeObject = m_admin
                        ->scalar(QStringLiteral("SELECT lo_from_bytea(0, convert_to(?, 'UTF8'))"),
                                 {QStringLiteral("the administrator's secret object")})
                        .toLongLong();
    QVERIFY(m_largeObject > 0);
    QSqlQuery analyze(m_admin->connection());
    QVERIFY2(analyze.exec(QStringLiteral("ANALYZE users, messages, message_history, "
                                         "notifications, conversations, drafts, change_log")),
             qPrintable(analyze.lastError().text()));
    QVERIFY(canConnect(QStringLiteral("carol")));
}

void tst_TeamSecurity::cleanupTestCase()
{
    if (m_admin && m_largeObject > 0)
        m_admin->tryExec(QStringLiteral("SELECT lo_unlink(?)"), {m_largeObject});
    m_admin.reset();
    m_ts.reset();
}

bool tst_TeamSecurity::canConnect(const QString &username, QString *error)
{
    MemberConnection c(username);
    if (error)
        *error = c.error();
    return c.isOpen();
}

// Every table row by row, and what PostgreSQL keeps about the store's roles, grants, policies,
// triggers and functions. Names come from the catalogue, never from input.
QMap<QString, QString> tst_TeamSecurity::checksums()
{
    QMap<QString, QString> sums;
    const QList<QVariantList> tables = m_admin->rows(
        QStringLiteral("SELECT tablename, quote_ident(tablename) FROM pg_tables WHERE "
                       "schemaname = 'public' ORDER BY 1"));
    for (const QVariantList &table : tables) {
        sums.insert(QStringLiteral("table ") + table.at(0).toString(),
                    m_admin
                        ->scalar(QStringLiteral("SELECT count(*) || ' ' || md5(coalesce("
                                                "string_agg(t::text, '|' ORDER BY t::text), '')) "
                                                "FROM public.%1 t")
                                     .arg(table.at(1).toString()))
                        .toString());
    }
    const auto digest = [this](const QString &select) {
        return m_admin
            ->scalar(QStringLiteral("SELECT count(*) || ' ' || md5(coalesce(string_agg(x::text, "
                                    "'|' ORDER BY x::text), '')) FROM (")
                     + select + QStringLiteral(") x"))
            .toString();
    };
    const QString catalogue[][2] = {
        // Roles of the cluster (a new one would show) and the flags of ours. The passwords
        // themselves are in pg_authid, which only a superuser reads: canConnect() checks them.
        {QStringLiteral("roles"),
         QStringLiteral("SELECT rolname, rolsuper, rolinherit, rolcreaterole, rolcreatedb, "
                        "rolcanlogin, rolreplication, rolbypassrls, rolconnlimit, rolvaliduntil, "
                        "rolconfig FROM pg_roles")},
        {QStringLiteral("memberships"),
         QStringLiteral("SELECT roleid::regrole::text, member::regrole::text, "
                        "grantor::regrole::text, admin_option FROM pg_auth_members")},
        {QStringLiteral("policies"), QStringLiteral("SELECT * FROM pg_policies")},
        {QStringLiteral("triggers"),
         QStringLiteral("SELECT tgrelid::regclass::text, tgname, tgfoid::regprocedure::text, "
                        "tgtype, tgenabled, tgisinternal, tgdeferrable, tginitdeferred, "
                        "pg_get_triggerdef(t.oid) FROM pg_trigger t")},
        {QStringLiteral("event triggers"), QStringLiteral("SELECT evtname FROM pg_event_trigger")},
        {QStringLiteral("functions"),
         QStringLiteral("SELECT p.oid::regprocedure::text, p.prosrc, p.prosecdef, p.proconfig, "
                        "p.proacl, p.proowner::regrole::text, p.provolatile, p.proleakproof "
                        "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                        "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')")},
        // Tables, sequences, indexes, temporary tables: owner, grants, row-level security.
        {QStringLiteral("relations"),
         QStringLiteral("SELECT n.nspname, c.relname, c.relkind, c.relowner::regrole::text, "
                        "c.relacl, c.relrowsecurity, c.relforcerowsecurity, c.relhastriggers, "
                        "c.relhasrules FROM pg_class c JOIN pg_namespace n ON n.oid = "
                        "c.relnamespace WHERE n.nspname NOT IN ('pg_catalog', "
                        "'information_schema', 'pg_toast')")},
        {QStringLiteral("column grants"),
         QStringLiteral("SELECT attrelid::regclass::text, attname, attacl FROM pg_attribute "
                        "WHERE attacl IS NOT NULL")},
        {QStringLiteral("schemas"),
         QStringLiteral("SELECT nspname, nspowner::regrole::text, nspacl FROM pg_namespace")},
        {QStringLiteral("database"),
         QStringLiteral("SELECT datname, datdba::regrole::text, datacl FROM pg_database")},
        {QStringLiteral("extensions"),
         QStringLiteral("SELECT extname, extversion, extowner::regrole::text FROM pg_extension")},
        {QStringLiteral("rules"), QStringLiteral("SELECT * FROM pg_rules")},
        {QStringLiteral("role settings"),
         QStringLiteral("SELECT setdatabase, setrole::regrole::text, setconfig FROM "
                        "pg_db_role_setting")},
        {QStringLiteral("default privileges"), QStringLiteral("SELECT * FROM pg_default_acl")},
        {QStringLiteral("large objects"),
         QStringLiteral("SELECT oid, lomowner::regrole::text, lomacl FROM "
                        "pg_largeobject_metadata")},
        {QStringLiteral("publications"), QStringLiteral("SELECT pubname FROM pg_publication")},
    };
    for (const auto &entry : catalogue)
        sums.insert(entry[0], digest(entry[1]));
    sums.insert(
        QStringLiteral("the administrator's large object"),
        m_admin->scalar(QStringLiteral("SELECT md5(lo_get(?))"), {m_largeObject}).toString());
    return sums;
}

// What belongs to alice and bob alone, for the account deletion of someone else.
QMap<QString, QString> tst_TeamSecurity::pairChecksums()
{
    const QVariantList pair = {m_alice.id, m_bob.id, m_alice.id, m_bob.id};
    const QString selects[][2] = {
        {QStringLiteral("users"),
         QStringLiteral("SELECT u FROM users u WHERE id IN (?, ?) OR id IN (?, ?)")},
        {QStringLiteral("messages"),
         QStringLiteral("SELECT m FROM messages m WHERE sender_id IN (?, ?) AND receiver_id IN "
                        "(?, ?)")},
        {QStringLiteral("message_history"),
         QStringLiteral("SELECT h FROM message_history h JOIN messages m ON m.id = h.message_id "
                        "WHERE m.sender_id IN (?, ?) AND m.receiver_id IN (?, ?)")},
        {QStringLiteral("notifications"),
         QStringLiteral("SELECT n FROM notifications n JOIN messages m ON m.id = n.message_id "
                        "WHERE m.sender_id IN (?, ?) AND m.receiver_id IN (?, ?)")},
        {QStringLiteral("conversations"),
         QStringLiteral("SELECT c FROM conversations c WHERE user_id IN (?, ?) AND peer_id IN "
                        "(?, ?)")},
        {QStringLiteral("drafts"),
         QStringLiteral("SELECT d FROM drafts d WHERE user_id IN (?, ?) AND peer_id IN (?, ?)")},
        {QStringLiteral("signalbox_members"),
         QStringLiteral("SELECT s FROM signalbox_members s WHERE user_id IN (?, ?) OR user_id "
                        "IN (?, ?)")},
    };
    QMap<QString, QString> sums;
    for (const auto &entry : selects) {
        sums.insert(entry[0],
                    m_admin
                        ->scalar(QStringLiteral("SELECT count(*) || ' ' || md5(coalesce("
                                                "string_agg(x::text, '|' ORDER BY x::text), '')) "
                                                "FROM (")
                                     + entry[1] + QStringLiteral(") x"),
                                 pair)
                        .toString());
    }
    return sums;
}

QList<tst_TeamSecurity::Attack> tst_TeamSecurity::attacks() const
{
    const Id a = m_alice.id, b = m_bob.id, c = m_carol.id;
    const QString denied = QStringLiteral("42501");     // insufficient_privilege
    const QString dangling = QStringLiteral("23503");   // foreign_key_violation
    const QString badValue = QStringLiteral("22023");   // invalid_parameter_value
    const QString noFunction = QStringLiteral("42883"); // undefined_function
    const auto runs = [](const QString &sql, const QVariantList &values = {}) {
        return Step{sql, values, Outcome::Runs, {}};
    };
    const auto refused
        = [](const QString &state, const QString &sql, const QVariantList &values = {}) {
              return Step{sql, values, Outcome::Refused, state};
          };
    const auto seesNothing = [](const QString &sql, const QVariantList &values = {}) {
        return Step{sql, values, Outcome::SeesNothing, {}};
    };
    const auto changesNothing = [](const QString &sql, const QVariantList &values = {}) {
        return Step{sql, values, Outcome::ChangesNothing, {}};
    };
    const auto saysNo = [](const QString &sql, const QVariantList &values = {}) {
        return Step{sql, values, Outcome::SaysNo, {}};
    };
    const QString scram
        = QStringLiteral("SCRAM-SHA-256$4096:c2FsdHNhbHRzYWx0$"
                         "SXZpYQ0N7vTLP2VD1B7VH3ITfVfA9mJ/"
                         "jNq1ZSrFQVk=:7qhSXZ3oWnUdYdrIeVANhK1+IOtJsJAzFVnnA1vzb2A=");
    const QString forgedRemoval = QStringLiteral("{\"ud\":[%1]}").arg(a);

    return {
        // Reading what is not hers.
        {"read alice and bob's messages",
         {seesNothing(QStringLiteral("SELECT id, content FROM messages WHERE sender_id IN (?, ?) "
                                     "AND receiver_id IN (?, ?)"),
                      {a, b, a, b})}},
        {"read a message by its id",
         {seesNothing(QStringLiteral("SELECT content FROM messages WHERE id = ?"), {m_plan.id})}},
        {"search alice and bob's text",
         {seesNothing(
             QStringLiteral("SELECT id FROM messages WHERE to_tsvector('simple', "
                            "signalbox_fold(content)) @@ to_tsquery('simple', 'secret')"))}},
        {"an error message that would quote a hidden text",
         {seesNothing(QStringLiteral("SELECT id FROM messages WHERE receiver_id = ? AND "
                                     "CAST(content AS INTEGER) = 1"),
                      {b})}},
        {"read the edit history",
         {seesNothing(QStringLiteral("SELECT * FROM message_history WHERE message_id <> ?"),
                      {m_hello.id})}},
        {"read others' notifications",
         {seesNothing(QStringLiteral("SELECT * FROM notifications WHERE user_id <> ?"), {c})}},
        {"read others' conversations",
         {seesNothing(QStringLiteral("SELECT * FROM conversations WHERE user_id <> ?"), {c})}},
        {"read others' drafts",
         {seesNothing(QStringLiteral("SELECT * FROM drafts WHERE user_id <> ?"), {c})}},
        {"read others' change log entries",
         {seesNothing(QStringLiteral("SELECT * FROM change_log WHERE audience IS NOT NULL AND "
                                     "NOT (? = ANY (audience))"),
                      {c})}},
        {"read password hashes",
         {refused(denied, QStringLiteral("SELECT username, password_hash FROM users"))}},
        {"read every column of users", {refused(denied, QStringLiteral("SELECT * FROM users"))}},
        {"read others' member rows",
         {seesNothing(
             QStringLiteral("SELECT * FROM signalbox_members WHERE role_name <> session_user"))}},
        {"read the planner's statistics of hidden rows",
         {seesNothing(QStringLiteral("SELECT most_common_vals::text FROM pg_stats WHERE "
                                     "schemaname = 'public' AND tablename IN ('messages', "
                                     "'message_history', 'drafts')"))}},
        {"read what alice's session is running",
         {seesNothing(QStringLiteral("SELECT query FROM pg_stat_activity WHERE usename = ? AND "
                                     "query <> '<insufficient privilege>'"),
                      {MemberRole::of(QStringLiteral("alice"))})}},
        {"ask whether a message is alice and bob's",
         {saysNo(QStringLiteral("SELECT signalbox_same_pair(?, ?, ?)"), {m_plan.id, a, b})}},
        {"count alice's data",
         {refused(denied, QStringLiteral("SELECT * FROM signalbox_owned_counts(?)"), {a})}},

        // Forged inserts.
        {"send a message as alice",
         {refused(denied,
                  QStringLiteral("INSERT INTO messages (sender_id, receiver_id, content, "
                                 "timestamp) VALUES (?, ?, 'forged by carol', 0)"),
                  {a, b})}},
        {"reply into alice and bob's thread",
         {refused(denied,
                  QStringLiteral("INSERT INTO messages (sender_id, receiver_id, "
                                 "parent_message_id, content, timestamp) VALUES (?, ?, ?, "
                                 "'carol butts in', 0)"),
                  {c, b, m_plan.id})}},
        {"reply to alice under alice and bob's message",
         {refused(denied,
                  QStringLiteral("INSERT INTO messages (sender_id, receiver_id, "
                                 "parent_message_id, content, timestamp) VALUES (?, ?, ?, "
                                 "'carol butts in', 0)"),
                  {c, a, m_plan.id})}},
        {"send a message that looks edited",
         {refused(denied,
                  QStringLiteral("INSERT INTO messages (sender_id, receiver_id, content, "
                                 "timestamp, edited, edited_at) VALUES (?, ?, 'x', 0, 1, 1)"),
                  {c, a})}},
        {"notify bob of alice's message",
         {refused(denied,
                  QStringLiteral("INSERT INTO notifications (user_id, message_id, created_at) "
                                 "VALUES (?, ?, 0)"),
                  {b, m_plan.id})}},
        {"notify alice of a message not just sent",
         {refused(denied,
                  QStringLiteral("INSERT INTO notifications (user_id, message_id, created_at) "
                                 "VALUES (?, ?, 0)"),
                  {a, m_hello.id})}},
        {"write history for alice's message",
         {refused(denied,
                  QStringLiteral("INSERT INTO message_history (message_id, old_content, "
                                 "edited_at, edited_by_id) VALUES (?, 'forged', 0, ?)"),
                  {m_plan.id, c})}},
        {"write history for her own message without an edit",
         {refused(denied,
                  QStringLiteral("INSERT INTO message_history (message_id, old_content, "
                                 "edited_at, edited_by_id) VALUES (?, ?, ?, ?)"),
                  {m_hello.id, m_hello.content, 1, c})}},
        {"make a conversation summary",
         {refused(denied,
                  QStringLiteral("INSERT INTO conversations (user_id, peer_id, last_timestamp, "
                                 "unread_count) VALUES (?, ?, 0, 5)"),
                  {b, c})}},
        {"write a draft as alice",
         {refused(denied,
                  QStringLiteral("INSERT INTO drafts (user_id, peer_id, content, updated_at) "
                                 "VALUES (?, ?, 'x', 0)"),
                  {a, b})}},
        {"make an account",
         {refused(denied,
                  QStringLiteral("INSERT INTO users (username, username_key, username_skeleton, "
                                 "created_at) VALUES ('mallory', 'mallory', 'mallory', 0)"))}},
        {"make a member row",
         {refused(denied,
                  QStringLiteral("INSERT INTO signalbox_members (role_name, user_id) VALUES "
                                 "(session_user, ?)"),
                  {a})}},
        {"a change log entry for alice and bob",
         {refused(denied,
                  QStringLiteral("INSERT INTO change_log (origin, created_at, payload, audience) "
                                 "VALUES ('carol', 0, '{}', CAST(? AS BIGINT[]))"),
                  {idList({a, b})})}},
        {"tell everyone alice's account is gone",
         {refused(denied,
                  QStringLiteral("INSERT INTO change_log (origin, created_at, payload) VALUES "
                                 "('carol', 0, ?)"),
                  {forgedRemoval})}},
        {"tell alice her account is gone",
         {refused(denied,
                  QStringLiteral("INSERT INTO change_log (origin, created_at, payload, audience) "
                                 "VALUES ('carol', 0, ?, CAST(? AS BIGINT[]))"),
                  {forgedRemoval, idList({a, c})})}},
        {"announce an account that does not exist",
         {refused(denied,
                  QStringLiteral("INSERT INTO change_log (origin, created_at, payload) VALUES "
                                 "('carol', 0, '{\"ua\":[999999]}')"))}},

        // Changing what is not hers.
        {"rewrite alice's message",
         {changesNothing(QStringLiteral("UPDATE messages SET content = 'forged', edited = 1, "
                                        "edited_at = 1 WHERE id = ?"),
                         {m_plan.id})}},
        {"mark bob's messages read",
         {changesNothing(QStringLiteral("UPDATE messages SET read = 1 WHERE receiver_id = ?"),
                         {b})}},
        {"mark her own message to alice read",
         {refused(denied, QStringLiteral("UPDATE messages SET read = 1 WHERE id = ?"),
                  {m_hello.id})}},
        {"edit her own message without history",
         {refused(denied,
                  QStringLiteral("UPDATE messages SET content = 'rewritten', edited = 1, "
                                 "edited_at = 5 WHERE id = ?"),
                  {m_hello.id})}},
        {"edit alice's reply to her",
         {refused(denied,
                  QStringLiteral("UPDATE messages SET content = 'rewritten', edited = 1, "
                                 "edited_at = 5 WHERE id = ?"),
                  {m_back.id})}},
        {"readdress her message to bob",
         {refused(denied, QStringLiteral("UPDATE messages SET receiver_id = ? WHERE id = ?"),
                  {b, m_hello.id})}},
        {"mark bob's notifications read",
         {changesNothing(QStringLiteral("UPDATE notifications SET read = 1 WHERE user_id = ?"),
                         {b})}},
        {"change alice's unread count",
         {changesNothing(
             QStringLiteral("UPDATE conversations SET unread_count = 99 WHERE user_id = ?"), {a})}},
        {"point her summary at alice and bob's message",
         {refused(denied,
                  QStringLiteral("UPDATE conversations SET last_message_id = ? WHERE user_id = ?"),
                  {m_plan.id, c})}},
        {"rewrite alice's draft",
         {changesNothing(QStringLiteral("UPDATE drafts SET content = 'x' WHERE user_id = ?"),
                         {a})}},
        {"become alice",
         {refused(denied, QStringLiteral("UPDATE signalbox_members SET user_id = ?"), {a})}},
        {"rename alice",
         {refused(denied, QStringLiteral("UPDATE users SET username = 'x' WHERE id = ?"), {a})}},
        {"rewrite the change log",
         {refused(denied, QStringLiteral("UPDATE change_log SET payload = '{}'"))}},

        // The store's functions, for others.
        {"rebuild alice and bob's summaries",
         {refused(denied, QStringLiteral("SELECT signalbox_conversation_rebuild(?, ?)"), {a, b})}},
        {"count a send of alice's",
         {refused(denied, QStringLiteral("SELECT signalbox_conversation_after_send(?)"),
                  {m_plan.id})}},
        {"count her own old message again",
         {refused(denied, QStringLiteral("SELECT signalbox_conversation_after_send(?)"),
                  {m_hello.id})}},
        {"remove bob's notifications",
         {refused(denied, QStringLiteral("SELECT signalbox_remove_notifications(?)"),
                  {m_plan.id})}},
        {"remove the notifications of a message to her",
         {refused(denied, QStringLiteral("SELECT signalbox_remove_notifications(?)"),
                  {m_back.id})}},
        {"make a login",
         {refused(denied, QStringLiteral("SELECT signalbox_admin_login('sb_mallory', ?, ?, false)"),
                  {scram, a})}},
        {"drop alice's login",
         {refused(denied, QStringLiteral("SELECT signalbox_admin_drop_login(?)"),
                  {MemberRole::of(QStringLiteral("alice"))})}},
        {"a password that is no SCRAM verifier",
         {refused(badValue, QStringLiteral("SELECT signalbox_set_own_password('plain text')"))}},
        {"an MD5 password",
         {refused(
             badValue,
             QStringLiteral("SELECT "
                            "signalbox_set_own_password('md5c4ca4238a0b923820dcc509a6f75849b')"))}},
        {"close her login without leaving",
         {refused(denied, QStringLiteral("SELECT signalbox_close_own_login()"))}},

        // Deleting what is not hers.
        {"delete alice and bob's messages",
         {changesNothing(QStringLiteral("DELETE FROM messages WHERE id IN (?, ?, ?)"),
                         {m_plan.id, m_answer.id, m_unread.id})}},
        {"delete alice's message to her",
         {changesNothing(QStringLiteral("DELETE FROM messages WHERE id = ?"), {m_back.id})}},
        {"delete bob's notifications",
         {changesNothing(QStringLiteral("DELETE FROM notifications WHERE user_id = ?"), {b})}},
        {"delete alice's summaries",
         {refused(denied,
                  QStringLiteral("DELETE FROM conversations WHERE user_id = ? OR peer_id = ?"),
                  {a, a})}},
        {"remove alice's summaries through the server",
         {refused(denied, QStringLiteral("SELECT signalbox_remove_conversations(?)"), {a})}},
        {"remove her own summaries while staying",
         {refused(denied, QStringLiteral("SELECT signalbox_remove_conversations(?)"), {c})}},
        {"while leaving, remove alice's summaries",
         {runs(QStringLiteral("BEGIN")),
          runs(QStringLiteral("DELETE FROM users WHERE id = ?"), {c}),
          refused(denied, QStringLiteral("SELECT signalbox_remove_conversations(?)"), {a})}},
        {"delete the edit history",
         {changesNothing(QStringLiteral("DELETE FROM message_history WHERE message_id <> ?"),
                         {m_hello.id})}},
        {"erase the edit history of her own message",
         {refused(denied, QStringLiteral("DELETE FROM message_history WHERE message_id = ?"),
                  {m_hello.id})}},
        {"delete alice's drafts",
         {changesNothing(QStringLiteral("DELETE FROM drafts WHERE user_id = ?"), {a})}},
        {"delete alice's account",
         {changesNothing(QStringLiteral("DELETE FROM users WHERE id = ?"), {a})}},
        {"empty the change log", {refused(denied, QStringLiteral("DELETE FROM change_log"))}},
        {"delete the schema version",
         {refused(denied, QStringLiteral("DELETE FROM schema_migrations"))}},
        {"delete her own account row, leaving her data",
         {refused(dangling, QStringLiteral("DELETE FROM users WHERE id = ?"), {c})}},
        {"leave, taking others' data along",
         {runs(QStringLiteral("BEGIN")),
          runs(QStringLiteral("DELETE FROM users WHERE id = ?"), {c}),
          changesNothing(QStringLiteral("DELETE FROM messages WHERE sender_id IN (?, ?) AND "
                                        "receiver_id IN (?, ?)"),
                         {a, b, a, b}),
          changesNothing(QStringLiteral("DELETE FROM notifications WHERE user_id = ?"), {b}),
          changesNothing(QStringLiteral("DELETE FROM message_history WHERE message_id = ?"),
                         {m_plan.id}),
          changesNothing(QStringLiteral("DELETE FROM drafts WHERE user_id IN (?, ?)"), {a, b}),
          // Her own messages are still there: the deferred foreign keys refuse the COMMIT.
          refused(dangling, QStringLiteral("COMMIT"))}},
        {"while leaving, tell everyone alice's account is gone",
         {runs(QStringLiteral("BEGIN")),
          runs(QStringLiteral("DELETE FROM users WHERE id = ?"), {c}),
          refused(denied,
                  QStringLiteral("INSERT INTO change_log (origin, created_at, payload) VALUES "
                                 "('carol', 0, ?)"),
                  {forgedRemoval})}},

        // The schema, the roles and the server.
        {"drop a table", {refused(denied, QStringLiteral("DROP TABLE messages"))}},
        {"truncate a table", {refused(denied, QStringLiteral("TRUNCATE messages"))}},
        {"switch row-level security off",
         {refused(denied, QStringLiteral("ALTER TABLE messages DISABLE ROW LEVEL SECURITY"))}},
        {"stop forcing row-level security",
         {refused(denied, QStringLiteral("ALTER TABLE messages NO FORCE ROW LEVEL SECURITY"))}},
        {"take a table over",
         {refused(denied, QStringLiteral("ALTER TABLE messages OWNER TO CURRENT_USER"))}},
        {"add a column",
         {refused(denied, QStringLiteral("ALTER TABLE messages ADD COLUMN loot TEXT"))}},
        {"ignore row-level security",
         {runs(QStringLiteral("SET row_security = off")),
          refused(denied, QStringLiteral("SELECT id FROM messages"))}},
        {"create a table", {refused(denied, QStringLiteral("CREATE TABLE public.loot (t TEXT)"))}},
        {"create a temporary table",
         {refused(denied, QStringLiteral("CREATE TEMP TABLE loot (t TEXT)"))}},
        {"create a schema", {refused(denied, QStringLiteral("CREATE SCHEMA loot"))}},
        {"create a function",
         {refused(denied, QStringLiteral("CREATE FUNCTION public.loot() RETURNS INTEGER "
                                         "LANGUAGE sql AS 'SELECT 1'"))}},
        {"replace signalbox_me()",
         {refused(denied, QStringLiteral("CREATE OR REPLACE FUNCTION public.signalbox_me() "
                                         "RETURNS BIGINT LANGUAGE sql AS 'SELECT 1::BIGINT'"))}},
        {"make signalbox_sent_now() run as her",
         {refused(denied,
                  QStringLiteral("ALTER FUNCTION signalbox_sent_now(BIGINT, BIGINT) SECURITY "
                                 "INVOKER"))}},
        {"make signalbox_me() run with the owner's rights",
         {refused(denied, QStringLiteral("ALTER FUNCTION signalbox_me() SECURITY DEFINER"))}},
        // The helpers policies call run with her own rights and no fixed search_path: a path
        // of her choosing must change nothing (she can create objects in no schema).
        {"send as alice behind her own search_path",
         {runs(QStringLiteral("SET search_path TO public, pg_catalog")),
          refused(denied,
                  QStringLiteral("INSERT INTO messages (sender_id, receiver_id, content, "
                                 "timestamp, read) VALUES (?, ?, 'forged', 1, 0)"),
                  {a, b})}},
        {"read alice's messages with an empty search_path",
         {runs(QStringLiteral("SET search_path TO ''")),
          seesNothing(QStringLiteral("SELECT id FROM public.messages WHERE sender_id IN (?, ?) "
                                     "AND receiver_id IN (?, ?)"),
                      {a, b, a, b})}},
        {"ask whether alice is leaving, as alice's message's sender",
         {saysNo(QStringLiteral("SELECT signalbox_leaving_sender(?)"), {m_plan.id})}},
        {"ask for a leaving account while staying",
         {saysNo(QStringLiteral("SELECT signalbox_leaving_account() IS NOT NULL"))}},
        {"create a trigger that copies every message",
         {refused(denied,
                  QStringLiteral("CREATE TRIGGER copy_all AFTER INSERT ON messages FOR EACH ROW "
                                 "EXECUTE FUNCTION signalbox_check_message_update()"))}},
        {"create a rule",
         {refused(denied, QStringLiteral("CREATE RULE copy_all AS ON INSERT TO messages DO ALSO "
                                         "NOTIFY loot"))}},
        {"create an index",
         {refused(denied, QStringLiteral("CREATE INDEX loot ON messages (content)"))}},
        {"create a policy that shows everything",
         {refused(denied, QStringLiteral("CREATE POLICY open ON messages FOR SELECT TO "
                                         "signalbox_member USING (true)"))}},
        {"drop a policy", {refused(denied, QStringLiteral("DROP POLICY member_read ON messages"))}},
        {"comment on a table",
         {refused(denied, QStringLiteral("COMMENT ON TABLE messages IS 'mine'"))}},
        {"set alice's password",
         {refused(denied, QStringLiteral("ALTER ROLE %1 PASSWORD 'carol-password'")
                              .arg(MemberRole::of(QStringLiteral("alice"))))}},
        {"let the owner role log in",
         {refused(denied, QStringLiteral("ALTER ROLE signalbox_owner LOGIN PASSWORD "
                                         "'carol-password'"))}},
        {"give herself BYPASSRLS",
         {refused(denied, QStringLiteral("ALTER ROLE CURRENT_USER BYPASSRLS"))}},
        {"give herself CREATEROLE",
         {refused(denied, QStringLiteral("ALTER ROLE CURRENT_USER CREATEROLE"))}},
        {"create a role",
         {refused(denied,
                  QStringLiteral("CREATE ROLE mallory LOGIN PASSWORD 'mallory-password'"))}},
        {"join the owner role",
         {refused(denied, QStringLiteral("GRANT signalbox_owner TO CURRENT_USER"))}},
        {"let alice's role into the group again",
         {refused(denied, QStringLiteral("GRANT signalbox_member TO %1")
                              .arg(MemberRole::of(QStringLiteral("alice"))))}},
        {"grant the administrator's function to members",
         {refused(denied,
                  QStringLiteral("GRANT EXECUTE ON FUNCTION signalbox_admin_drop_login(TEXT) "
                                 "TO signalbox_member"))}},
        {"take bob out of the group",
         {refused(denied, QStringLiteral("REVOKE signalbox_member FROM %1")
                              .arg(MemberRole::of(QStringLiteral("bob"))))}},
        {"revoke the administrator's function",
         {refused(denied, QStringLiteral("REVOKE ALL ON FUNCTION signalbox_admin_login(TEXT, "
                                         "TEXT, BIGINT, BOOLEAN) FROM signalbox_owner"))}},
        {"act as the owner", {refused(denied, QStringLiteral("SET ROLE signalbox_owner"))}},
        {"act as alice",
         {refused(denied,
                  QStringLiteral("SET ROLE %1").arg(MemberRole::of(QStringLiteral("alice"))))}},
        {"become alice for the session",
         {refused(denied, QStringLiteral("SET SESSION AUTHORIZATION %1")
                              .arg(MemberRole::of(QStringLiteral("alice"))))}},
        {"end alice's session",
         {refused(denied,
                  QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                 "WHERE usename = ?"),
                  {MemberRole::of(QStringLiteral("alice"))})}},
        {"write the messages to a server file",
         {refused(denied, QStringLiteral("COPY messages TO '/tmp/signalbox-loot'"))}},
        {"read a server file into a table",
         {refused(denied, QStringLiteral("COPY drafts FROM '/etc/passwd'"))}},
        {"run a program on the server",
         {refused(denied, QStringLiteral("COPY (SELECT 1) TO PROGRAM 'id'"))}},
        {"import a server file as a large object",
         {refused(denied, QStringLiteral("SELECT lo_import('/etc/passwd')"))}},
        {"read the administrator's large object",
         {refused(denied, QStringLiteral("SELECT lo_get(?)"), {m_largeObject})}},
        {"open the administrator's large object",
         {refused(denied, QStringLiteral("SELECT loread(lo_open(CAST(? AS OID), 262144), 100)"),
                  {m_largeObject})}},
        {"unlink the administrator's large object",
         {refused(denied, QStringLiteral("SELECT lo_unlink(?)"), {m_largeObject})}},
        {"read every large object",
         {refused(denied, QStringLiteral("SELECT data FROM pg_largeobject"))}},
        {"read a server file",
         {refused(denied, QStringLiteral("SELECT pg_read_file('/etc/passwd')"))}},
        {"list the data directory", {refused(denied, QStringLiteral("SELECT pg_ls_dir('.')"))}},
        {"install dblink", {refused(denied, QStringLiteral("CREATE EXTENSION dblink"))}},
        {"install a file reader", {refused(denied, QStringLiteral("CREATE EXTENSION file_fdw"))}},
        {"connect elsewhere with dblink",
         {refused(noFunction, QStringLiteral("SELECT dblink_connect('dbname=postgres')"))}},
    };
}

void tst_TeamSecurity::attackIsRefused_data()
{
    QTest::addColumn<int>("attack");
    const QList<Attack> all = attacks();
    for (int i = 0; i < all.size(); ++i)
        QTest::newRow(all.at(i).name.constData()) << i;
}

void tst_TeamSecurity::attackIsRefused()
{
    QFETCH(int, attack);
    const Attack what = attacks().at(attack);
    const QMap<QString, QString> before = checksums();
    {
        MemberConnection carol(QStringLiteral("carol"));
        QVERIFY2(carol.isOpen(), qPrintable(carol.error()));
        // Each statement lives until the attack's transaction has ended: a prepared statement
        // cannot be deallocated inside a transaction that an error has aborted.
        std::vector<std::unique_ptr<QSqlQuery>> statements;
        for (const Step &step : what.steps) {
            statements.push_back(std::make_unique<QSqlQuery>(carol.db()));
            QSqlQuery &q = *statements.back();
            bool ok = false;
            if (step.values.isEmpty()) {
                ok = q.exec(step.sql);
            } else {
                ok = q.prepare(step.sql);
                for (int i = 0; ok && i < step.values.size(); ++i)
                    q.bindValue(i, step.values.at(i));
                ok = ok && q.exec();
            }
            const QString said = ok ? QStringLiteral("it ran")
                                    : q.lastError().nativeErrorCode() + QLatin1Char(' ')
                                          + q.lastError().databaseText();
            const QByteArray where = (step.sql + QStringLiteral(": ") + said).toUtf8();
            switch (step.outcome) {
            case Outcome::Runs:
                QVERIFY2(ok, where.constData());
                break;
            case Outcome::Refused:
                QVERIFY2(!ok, where.constData());
                QVERIFY2(
                    q.lastError().nativeErrorCode() == step.sqlState,
                    (where + " (expected SQLSTATE " + step.sqlState.toUtf8() + ")").constData());
                break;
            case Outcome::SeesNothing:
                QVERIFY2(ok, where.constData());
                QVERIFY2(q.isSelect(), where.constData());
                QVERIFY2(!q.next(), (where + ": a row was seen").constData());
                break;
            case Outcome::ChangesNothing:
                QVERIFY2(ok, where.constData());
                QCOMPARE(q.numRowsAffected(), 0);
                break;
            case Outcome::SaysNo:
                QVERIFY2(ok, where.constData());
                QVERIFY2(q.next(), where.constData());
                QVERIFY2(
                    !q.value(0).isNull() && !q.value(0).toBool(),
                    (where + ": the answer was " + q.value(0).toString().toUtf8()).constData());
                break;
            }
        }
        // Whatever the attack left open ends unapplied (outside a transaction: a no-op).
        QSqlQuery(carol.db()).exec(QStringLiteral("ROLLBACK"));
        statements.clear();
    }
    QCOMPARE(checksums(), before);
    // The passwords are where pg_authid keeps them, which no checksum reads: they still work.
    QString error;
    QVERIFY2(canConnect(QStringLiteral("alice"), &error), qPrintable(error));
    QVERIFY2(canConnect(QStringLiteral("bob"), &error), qPrintable(error));
}

void tst_TeamSecurity::copyOutGivesOnlyHerRows_data()
{
    QTest::addColumn<QString>("table");
    // The administrator's query for the first column of her rows (? is her id).
    QTest::addColumn<QString>("hers");
    QTest::newRow("messages") << QStringLiteral("messages")
                              << QStringLiteral(
                                     "SELECT id FROM messages WHERE ? IN (sender_id, receiver_id)");
    QTest::newRow("notifications")
        << QStringLiteral("notifications")
        << QStringLiteral("SELECT id FROM notifications WHERE user_id = ?");
    QTest::newRow("message_history")
        << QStringLiteral("message_history")
        << QStringLiteral("SELECT h.id FROM message_history h JOIN messages m ON m.id = "
                          "h.message_id WHERE ? IN (m.sender_id, m.receiver_id)");
    QTest::newRow("conversations")
        << QStringLiteral("conversations")
        << QStringLiteral("SELECT user_id FROM conversations WHERE user_id = ?");
    QTest::newRow("drafts") << QStringLiteral("drafts")
                            << QStringLiteral("SELECT user_id FROM drafts WHERE user_id = ?");
    QTest::newRow("change_log") << QStringLiteral("change_log")
                                << QStringLiteral("SELECT id FROM change_log WHERE audience IS "
                                                  "NULL OR ? = ANY (audience)");
    QTest::newRow("signalbox_members")
        << QStringLiteral("signalbox_members")
        << QStringLiteral("SELECT role_name FROM signalbox_members WHERE user_id = ?");
}

// COPY … TO STDOUT reads through row-level security: her own rows, none of alice and bob's.
void tst_TeamSecurity::copyOutGivesOnlyHerRows()
{
    QFETCH(QString, table);
    QFETCH(QString, hers);
    const QMap<QString, QString> before = checksums();
    QStringList expected;
    for (const QVariantList &row : m_admin->rows(hers, {m_carol.id}))
        expected.append(row.first().toString());
    expected.sort();

    PgConnection carol(QStringLiteral("carol"));
    QVERIFY2(carol.isOpen(), PQerrorMessage(carol.conn));
    // The name is one of the data rows above, not input.
    PGresult *started = PQexec(
        carol.conn, (QStringLiteral("COPY ") + table + QStringLiteral(" TO STDOUT")).toUtf8());
    const ExecStatusType status = PQresultStatus(started);
    PQclear(started);
    QCOMPARE(status, PGRES_COPY_OUT);
    QByteArray out;
    char *buffer = nullptr;
    int length = 0;
    while ((length = PQgetCopyData(carol.conn, &buffer, 0)) > 0) {
        out.append(buffer, length);
        PQfreemem(buffer);
    }
    QCOMPARE(length, -1);
    PGresult *finished = PQgetResult(carol.conn);
    QCOMPARE(PQresultStatus(finished), PGRES_COMMAND_OK);
    PQclear(finished);

    QStringList copied;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.isEmpty())
            copied.append(QString::fromUtf8(line.left(line.indexOf('\t'))));
    }
    copied.sort();
    QCOMPARE(copied, expected);
    for (const char *secret : {"secret", "alice's", "bob's"})
        QVERIFY2(!out.contains(secret), out.constData());
    if (table == QLatin1String("messages"))
        QVERIFY(out.contains("hello alice, carol here"));
    QCOMPARE(checksums(), before);
}

void tst_TeamSecurity::copyInIsRefused_data()
{
    QTest::addColumn<QString>("copy");
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<QString>("sqlState");
    const QByteArray a = QByteArray::number(m_alice.id), b = QByteArray::number(m_bob.id),
                     c = QByteArray::number(m_carol.id);
    // Row-level security: COPY FROM is not supported on such tables (0A000); without any
    // INSERT privilege it is refused before that (42501).
    QTest::newRow("a message as alice")
        << QStringLiteral("COPY messages (sender_id, receiver_id, content, timestamp) FROM STDIN")
        << QByteArray(a + '\t' + b + "\tforged\t0\n") << QStringLiteral("0A000");
    QTest::newRow("her own message")
        << QStringLiteral("COPY messages (sender_id, receiver_id, content, timestamp) FROM STDIN")
        << QByteArray(c + '\t' + a + "\tmany at once\t0\n") << QStringLiteral("0A000");
    QTest::newRow("a notification for bob")
        << QStringLiteral("COPY notifications (user_id, message_id, created_at) FROM STDIN")
        << QByteArray(b + '\t' + QByteArray::number(m_plan.id) + "\t0\n")
        << QStringLiteral("0A000");
    QTest::newRow("her own draft")
        << QStringLiteral("COPY drafts (user_id, peer_id, content, updated_at) FROM STDIN")
        << QByteArray(c + '\t' + b + "\tdraft\t0\n") << QStringLiteral("0A000");
    QTest::newRow("a change log entry")
        << QStringLiteral("COPY change_log (origin, created_at, payload) FROM STDIN")
        << QByteArray("carol\t0\t{\"ud\":[" + a + "]}\n") << QStringLiteral("0A000");
    QTest::newRow("an account") << QStringLiteral("COPY users FROM STDIN")
                                << QByteArray("99\tmallory\tmallory\t\\N\t0\tmallory\n")
                                << QStringLiteral("42501");
    QTest::newRow("a summary") << QStringLiteral("COPY conversations FROM STDIN")
                               << QByteArray(b + '\t' + c + "\t\\N\t0\t9\n")
                               << QStringLiteral("42501");
}

void tst_TeamSecurity::copyInIsRefused()
{
    QFETCH(QString, copy);
    QFETCH(QByteArray, rows);
    QFETCH(QString, sqlState);
    const QMap<QString, QString> before = checksums();
    {
        PgConnection carol(QStringLiteral("carol"));
        QVERIFY2(carol.isOpen(), PQerrorMessage(carol.conn));
        PGresult *result = PQexec(carol.conn, copy.toUtf8());
        if (PQresultStatus(result) == PGRES_COPY_IN) {
            // Not refused up front: the rows go in, and the end of the copy must fail.
            PQclear(result);
            QCOMPARE(PQputCopyData(carol.conn, rows.constData(), int(rows.size())), 1);
            QCOMPARE(PQputCopyEnd(carol.conn, nullptr), 1);
            result = PQgetResult(carol.conn);
        }
        const ExecStatusType status = PQresultStatus(result);
        const QString state = QString::fromUtf8(PQresultErrorField(result, PG_DIAG_SQLSTATE));
        const QByteArray message = PQresultErrorMessage(result);
        PQclear(result);
        QVERIFY2(status == PGRES_FATAL_ERROR, message.constData());
        QVERIFY2(state == sqlState, message.constData());
    }
    QCOMPARE(checksums(), before);
}

// Every listener of the change channel hears every NOTIFY: its payload is an entry's id, and
// the entry itself is for the people it concerns.
void tst_TeamSecurity::notifyPayloadsCarryNoText()
{
    MemberConnection carol(QStringLiteral("carol"));
    QVERIFY2(carol.isOpen(), qPrintable(carol.error()));
    QSqlDriver *driver = carol.db().driver();
    QStringList payloads;
    connect(
        driver, &QSqlDriver::notification, this,
        [&payloads](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
            if (name == Store::ChangeChannel)
                payloads.append(payload.toString());
        });
    QVERIFY(driver->subscribeToNotification(Store::ChangeChannel));

    const Message sent = m_ts->send(m_alice, m_bob, QStringLiteral("the vault code is swordfish"));
    QVERIFY(sent.id > 0);
    QTRY_VERIFY(!payloads.isEmpty());
    const QRegularExpression number(QStringLiteral("^[1-9][0-9]*$"));
    for (const QString &payload : std::as_const(payloads)) {
        QVERIFY2(number.match(payload).hasMatch(), qPrintable(payload));
        // The entry it names is alice and bob's, not hers to read; the administrator sees it.
        QSqlQuery q(carol.db());
        QVERIFY(q.prepare(QStringLiteral("SELECT payload FROM change_log WHERE id = ?")));
        q.bindValue(0, payload.toLongLong());
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY2(!q.next(), "carol reads the entry the payload names");
        QVERIFY(m_admin
                    ->scalar(QStringLiteral("SELECT payload FROM change_log WHERE id = ?"),
                             {payload.toLongLong()})
                    .toString()
                    .contains(QString::number(sent.id)));
    }
    driver->unsubscribeFromNotification(Store::ChangeChannel);
}

// carol deletes her own account through the product: all of her data goes, nothing of alice
// and bob's, and her login role no longer opens.
void tst_TeamSecurity::deletedAccountCannotConnect()
{
    const QMap<QString, QString> before = pairChecksums();
    QVERIFY(canConnect(QStringLiteral("carol")));
    auto removed = m_ts->store().users().remove(
        m_carol, test::TestStore::passwordOf(QStringLiteral("carol")));
    QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().message));
    QCOMPARE(removed->messages, 2);

    QString error;
    QVERIFY(!canConnect(QStringLiteral("carol"), &error));
    QVERIFY2(!error.isEmpty(), "no reason given");
    QCOMPARE(pairChecksums(), before);
    const Id c = m_carol.id;
    QCOMPARE(
        m_admin->scalar(QStringLiteral("SELECT count(*) FROM users WHERE id = ?"), {c}).toInt(), 0);
    QCOMPARE(m_admin
                 ->scalar(QStringLiteral("SELECT count(*) FROM messages WHERE sender_id = ? OR "
                                         "receiver_id = ?"),
                          {c, c})
                 .toInt(),
             0);
    QCOMPARE(m_admin
                 ->scalar(QStringLiteral("SELECT count(*) FROM notifications WHERE user_id = ? OR "
                                         "message_id IN (?, ?)"),
                          {c, m_hello.id, m_back.id})
                 .toInt(),
             0);
    QCOMPARE(m_admin
                 ->scalar(QStringLiteral("SELECT count(*) FROM conversations WHERE user_id = ? "
                                         "OR peer_id = ?"),
                          {c, c})
                 .toInt(),
             0);
    QCOMPARE(m_admin
                 ->scalar(QStringLiteral("SELECT count(*) FROM drafts WHERE user_id = ? OR "
                                         "peer_id = ?"),
                          {c, c})
                 .toInt(),
             0);
    QVERIFY2(canConnect(QStringLiteral("alice"), &error), qPrintable(error));
    QVERIFY2(canConnect(QStringLiteral("bob"), &error), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_TeamSecurity)
#include "tst_teamsecurity.moc"

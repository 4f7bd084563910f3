#include "cliprocess.h"
#include "rawdatabase.h"
#include "teststore.h"

#include "database.h"
#include "draftrepository.h"
#include "messagerepository.h"
#include "passwordhasher.h"
#include "store.h"
#include "userrepository.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace signalbox;
using test::CliProcess;
using test::CliResult;
using test::RawDatabase;
using test::TestStore;

// Team mode end to end through the real signalbox-cli (issue 11): team init, add, remove and
// list with the administrator's URL, members signing in with a URL that names no user, the
// first-sign-in password change, the upgrade of a store made the old way, a member deleting
// their own account while their `watch` runs. On SQLite only `passwd` applies, and it is
// tested there too.
class tst_TeamCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // Both backends: passwd (on PostgreSQL a member through the URL without a user).
    void passwdChangesThePassword();
    void passwdReadsBothPasswordsFromStandardInput();
    void passwdWithAWrongCurrentPasswordChangesNothing();
    void passwdRefusesATooShortPassword();
    void helpListsPasswdAndTheTeamCommands();

    // PostgreSQL only.
    void teamInitIsIdempotent();
    void teamAddPrintsTheGeneratedPasswordOnce();
    void teamAddTakesThePasswordFromStandardInput();
    void teamListNamesEveryMemberAndRole();
    void teamRemoveTakesTheMemberTheirDataAndTheirRole();
    void onlyTheAdministratorRunsTeamCommands();
    void wrongMemberPasswordIsRefused();
    void unreachableServerIsAnOpenError();
    void sslmodeRequireIsRefusedWithoutTls();
    void teamInitUpgradesAStoreMadeTheOldWay();
    void memberDeletesTheirOwnAccountAndTheirWatchEnds();
    void teamRemoveEndsTheMembersWatch();

private:
    // One run of the CLI; every output is kept for the check that no password leaks.
    CliResult cli(const QStringList &arguments, const QString &password = QString(),
                  const QByteArray &input = {}, const QString &newPassword = QString());
    // Where a person's commands go: the SQLite file, or the server without a user in the URL.
    QString personUrl() const;
    // Every table but the change log, read through a connection of the store's owner (the
    // administrator on PostgreSQL, the file on SQLite): what a refused command must not change.
    RawDatabase::Snapshot storeSnapshot() const;
    static QString adminUrl() { return qEnvironmentVariable("SIGNALBOX_TEST_PG_URL"); }
    static QString memberUrl();
    // The administrator's database password, from PGPASSFILE (scripts/with-postgres.sh).
    static QString adminPassword();
    // An empty schema and no member roles, as before any team init.
    static bool dropSchema();
    QStringList parseInitialPasswords(const QString &text) const;
    // Rows of the tables the upgrade must keep, read through the administrator's connection.
    static QMap<QString, QList<QVariantList>> contentOf(RawDatabase &raw);

    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<CliProcess> m_cli;
    // Passwords that must never appear in any output of any run.
    QStringList m_secrets;
    QList<QByteArray> m_outputs;
    User m_alice;
    User m_bob;
};

#define SKIP_ON_SQLITE()                                                                           \
    do {                                                                                           \
        if (!TestStore::onPostgres())                                                              \
            QSKIP("team mode is for PostgreSQL stores");                                           \
    } while (false)

void tst_TeamCli::init()
{
    m_store = std::make_unique<TestStore>();
    QVERIFY(m_store->isValid());
    m_alice = m_store->addUser(QStringLiteral("alice"));
    m_bob = m_store->addUser(QStringLiteral("bob"));
    QVERIFY(m_alice.isValid() && m_bob.isValid());
    m_cli = std::make_unique<CliProcess>();
    m_secrets = {TestStore::passwordOf(QStringLiteral("alice")),
                 TestStore::passwordOf(QStringLiteral("bob"))};
    if (TestStore::onPostgres()) {
        const QString admin = adminPassword();
        QVERIFY2(!admin.isEmpty(), "the administrator's password is not in PGPASSFILE");
        m_secrets.append(admin);
    }
    m_outputs.clear();
}

void tst_TeamCli::cleanup()
{
    // The database password never reaches standard output or standard error.
    for (const QString &secret : std::as_const(m_secrets)) {
        for (const QByteArray &output : std::as_const(m_outputs))
            QVERIFY2(!output.contains(secret.toUtf8()), output.constData());
    }
    m_cli.reset();
    m_store.reset();
}

CliResult tst_TeamCli::cli(const QStringList &arguments, const QString &password,
                           const QByteArray &input, const QString &newPassword)
{
    m_cli->setPassword(password);
    m_cli->setVariable(QStringLiteral("SIGNALBOX_NEW_PASSWORD"), newPassword);
    CliResult result = m_cli->run(arguments, input);
    m_outputs.append(result.out);
    m_outputs.append(result.err);
    return result;
}

RawDatabase::Snapshot tst_TeamCli::storeSnapshot() const
{
    RawDatabase raw(TestStore::onPostgres() ? adminUrl() : m_store->path());
    return raw.snapshot({QStringLiteral("change_log")});
}

QString tst_TeamCli::personUrl() const
{
    return TestStore::onPostgres() ? memberUrl() : m_store->path();
}

QString tst_TeamCli::memberUrl()
{
    const QUrl url(adminUrl());
    return QStringLiteral("postgresql://%1:%2/%3")
        .arg(url.host())
        .arg(url.port(5432))
        .arg(url.path().mid(1));
}

QString tst_TeamCli::adminPassword()
{
    const QString user = QUrl(adminUrl()).userName();
    QFile file(qEnvironmentVariable("PGPASSFILE"));
    if (user.isEmpty() || !file.open(QIODevice::ReadOnly))
        return QString();
    while (!file.atEnd()) {
        const QStringList fields
            = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char(':'));
        if (fields.size() == 5 && fields.at(3) == user)
            return fields.at(4);
    }
    return QString();
}

bool tst_TeamCli::dropSchema()
{
    RawDatabase raw(adminUrl());
    if (!raw.isOpen())
        return false;
    QStringList roles;
    for (const QVariantList &row :
         raw.rows(QStringLiteral("SELECT r.rolname FROM pg_roles r JOIN pg_auth_members a "
                                 "ON a.member = r.oid JOIN pg_roles g ON g.oid = a.roleid "
                                 "WHERE g.rolname = 'signalbox_member'")))
        roles.append(row.at(0).toString());
    // DDL is not prepared: plain statements on the same connection. Role names come from the
    // catalogue, quoted as identifiers.
    QSqlQuery q(raw.connection());
    const auto exec = [&q](const QString &sql) {
        if (q.exec(sql))
            return true;
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    };
    for (const QString &role : std::as_const(roles)) {
        QString quoted = role;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        quoted = QLatin1Char('"') + quoted + QLatin1Char('"');
        if (!exec(QStringLiteral("GRANT %1 TO CURRENT_USER").arg(quoted))
            || !exec(QStringLiteral("DROP OWNED BY %1").arg(quoted))
            || !exec(QStringLiteral("DROP ROLE %1").arg(quoted)))
            return false;
    }
    return exec(QStringLiteral("DROP SCHEMA public CASCADE"))
           && exec(QStringLiteral("CREATE SCHEMA public"));
}

QStringList tst_TeamCli::parseInitialPasswords(const QString &text) const
{
    // "  NAME\tROLE\tPASSWORD" per new login.
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("  ")) && line.count(QLatin1Char('\t')) == 2)
            lines.append(line.trimmed());
    }
    return lines;
}

QMap<QString, QList<QVariantList>> tst_TeamCli::contentOf(RawDatabase &raw)
{
    QMap<QString, QList<QVariantList>> content;
    const QList<std::pair<QString, QString>> queries = {
        {"users", "SELECT id, username, username_key, username_skeleton, created_at FROM users "
                  "ORDER BY id"},
        {"messages", "SELECT id, sender_id, receiver_id, parent_message_id, content, timestamp, "
                     "edited, edited_at, read, deleted FROM messages ORDER BY id"},
        {"notifications",
         "SELECT id, user_id, message_id, created_at, read FROM notifications ORDER BY id"},
        {"message_history", "SELECT id, message_id, old_content, edited_at, edited_by_id FROM "
                            "message_history ORDER BY id"},
        {"conversations", "SELECT user_id, peer_id, last_message_id, last_timestamp, "
                          "unread_count FROM conversations ORDER BY user_id, peer_id"},
        {"drafts", "SELECT user_id, peer_id, content, reply_to_id, updated_at FROM drafts ORDER "
                   "BY user_id, peer_id"},
    };
    for (const auto &[table, sql] : queries)
        content.insert(table, raw.rows(sql));
    return content;
}

// --- passwd, on both backends ---

void tst_TeamCli::passwdChangesThePassword()
{
    const QString url = personUrl();
    const QString old = TestStore::passwordOf(QStringLiteral("alice"));
    const QString next = QStringLiteral("a-new-secret-for-alice");
    m_secrets.append(next);
    const CliResult changed = cli({"--db", url, "passwd", "--as", "alice"}, old, {}, next);
    QCOMPARE(changed.exitCode, 0);
    QVERIFY2(changed.text().contains("alice"), changed.out);

    const CliResult withOld = cli({"--db", url, "conversations", "--as", "alice"}, old);
    QCOMPARE(withOld.exitCode, 77);
    const CliResult withNew = cli({"--db", url, "conversations", "--as", "alice"}, next);
    QCOMPARE(withNew.exitCode, 0);
    // bob's is untouched.
    const CliResult bob
        = cli({"--db", url, "unread", "--as", "bob"}, TestStore::passwordOf(QStringLiteral("bob")));
    QCOMPARE(bob.exitCode, 0);
    const CliResult json = cli({"--db", url, "--json", "passwd", "--as", "alice"}, next, {},
                               QStringLiteral("and-another-one"));
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.object().value("name").toString(), QStringLiteral("alice"));
    QCOMPARE(json.object().value("password_changed").toBool(), true);
}

void tst_TeamCli::passwdReadsBothPasswordsFromStandardInput()
{
    const QString url = personUrl();
    const QString old = TestStore::passwordOf(QStringLiteral("bob"));
    const QString next = QStringLiteral("bob-chose-this-one");
    m_secrets.append(next);
    // The first line is the current password, the next line the new one.
    const CliResult changed = cli({"--db", url, "passwd", "--as", "bob", "--password-stdin"},
                                  QString(), (old + "\n" + next + "\n").toUtf8());
    QCOMPARE(changed.exitCode, 0);
    QCOMPARE(cli({"--db", url, "unread", "--as", "bob"}, old).exitCode, 77);
    QCOMPARE(cli({"--db", url, "unread", "--as", "bob"}, next).exitCode, 0);

    // The current one from the variable, the new one from the first line of standard input.
    const QString third = QStringLiteral("bob-third-password");
    m_secrets.append(third);
    QCOMPARE(cli({"--db", url, "passwd", "--as", "bob"}, next, (third + "\n").toUtf8()).exitCode,
             0);
    QCOMPARE(cli({"--db", url, "unread", "--as", "bob"}, third).exitCode, 0);

    // A NUL inside the new line is part of it, not its end: the whole line is the password,
    // which is refused (no password holds a NUL); it was cut at the NUL and "bob-nul" set.
    const QByteArray withNul("bob-nul\0inside-it", 17);
    const CliResult nul = cli({"--db", url, "passwd", "--as", "bob", "--password-stdin"}, QString(),
                              third.toUtf8() + '\n' + withNul + '\n');
    QCOMPARE(nul.exitCode, 65);
    QVERIFY2(nul.errorText().contains("NUL"), nul.err);
    QCOMPARE(cli({"--db", url, "unread", "--as", "bob"}, QStringLiteral("bob-nul")).exitCode, 77);
    QCOMPARE(cli({"--db", url, "unread", "--as", "bob"}, third).exitCode, 0);
}

void tst_TeamCli::passwdWithAWrongCurrentPasswordChangesNothing()
{
    const QString url = personUrl();
    const RawDatabase::Snapshot before = storeSnapshot();
    const QString next = QStringLiteral("never-becomes-it");
    m_secrets.append(next);
    m_secrets.append(QStringLiteral("not-alices-password"));
    const CliResult refused = cli({"--db", url, "passwd", "--as", "alice"},
                                  QStringLiteral("not-alices-password"), {}, next);
    QCOMPARE(refused.exitCode, 77);
    QVERIFY(refused.out.isEmpty());
    QCOMPARE(storeSnapshot(), before);
    QCOMPARE(cli({"--db", url, "conversations", "--as", "alice"},
                 TestStore::passwordOf(QStringLiteral("alice")))
                 .exitCode,
             0);
    QCOMPARE(cli({"--db", url, "conversations", "--as", "alice"}, next).exitCode, 77);
}

void tst_TeamCli::passwdRefusesATooShortPassword()
{
    const QString url = personUrl();
    const RawDatabase::Snapshot before = storeSnapshot();
    const QString old = TestStore::passwordOf(QStringLiteral("alice"));
    const CliResult refused
        = cli({"--db", url, "passwd", "--as", "alice"}, old, {}, QStringLiteral("short"));
    QCOMPARE(refused.exitCode, 65);
    QVERIFY2(refused.errorText().contains("8"), refused.err);
    QCOMPARE(storeSnapshot(), before);
    QCOMPARE(cli({"--db", url, "conversations", "--as", "alice"}, QStringLiteral("short")).exitCode,
             77);
    QCOMPARE(cli({"--db", url, "conversations", "--as", "alice"}, old).exitCode, 0);
}

void tst_TeamCli::helpListsPasswdAndTheTeamCommands()
{
    const CliResult help = cli({"--help"});
    QCOMPARE(help.exitCode, 0);
    for (const char *line : {"  passwd --as NAME ", "SIGNALBOX_NEW_PASSWORD", "  team init ",
                             "  team add NAME ", "  team remove NAME ", "  team list "})
        QVERIFY2(help.out.contains(line), line);
}

// --- team commands, PostgreSQL ---

void tst_TeamCli::teamInitIsIdempotent()
{
    SKIP_ON_SQLITE();
    m_store.reset();
    QVERIFY(dropSchema());
    const CliResult first = cli({"--db", adminUrl(), "team", "init"});
    QCOMPARE(first.exitCode, 0);
    QVERIFY(parseInitialPasswords(first.text()).isEmpty());
    const auto described = [] {
        RawDatabase raw(adminUrl());
        QMap<QString, QList<QVariantList>> all;
        all.insert("policies", raw.rows("SELECT tablename, policyname, cmd, roles::text, qual, "
                                        "with_check FROM pg_policies ORDER BY 1, 2"));
        all.insert("tables", raw.rows("SELECT relname, relrowsecurity, relforcerowsecurity, "
                                      "pg_get_userbyid(relowner) FROM pg_class c JOIN "
                                      "pg_namespace n ON n.oid = c.relnamespace WHERE "
                                      "n.nspname = 'public' AND relkind = 'r' ORDER BY 1"));
        all.insert("migrations",
                   raw.rows("SELECT version, name FROM schema_migrations ORDER BY 1"));
        return all;
    };
    const auto after = described();
    QVERIFY(!after.value("policies").isEmpty());
    QVERIFY(!after.value("migrations").isEmpty());
    for (const QVariantList &table : after.value("tables")) {
        QVERIFY2(table.at(1).toBool() && table.at(2).toBool(), qPrintable(table.at(0).toString()));
        QCOMPARE(table.at(3).toString(), QStringLiteral("signalbox_owner"));
    }
    const CliResult second = cli({"--db", adminUrl(), "--json", "team", "init"});
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.object().value("new_logins").toArray().size(), 0);
    QCOMPARE(described(), after);
}

void tst_TeamCli::teamAddPrintsTheGeneratedPasswordOnce()
{
    SKIP_ON_SQLITE();
    const CliResult added = cli({"--db", adminUrl(), "team", "add", "dave"});
    QCOMPARE(added.exitCode, 0);
    static const QRegularExpression shown(QStringLiteral(": (\\S{16,})\\n"));
    const auto match = shown.match(added.text());
    QVERIFY2(match.hasMatch(), added.out);
    const QString initial = match.captured(1);
    QVERIFY2(added.text().contains("sb_dave"), added.out);

    // The member signs in with the URL that names no user: until passwd, nothing else runs.
    const QString url = memberUrl();
    for (const QStringList &command :
         QList<QStringList>{{"conversations", "--as", "dave"},
                            {"send", "--as", "dave", "--to", "alice", "hello"},
                            {"unread", "--as", "dave"},
                            {"notifications", "--as", "dave"},
                            {"watch", "--as", "dave"}}) {
        const CliResult blocked = cli(QStringList{"--db", url} + command, initial);
        QCOMPARE(blocked.exitCode, 77);
        QVERIFY2(blocked.errorText().contains("passwd --as dave"), blocked.err);
        QVERIFY(blocked.out.isEmpty());
    }
    {
        RawDatabase raw(adminUrl());
        QCOMPARE(raw.scalar("SELECT count(*) FROM messages").toInt(), 0);
    }
    const QString chosen = QStringLiteral("dave-chose-his-own");
    m_secrets.append(chosen);
    QCOMPARE(cli({"--db", url, "passwd", "--as", "dave"}, initial, {}, chosen).exitCode, 0);
    QCOMPARE(cli({"--db", url, "conversations", "--as", "dave"}, initial).exitCode, 77);
    const CliResult sent
        = cli({"--db", url, "--json", "send", "--as", "dave", "--to", "alice", "hello"}, chosen);
    QCOMPARE(sent.exitCode, 0);
    QCOMPARE(sent.object().value("sender").toString(), QStringLiteral("dave"));
    const CliResult alice = cli({"--db", url, "--json", "unread", "--as", "alice"},
                                TestStore::passwordOf(QStringLiteral("alice")));
    QCOMPARE(alice.exitCode, 0);
    QCOMPARE(alice.array().size(), 1);
    QCOMPARE(alice.array().at(0).toObject().value("content").toString(), QStringLiteral("hello"));

    // Shown once: in team add's output and in no other.
    int shownIn = 0;
    for (const QByteArray &output : std::as_const(m_outputs))
        shownIn += int(output.count(initial.toUtf8()));
    QCOMPARE(shownIn, 1);

    // JSON: the generated password under its own key.
    const CliResult json = cli({"--db", adminUrl(), "--json", "team", "add", "erin"});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.object().value("name").toString(), QStringLiteral("erin"));
    QCOMPARE(json.object().value("role").toString(), QStringLiteral("sb_erin"));
    QVERIFY(json.object().value("initial_password").toString().size() >= 16);
}

void tst_TeamCli::teamAddTakesThePasswordFromStandardInput()
{
    SKIP_ON_SQLITE();
    const QString initial = QStringLiteral("erin-initial-pass");
    m_secrets.append(initial);
    const CliResult added = cli({"--db", adminUrl(), "team", "add", "--password-stdin", "erin"},
                                QString(), (initial + "\nsecond line\n").toUtf8());
    QCOMPARE(added.exitCode, 0);
    QVERIFY2(!added.text().contains("Initial password"), added.out);
    const QString url = memberUrl();
    const CliResult blocked = cli({"--db", url, "unread", "--as", "erin"}, initial);
    QCOMPARE(blocked.exitCode, 77);
    QVERIFY2(blocked.errorText().contains("passwd"), blocked.err);
    const QString chosen = QStringLiteral("erin-chose-her-own");
    m_secrets.append(chosen);
    QCOMPARE(cli({"--db", url, "passwd", "--as", "erin"}, initial, {}, chosen).exitCode, 0);
    QCOMPARE(cli({"--db", url, "unread", "--as", "erin"}, chosen).exitCode, 0);
    const CliResult nulPasswd
        = cli({"--db", url, "passwd", "--as", "erin", "--password-stdin"}, QString(),
              chosen.toUtf8() + QByteArray("\nnew-pass\0word-longer\n", 23));
    QCOMPARE(nulPasswd.exitCode, 65);
    QCOMPARE(cli({"--db", url, "unread", "--as", "erin"}, chosen).exitCode, 0);

    // Bad input: a short password, an existing name; nothing is made.
    const CliResult shortOne = cli({"--db", adminUrl(), "team", "add", "--password-stdin", "finn"},
                                   QString(), "short\n");
    QCOMPARE(shortOne.exitCode, 65);
    // A NUL would cut the role's password short (libpq): refused before anything is made.
    const CliResult withNul = cli({"--db", adminUrl(), "team", "add", "--password-stdin", "finn"},
                                  QString(), QByteArray("finn-pass\0word-longer\n", 22));
    QCOMPARE(withNul.exitCode, 65);
    QVERIFY2(withNul.errorText().contains("NUL"), withNul.err);
    const CliResult taken = cli({"--db", adminUrl(), "team", "add", "ALICE"});
    QCOMPARE(taken.exitCode, 65);
    RawDatabase raw(adminUrl());
    QCOMPARE(raw.scalar("SELECT count(*) FROM users").toInt(), 3);
    QCOMPARE(raw.scalar("SELECT count(*) FROM pg_roles WHERE rolname IN ('sb_finn')").toInt(), 0);
}

void tst_TeamCli::teamListNamesEveryMemberAndRole()
{
    SKIP_ON_SQLITE();
    QCOMPARE(cli({"--db", adminUrl(), "team", "add", "Carol.Smith"}).exitCode, 0);
    const CliResult text = cli({"--db", adminUrl(), "team", "list"});
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = text.text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith("alice\tsb_alice"));
    QVERIFY(lines.at(1).startsWith("bob\tsb_bob"));
    QVERIFY(lines.at(2).startsWith("Carol.Smith\tsb_carol.smith"));
    // Carol has not chosen her password yet; alice and bob were made with theirs.
    QVERIFY(lines.at(2).size() > QStringLiteral("Carol.Smith\tsb_carol.smith").size());
    QCOMPARE(lines.at(0), QStringLiteral("alice\tsb_alice"));

    const CliResult json = cli({"--db", adminUrl(), "--json", "team", "list"});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray members = json.array();
    QCOMPARE(members.size(), 3);
    RawDatabase raw(adminUrl());
    for (const QJsonValue &value : members) {
        const QJsonObject member = value.toObject();
        QVERIFY(member.contains("name") && member.contains("role"));
        // Each role is a real login role in the members' group.
        QCOMPARE(raw.scalar("SELECT count(*) FROM pg_roles r WHERE r.rolname = ? AND r.rolcanlogin "
                            "AND pg_has_role(r.oid, 'signalbox_member', 'MEMBER')",
                            {member.value("role").toString()})
                     .toInt(),
                 1);
    }
    QCOMPARE(members.at(2).toObject().value("name").toString(), QStringLiteral("Carol.Smith"));
    QCOMPARE(members.at(2).toObject().value("must_change_password").toBool(), true);
    QCOMPARE(members.at(0).toObject().value("must_change_password").toBool(), false);
}

void tst_TeamCli::teamRemoveTakesTheMemberTheirDataAndTheirRole()
{
    SKIP_ON_SQLITE();
    const QString url = memberUrl();
    const QString alicePassword = TestStore::passwordOf(QStringLiteral("alice"));
    const QString bobPassword = TestStore::passwordOf(QStringLiteral("bob"));
    QCOMPARE(
        cli({"--db", url, "send", "--as", "alice", "--to", "bob", "one"}, alicePassword).exitCode,
        0);
    QCOMPARE(
        cli({"--db", url, "send", "--as", "bob", "--to", "alice", "two"}, bobPassword).exitCode, 0);
    const CliResult listed
        = cli({"--db", url, "--json", "conversations", "--as", "alice"}, alicePassword);
    QCOMPARE(listed.array().size(), 1);

    const CliResult removed = cli({"--db", adminUrl(), "team", "remove", "bob"});
    QCOMPARE(removed.exitCode, 0);
    {
        RawDatabase raw(adminUrl());
        QCOMPARE(raw.scalar("SELECT count(*) FROM pg_roles WHERE rolname = 'sb_bob'").toInt(), 0);
        QCOMPARE(raw.scalar("SELECT count(*) FROM users WHERE id = ?", {m_bob.id}).toInt(), 0);
        QCOMPARE(raw.scalar("SELECT count(*) FROM messages WHERE sender_id = ? OR receiver_id = ?",
                            {m_bob.id, m_bob.id})
                     .toInt(),
                 0);
        QCOMPARE(raw.scalar("SELECT count(*) FROM notifications").toInt(), 0);
        QCOMPARE(raw.scalar("SELECT count(*) FROM conversations").toInt(), 0);
        QCOMPARE(raw.scalar("SELECT count(*) FROM signalbox_members WHERE user_id = ?", {m_bob.id})
                     .toInt(),
                 0);
    }
    const CliResult after
        = cli({"--db", url, "--json", "conversations", "--as", "alice"}, alicePassword);
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(after.array().size(), 0);
    QCOMPARE(cli({"--db", url, "unread", "--as", "bob"}, bobPassword).exitCode, 77);
    // A name that is not a member's.
    QCOMPARE(cli({"--db", adminUrl(), "team", "remove", "nobody"}).exitCode, 66);
}

void tst_TeamCli::onlyTheAdministratorRunsTeamCommands()
{
    SKIP_ON_SQLITE();
    const RawDatabase::Snapshot before = storeSnapshot();
    const QUrl admin(adminUrl());
    // alice's own role and password, as a URL of hers (the password in PGPASSWORD).
    const QString aliceUrl = QStringLiteral("postgresql://sb_alice@%1:%2/%3")
                                 .arg(admin.host())
                                 .arg(admin.port(5432))
                                 .arg(admin.path().mid(1));
    m_cli->setVariable("PGPASSWORD", TestStore::passwordOf(QStringLiteral("alice")));
    for (const QString &url : {aliceUrl, memberUrl()}) {
        for (const QStringList &command : QList<QStringList>{{"team", "add", "mallory"},
                                                             {"team", "remove", "bob"},
                                                             {"team", "list"},
                                                             {"team", "init"}}) {
            const CliResult refused = cli(QStringList{"--db", url} + command);
            QVERIFY2(refused.exitCode == 77,
                     qPrintable(url + " " + command.join(' ') + ": " + refused.errorText()));
            QVERIFY2(refused.errorText().contains("administrator"), refused.err);
            QVERIFY(refused.out.isEmpty());
        }
    }
    m_cli->setVariable("PGPASSWORD", QString());
    RawDatabase raw(adminUrl());
    QCOMPARE(raw.snapshot({QStringLiteral("change_log")}), before);
    QCOMPARE(raw.scalar("SELECT count(*) FROM pg_roles WHERE rolname = 'sb_mallory'").toInt(), 0);
}

void tst_TeamCli::wrongMemberPasswordIsRefused()
{
    SKIP_ON_SQLITE();
    m_secrets.append(QStringLiteral("not-the-password"));
    const CliResult wrong = cli({"--db", memberUrl(), "conversations", "--as", "alice"},
                                QStringLiteral("not-the-password"));
    QCOMPARE(wrong.exitCode, 77);
    QVERIFY2(wrong.errorText().contains("wrong name or password", Qt::CaseInsensitive), wrong.err);
    // An unknown name gets the same answer: the server does not say which names exist.
    const CliResult unknown = cli({"--db", memberUrl(), "conversations", "--as", "zoe"},
                                  QStringLiteral("not-the-password"));
    QCOMPARE(unknown.exitCode, 77);
    QCOMPARE(unknown.errorText(), wrong.errorText());
}

void tst_TeamCli::unreachableServerIsAnOpenError()
{
    SKIP_ON_SQLITE();
    // Port 1 on loopback: nothing listens there.
    const QString nowhere = QStringLiteral("postgresql://127.0.0.1:1/%1?connect_timeout=5")
                                .arg(QUrl(adminUrl()).path().mid(1));
    const CliResult member = cli({"--db", nowhere, "conversations", "--as", "alice"},
                                 TestStore::passwordOf(QStringLiteral("alice")));
    QCOMPARE(member.exitCode, 74);
    QVERIFY2(!member.err.isEmpty(), member.err);
    const QString adminNowhere
        = QStringLiteral("postgresql://signalbox_admin@127.0.0.1:1/signalbox_test");
    QCOMPARE(cli({"--db", adminNowhere, "team", "list"}).exitCode, 74);
    QCOMPARE(cli({"--db", adminNowhere, "team", "init"}).exitCode, 74);
}

void tst_TeamCli::sslmodeRequireIsRefusedWithoutTls()
{
    SKIP_ON_SQLITE();
    // The test cluster has no TLS: libpq refuses instead of talking in clear text.
    const CliResult admin = cli({"--db", adminUrl() + "?sslmode=require", "team", "list"});
    QCOMPARE(admin.exitCode, 74);
    QVERIFY2(admin.errorText().contains("SSL", Qt::CaseInsensitive), admin.err);
    const CliResult member
        = cli({"--db", memberUrl() + "?sslmode=require", "unread", "--as", "alice"},
              TestStore::passwordOf(QStringLiteral("alice")));
    QCOMPARE(member.exitCode, 74);
    QVERIFY2(member.errorText().contains("SSL", Qt::CaseInsensitive), member.err);
    // sslmode=disable (the same server) works: it is the parameter that refused.
    QCOMPARE(cli({"--db", memberUrl() + "?sslmode=disable", "unread", "--as", "alice"},
                 TestStore::passwordOf(QStringLiteral("alice")))
                 .exitCode,
             0);
}

// A store made the old way: one shared role (here the administrator) owns everything, the
// schema is migrations 1 to 6, the accounts have Argon2id hashes. Its rows are copied from an
// SQLite store the real code filled (send, reply, edit, read, drafts).
void tst_TeamCli::teamInitUpgradesAStoreMadeTheOldWay()
{
    SKIP_ON_SQLITE();
    m_store.reset();
    QVERIFY(dropSchema());

    // 1. The rows, made by the store's own operations on SQLite.
    QTemporaryDir dir;
    auto opened = Store::open(dir.filePath(QStringLiteral("old.sqlite3")));
    QVERIFY(opened);
    std::unique_ptr<Store> oldStore = std::move(opened).value();
    Store &old = *oldStore;
    QList<User> people;
    for (const QString &name : {QStringLiteral("alice"), QStringLiteral("bob"),
                                QStringLiteral("carol"), QStringLiteral("Dave.Ü")}) {
        auto user = old.users().create(name, TestStore::passwordOf(name));
        QVERIFY2(user, qPrintable(user ? QString() : user.error().message));
        people.append(*user);
    }
    const User &alice = people.at(0);
    const User &bob = people.at(1);
    const User &carol = people.at(2);
    auto first = old.messages().send(alice, bob, QStringLiteral("first"));
    QVERIFY(first);
    auto reply = old.messages().send(bob, alice, QStringLiteral("a reply"), first->id);
    QVERIFY(reply);
    QVERIFY(old.messages().edit(alice, first->id, QStringLiteral("first, edited")));
    QVERIFY(old.messages().send(carol, alice, QStringLiteral("from carol")));
    QVERIFY(old.messages().markRead(alice, reply->id));
    QVERIFY(old.drafts().save(bob, alice.id, QStringLiteral("half a thought"), first->id));
    QVERIFY(old.drafts().save(carol, bob.id, QStringLiteral("hi bob")));

    // 2. The old schema on the server, as the old Migrator made it, and the rows copied in.
    {
        auto made = Database::open(adminUrl(), nullptr, Database::Purpose::Administer);
        QVERIFY(made);
        Database &db = **made;
        QVERIFY(db.beginWrite());
        QVERIFY(db.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER "
                           "PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)"));
        const QDir migrations(QStringLiteral(":/migrations/postgresql"));
        int applied = 0;
        for (const QString &name : migrations.entryList({"*.sql"}, QDir::Files, QDir::Name)) {
            const int version = name.section('_', 0, 0).toInt();
            if (version < 1 || version > 6)
                continue;
            QFile file(migrations.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const Status ran = db.executeScript(QString::fromUtf8(file.readAll()));
            QVERIFY2(ran, qPrintable(name + ": " + (ran ? QString() : ran.error().message)));
            QVERIFY(db.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES "
                               "(?, ?, ?)",
                               {version, name, QDateTime::currentMSecsSinceEpoch()}));
            ++applied;
        }
        QCOMPARE(applied, 6);
        QSqlDatabase source = old.database().connection();
        for (const QString &table :
             {QStringLiteral("users"), QStringLiteral("messages"), QStringLiteral("notifications"),
              QStringLiteral("message_history"), QStringLiteral("conversations"),
              QStringLiteral("drafts")}) {
            QSqlQuery rows(source);
            QVERIFY2(rows.exec("SELECT * FROM " + table), qPrintable(rows.lastError().text()));
            while (rows.next()) {
                const QSqlRecord record = rows.record();
                QStringList columns;
                QStringList marks;
                QVariantList values;
                for (int i = 0; i < record.count(); ++i) {
                    columns.append(record.fieldName(i));
                    marks.append("?");
                    values.append(rows.value(i));
                }
                const auto inserted = db.execute("INSERT INTO " + table + " (" + columns.join(", ")
                                                     + ") VALUES (" + marks.join(", ") + ")",
                                                 values);
                QVERIFY2(inserted, qPrintable(table + ": "
                                              + (inserted ? QString() : inserted.error().message)));
            }
        }
        // The identity sequences where the old client's inserts had left them.
        for (const QString &table :
             {QStringLiteral("users"), QStringLiteral("messages"), QStringLiteral("notifications"),
              QStringLiteral("message_history")}) {
            QVERIFY(db.execute("SELECT setval(pg_get_serial_sequence('" + table
                               + "', 'id'), (SELECT max(id) FROM " + table + "))"));
        }
        QVERIFY(db.commit());
    }
    oldStore.reset();

    RawDatabase raw(adminUrl());
    const auto before = contentOf(raw);
    QCOMPARE(before.value("users").size(), 4);
    QCOMPARE(before.value("messages").size(), 3);
    QCOMPARE(before.value("notifications").size(), 3);
    QCOMPARE(before.value("message_history").size(), 1);
    QCOMPARE(before.value("conversations").size(), 4);
    QCOMPARE(before.value("drafts").size(), 2);
    QCOMPARE(
        raw.scalar("SELECT count(*) FROM users WHERE password_hash LIKE '$argon2id$%'").toInt(), 4);
    // Before team init nobody can use it as a member, and the old way's own client is refused.
    QCOMPARE(cli({"--db", memberUrl(), "unread", "--as", "alice"},
                 TestStore::passwordOf(QStringLiteral("alice")))
                 .exitCode,
             77);

    // That counted as a wrong password: a fresh CLI state, so no wait is imposed below.
    m_cli = std::make_unique<CliProcess>();

    // 3. team init: every account gets a login role and a password, printed once.
    const CliResult upgraded = cli({"--db", adminUrl(), "team", "init"});
    QCOMPARE(upgraded.exitCode, 0);
    const QStringList logins = parseInitialPasswords(upgraded.text());
    QCOMPARE(logins.size(), 4);
    QMap<QString, QString> initial; // name -> password
    for (const QString &line : logins) {
        const QStringList fields = line.split('\t');
        QCOMPARE(fields.size(), 3);
        QCOMPARE(fields.at(1), QStringLiteral("sb_") + fields.at(0).toCaseFolded());
        QVERIFY(fields.at(2).size() >= 16);
        QVERIFY(!initial.values().contains(fields.at(2)));
        initial.insert(fields.at(0), fields.at(2));
    }
    QCOMPARE(initial.keys(), QStringList({"Dave.Ü", "alice", "bob", "carol"}));

    // Nothing lost, nothing changed; the hashes gone; each must choose a password first.
    QCOMPARE(contentOf(raw), before);
    QCOMPARE(raw.scalar("SELECT count(*) FROM users WHERE password_hash IS NOT NULL").toInt(), 0);
    QCOMPARE(
        raw.scalar("SELECT count(*) FROM signalbox_members WHERE must_change_password").toInt(), 4);
    QCOMPARE(raw.scalar("SELECT count(*) FROM pg_roles r WHERE rolname LIKE 'sb\\_%' AND "
                        "rolcanlogin AND pg_has_role(r.oid, 'signalbox_member', 'MEMBER')")
                 .toInt(),
             4);

    // 4. Each member: the old Signalbox password no longer opens anything; the initial one
    // opens only passwd; then everything of theirs is there.
    const QString url = memberUrl();
    for (auto it = initial.cbegin(); it != initial.cend(); ++it) {
        const QString &name = it.key();
        QCOMPARE(cli({"--db", url, "unread", "--as", name}, TestStore::passwordOf(name)).exitCode,
                 77);
        const CliResult blocked = cli({"--db", url, "unread", "--as", name}, it.value());
        QCOMPARE(blocked.exitCode, 77);
        QVERIFY2(blocked.errorText().contains("passwd"), blocked.err);
        const QString chosen = name + QStringLiteral("-own-choice");
        m_secrets.append(chosen);
        QCOMPARE(cli({"--db", url, "passwd", "--as", name}, it.value(), {}, chosen).exitCode, 0);
        QCOMPARE(cli({"--db", url, "unread", "--as", name}, chosen).exitCode, 0);
    }
    const CliResult conversation
        = cli({"--db", url, "--json", "conversation", "--as", "alice", "--with", "bob"},
              QStringLiteral("alice-own-choice"));
    QCOMPARE(conversation.exitCode, 0);
    const QJsonArray messages = conversation.array();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).toObject().value("content").toString(),
             QStringLiteral("first, edited"));
    QCOMPARE(messages.at(0).toObject().value("edited").toBool(), true);
    QCOMPARE(messages.at(1).toObject().value("parent_message").toInteger(), first->id);
    const CliResult history
        = cli({"--db", url, "--json", "history", "--as", "bob", QString::number(first->id)},
              QStringLiteral("bob-own-choice"));
    QCOMPARE(history.exitCode, 0);
    QVERIFY2(history.text().contains("\"first\""), history.out);
    // Ids keep counting where the old store left off.
    const CliResult sent
        = cli({"--db", url, "--json", "send", "--as", "carol", "--to", "bob", "after the upgrade"},
              QStringLiteral("carol-own-choice"));
    QCOMPARE(sent.exitCode, 0);
    QVERIFY(sent.object().value("id").toInteger() > reply->id);

    // 5. A second team init prints no password and changes nothing.
    const auto settled = contentOf(raw);
    const auto members = raw.rows("SELECT * FROM signalbox_members ORDER BY 1");
    const CliResult again = cli({"--db", adminUrl(), "team", "init"});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(parseInitialPasswords(again.text()).isEmpty());
    for (const QString &password : std::as_const(initial))
        QVERIFY(!again.out.contains(password.toUtf8()));
    QCOMPARE(contentOf(raw), settled);
    QCOMPARE(raw.rows("SELECT * FROM signalbox_members ORDER BY 1"), members);
    QCOMPARE(
        cli({"--db", url, "unread", "--as", "alice"}, QStringLiteral("alice-own-choice")).exitCode,
        0);

    // Each initial password was printed exactly once, by the upgrade.
    for (const QString &password : std::as_const(initial)) {
        int shownIn = 0;
        for (const QByteArray &output : std::as_const(m_outputs))
            shownIn += int(output.count(password.toUtf8()));
        QCOMPARE(shownIn, 1);
    }
}

// user delete --as NAME by the member themself (no user in the URL): their data goes, their
// role opens nothing any more, and their running watch (listening on their own connection)
// ends with 77.
void tst_TeamCli::memberDeletesTheirOwnAccountAndTheirWatchEnds()
{
    SKIP_ON_SQLITE();
    const User carol = m_store->addUser(QStringLiteral("carol"));
    QVERIFY(carol.isValid());
    // The test's own session of carol closes: the watch is to be her only connection.
    m_store->store().signOut(carol.id);
    const QString url = memberUrl();
    const QString carolPassword = TestStore::passwordOf(QStringLiteral("carol"));
    const QString alicePassword = TestStore::passwordOf(QStringLiteral("alice"));
    m_secrets.append(carolPassword);
    QCOMPARE(cli({"--db", url, "send", "--as", "carol", "--to", "alice", "mine"}, carolPassword)
                 .exitCode,
             0);
    QCOMPARE(cli({"--db", url, "send", "--as", "alice", "--to", "carol", "to carol"}, alicePassword)
                 .exitCode,
             0);
    QCOMPARE(
        cli({"--db", url, "send", "--as", "alice", "--to", "bob", "not carol's"}, alicePassword)
            .exitCode,
        0);

    QProcess watch;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("SIGNALBOX_PASSWORD", carolPassword);
    env.remove("SIGNALBOX_DB");
    watch.setProcessEnvironment(env);
    watch.start(CliProcess::program(), {"--db", url, "watch", "--as", "carol"});
    QVERIFY(watch.waitForStarted());
    QByteArray said;
    QTRY_VERIFY2_WITH_TIMEOUT((said += watch.readAllStandardError()).contains("carol"),
                              said.constData(), 10000);
    {
        // The watch runs on carol's own login: no other connection is hers now.
        RawDatabase raw(adminUrl());
        QCOMPARE(
            raw.scalar("SELECT count(*) FROM pg_stat_activity WHERE usename = 'sb_carol'").toInt(),
            1);
    }
    // LISTEN/NOTIFY reaches it there.
    QCOMPARE(cli({"--db", url, "send", "--as", "alice", "--to", "carol", "are you there?"},
                 alicePassword)
                 .exitCode,
             0);
    QByteArray line;
    QTRY_VERIFY_WITH_TIMEOUT((line += watch.readAllStandardOutput()).contains('\n'), 10000);
    QVERIFY2(line.contains("are you there?"), line.constData());

    const CliResult deleted = cli({"--db", url, "user", "delete", "--as", "carol"}, carolPassword);
    QCOMPARE(deleted.exitCode, 0);
    QVERIFY(watch.waitForFinished(15000));
    QCOMPARE(watch.exitStatus(), QProcess::NormalExit);
    QCOMPARE(watch.exitCode(), 77);
    said += watch.readAllStandardError();
    QVERIFY2(said.contains("deleted"), said.constData());
    m_outputs.append(said);
    m_outputs.append(line + watch.readAllStandardOutput());

    // All of carol's data is gone; alice and bob keep theirs.
    RawDatabase raw(adminUrl());
    QCOMPARE(raw.scalar("SELECT count(*) FROM users WHERE id = ?", {carol.id}).toInt(), 0);
    QCOMPARE(raw.scalar("SELECT count(*) FROM messages WHERE sender_id = ? OR receiver_id = ?",
                        {carol.id, carol.id})
                 .toInt(),
             0);
    QCOMPARE(raw.scalar("SELECT count(*) FROM notifications WHERE user_id = ?", {carol.id}).toInt(),
             0);
    QCOMPARE(raw.scalar("SELECT count(*) FROM conversations WHERE user_id = ? OR peer_id = ?",
                        {carol.id, carol.id})
                 .toInt(),
             0);
    QCOMPARE(raw.scalar("SELECT count(*) FROM messages").toInt(), 1);
    QCOMPARE(raw.scalar("SELECT count(*) FROM notifications").toInt(), 1);

    // Her role opens nothing any more, with the same password.
    const CliResult again = cli({"--db", url, "unread", "--as", "carol"}, carolPassword);
    QCOMPARE(again.exitCode, 77);
    QCOMPARE(cli({"--db", url, "user", "delete", "--as", "carol"}, carolPassword).exitCode, 77);
}

// team remove by the administrator drops the member's login while their watch runs on it: the
// watch ends with 77 and says so, instead of listening on a connection that reads nothing.
void tst_TeamCli::teamRemoveEndsTheMembersWatch()
{
    SKIP_ON_SQLITE();
    const User carol = m_store->addUser(QStringLiteral("carol"));
    QVERIFY(carol.isValid());
    m_store->store().signOut(carol.id);
    const QString url = memberUrl();
    const QString carolPassword = TestStore::passwordOf(QStringLiteral("carol"));
    m_secrets.append(carolPassword);

    QProcess watch;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("SIGNALBOX_PASSWORD", carolPassword);
    env.remove("SIGNALBOX_DB");
    watch.setProcessEnvironment(env);
    watch.start(CliProcess::program(), {"--db", url, "watch", "--as", "carol"});
    QVERIFY(watch.waitForStarted());
    QByteArray said;
    QTRY_VERIFY2_WITH_TIMEOUT((said += watch.readAllStandardError()).contains("carol"),
                              said.constData(), 10000);

    const CliResult removed = cli({"--db", adminUrl(), "team", "remove", "carol"});
    QCOMPARE(removed.exitCode, 0);
    QVERIFY(watch.waitForFinished(15000));
    QCOMPARE(watch.exitStatus(), QProcess::NormalExit);
    QCOMPARE(watch.exitCode(), 77);
    said += watch.readAllStandardError();
    QVERIFY2(said.contains("carol") && (said.contains("no longer") || said.contains("deleted")),
             said.constData());
    m_outputs.append(said);
    m_outputs.append(watch.readAllStandardOutput());
}

QTEST_GUILESS_MAIN(tst_TeamCli)
#include "tst_teamcli.moc"

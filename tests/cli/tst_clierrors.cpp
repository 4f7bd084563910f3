#include "cliprocess.h"
#include "storeassert.h"
#include "teststore.h"

#include "messagerepository.h"
#include "seeder.h"
#include "userrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace signalbox;
using test::CliProcess;
using test::CliResult;
using test::TestStore;

namespace {

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray("<unreadable>");
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
           && file.write(bytes) == bytes.size();
}

// Runs fn with a raw connection to the SQLite file, outside the store library.
template<typename Fn>
void withRawConnection(const QString &path, Fn &&fn)
{
    const QString name = QStringLiteral("tst_clierrors-raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        fn(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

// Exit codes, store selection and passwords of signalbox-cli, run as a real process.
class tst_CliErrors : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void usageErrors_data();
    void usageErrors();
    void missingPassword();
    void invalidInput_data();
    void invalidInput();
    void duplicateUsername();
    void crossConversationReply();
    void invalidUtf8();
    void notFound_data();
    void notFound();
    void missingStoreIsNotCreated();
    void wrongPassword();
    void notPermitted_data();
    void notPermitted();
    void unreadableStores_data();
    void unreadableStores();
    void newerSchema();
    void busy();
    void storeVariableAndDbOption();
    void defaultStore();
    void errorOutputIsTheSentenceOnly();
    void unreachableServerIsOneSentence();
    void loginFileNamesNoStoreAndNoUser();
    void interruptedExportLeavesNoFile();

private:
    CliResult as(const QString &name, const QStringList &arguments);
    qsizetype messageCount();

    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<CliProcess> m_cli;
    User m_alice;
    User m_bob;
    User m_carol;
    Message m_fromAlice;
};

void tst_CliErrors::init()
{
    m_store = std::make_unique<TestStore>();
    QVERIFY(m_store->isValid());
    m_alice = m_store->addUser(QStringLiteral("alice"));
    m_bob = m_store->addUser(QStringLiteral("bob"));
    m_carol = m_store->addUser(QStringLiteral("carol"));
    m_fromAlice = m_store->send(m_alice, m_bob, QStringLiteral("from alice"));
    QVERIFY(m_fromAlice.isValid());
    m_cli = std::make_unique<CliProcess>();
    m_cli->setStoreVariable(m_store->path());
}

void tst_CliErrors::cleanup()
{
    m_cli.reset();
    m_store.reset();
}

CliResult tst_CliErrors::as(const QString &name, const QStringList &arguments)
{
    m_cli->setPassword(TestStore::passwordOf(name));
    return m_cli->run(arguments);
}

qsizetype tst_CliErrors::messageCount()
{
    qsizetype count = 0;
    for (const User &user : {m_bob, m_carol}) {
        auto messages = m_store->store().messages().conversation(m_alice, user.id);
        count += messages ? messages->size() : -1000;
    }
    auto bobCarol = m_store->store().messages().conversation(m_bob, m_carol.id);
    return count + (bobCarol ? bobCarol->size() : -1000);
}

void tst_CliErrors::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("nothing") << QStringList{};
    QTest::newRow("unknown command") << QStringList{"frobnicate", "--as", "alice"};
    QTest::newRow("unknown user command") << QStringList{"user", "rename", "alice"};
    QTest::newRow("user alone") << QStringList{"user"};
    QTest::newRow("unknown option") << QStringList{"show", "--as", "alice", "--colour", "1"};
    QTest::newRow("unknown short option") << QStringList{"show", "-x", "--as", "alice", "1"};
    QTest::newRow("option of another command")
        << QStringList{"show", "--as", "alice", "--to", "bob", "1"};
    QTest::newRow("missing --as") << QStringList{"show", "1"};
    QTest::newRow("missing --to") << QStringList{"send", "--as", "alice", "hello"};
    QTest::newRow("missing --with") << QStringList{"conversation", "--as", "alice"};
    QTest::newRow("--as without value") << QStringList{"show", "1", "--as"};
    QTest::newRow("option twice") << QStringList{"show", "--as", "alice", "--as", "bob", "1"};
    QTest::newRow("flag with value") << QStringList{"--json=yes", "user", "list"};
    QTest::newRow("missing ID") << QStringList{"show", "--as", "alice"};
    QTest::newRow("ID not a number") << QStringList{"show", "--as", "alice", "first"};
    QTest::newRow("ID zero") << QStringList{"read", "--as", "bob", "0"};
    QTest::newRow("ID negative") << QStringList{"delete", "--as", "alice", "--", "-3"};
    QTest::newRow("bad --reply-to")
        << QStringList{"send", "--as", "alice", "--to", "bob", "--reply-to", "x", "hi"};
    QTest::newRow("extra argument") << QStringList{"show", "--as", "alice", "1", "2"};
    QTest::newRow("missing TEXT") << QStringList{"send", "--as", "alice", "--to", "bob"};
    QTest::newRow("edit without TEXT") << QStringList{"edit", "--as", "alice", "1"};
    QTest::newRow("user add without NAME") << QStringList{"user", "add"};
    QTest::newRow("user list with argument") << QStringList{"user", "list", "everyone"};
}

void tst_CliErrors::usageErrors()
{
    QFETCH(QStringList, arguments);
    const qsizetype before = messageCount();
    const CliResult result = as(QStringLiteral("alice"), arguments);
    QCOMPARE(result.exitCode, 64);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.startsWith("signalbox-cli: "), result.err);
    QVERIFY(result.err.contains("Usage: signalbox-cli"));
    QCOMPARE(messageCount(), before);
}

void tst_CliErrors::missingPassword()
{
    m_cli->setPassword(QString());
    const CliResult result = m_cli->run({"show", "--as", "alice", QString::number(m_fromAlice.id)});
    QCOMPARE(result.exitCode, 64);
    QVERIFY2(result.err.contains("SIGNALBOX_PASSWORD"), result.err);
    QVERIFY(result.out.isEmpty());
    // user list needs none.
    QCOMPARE(m_cli->run({"user", "list"}).exitCode, 0);
}

void tst_CliErrors::invalidInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("empty text") << QStringList{"send", "--as", "alice", "--to", "bob", ""};
    QTest::newRow("blank text") << QStringList{"send", "--as", "alice", "--to", "bob", " \n\t "};
    QTest::newRow("oversized text")
        << QStringList{"send", "--as", "alice",
                       "--to", "bob",  QString(MessageRepository::MaxContentLength + 1, u'x')};
    QTest::newRow("oversized in words") << QStringList{
        "send", "--as", "alice", "--to", "bob", QString(MessageRepository::MaxContentLength, u'x'),
        "y"};
    QTest::newRow("to yourself") << QStringList{"send", "--as", "alice", "--to", "alice", "hi me"};
    // The store treats a reply to a message that does not exist like one across conversations.
    QTest::newRow("unknown reply parent")
        << QStringList{"send", "--as", "alice", "--to", "bob", "--reply-to", "999", "x"};
    QTest::newRow("empty edit") << QStringList{"edit", "--as", "alice", "1", ""};
    QTest::newRow("bad username") << QStringList{"user", "add", "no spaces allowed"};
    QTest::newRow("username with quote") << QStringList{"user", "add", "o'brien"};
    QTest::newRow("empty username") << QStringList{"user", "add", ""};
    QTest::newRow("long username") << QStringList{"user", "add", QString(151, u'a')};
}

void tst_CliErrors::invalidInput()
{
    QFETCH(QStringList, arguments);
    const qsizetype before = messageCount();
    auto usersBefore = m_store->store().users().list();
    QVERIFY(usersBefore);
    const CliResult result = as(QStringLiteral("alice"), arguments);
    QCOMPARE(result.exitCode, 65);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.startsWith("signalbox-cli: ") && result.err.count('\n') == 1, result.err);
    QCOMPARE(messageCount(), before);
    auto usersAfter = m_store->store().users().list();
    QVERIFY(usersAfter);
    QCOMPARE(usersAfter->size(), usersBefore->size());

    auto message = m_store->store().messages().get(m_alice, m_fromAlice.id);
    QVERIFY(message);
    QCOMPARE(message->content, QStringLiteral("from alice"));
}

void tst_CliErrors::duplicateUsername()
{
    m_cli->setPassword(QStringLiteral("long-enough-password"));
    const CliResult result = m_cli->run({"user", "add", "Alice"});
    QCOMPARE(result.exitCode, 65);
    QVERIFY2(result.err.contains("taken"), result.err);

    m_cli->setPassword(QStringLiteral("short"));
    const CliResult shortPassword = m_cli->run({"user", "add", "dave"});
    QCOMPARE(shortPassword.exitCode, 65);
    QCOMPARE(m_store->store().users().byName(QStringLiteral("dave")).error().code,
             StoreError::NotFound);
}

void tst_CliErrors::crossConversationReply()
{
    // A reply from alice to carol cannot hang under a message between alice and bob.
    const qsizetype before = messageCount();
    const CliResult result
        = as(QStringLiteral("alice"), {"send", "--as", "alice", "--to", "carol", "--reply-to",
                                       QString::number(m_fromAlice.id), "sneaky"});
    QCOMPARE(result.exitCode, 65);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(messageCount(), before);
}

void tst_CliErrors::invalidUtf8()
{
    m_cli->setPassword(TestStore::passwordOf(QStringLiteral("alice")));
    const qsizetype before = messageCount();
    const CliResult text
        = m_cli->runRaw({"send", "--as", "alice", "--to", "bob", "bad \xff\xfe bytes \xc3"});
    QVERIFY(text.finished);
    QCOMPARE(text.exitCode, 65);
    QVERIFY2(text.err.contains("UTF-8"), text.err);
    const CliResult name = m_cli->runRaw({"show", "--as", "al\xe9ice", "1"});
    QCOMPARE(name.exitCode, 65);
    QCOMPARE(messageCount(), before);

    // Valid multi-byte UTF-8 through the same path is fine.
    const CliResult valid
        = m_cli->runRaw({"--json", "send", "--as", "alice", "--to", "bob", "caf\xc3\xa9"});
    QCOMPARE(valid.exitCode, 0);
    QCOMPARE(valid.object().value("content").toString(), QStringLiteral("café"));

    m_cli->setPassword(QString::fromLatin1("bad\xff")); // sent as UTF-8, so valid: just wrong
    QCOMPARE(m_cli->run({"show", "--as", "alice", "1"}).exitCode, 77);
    m_cli->setPassword(QString());
    const CliResult stdinPassword
        = m_cli->run({"show", "--password-stdin", "--as", "alice", "1"}, "bad\xff\n");
    QCOMPARE(stdinPassword.exitCode, 65);
}

void tst_CliErrors::notFound_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown --as") << QStringList{"unread", "--as", "zed"};
    QTest::newRow("unknown --to") << QStringList{"send", "--as", "alice", "--to", "zed", "hi"};
    QTest::newRow("unknown --with")
        << QStringList{"conversation", "--as", "alice", "--with", "zed"};
    QTest::newRow("unknown message: show") << QStringList{"show", "--as", "alice", "999"};
    QTest::newRow("unknown message: edit") << QStringList{"edit", "--as", "alice", "999", "new"};
    QTest::newRow("unknown message: delete") << QStringList{"delete", "--as", "alice", "999"};
    QTest::newRow("unknown message: read") << QStringList{"read", "--as", "alice", "999"};
    QTest::newRow("unknown message: history") << QStringList{"history", "--as", "alice", "999"};
    QTest::newRow("unknown message: thread") << QStringList{"thread", "--as", "alice", "999"};
    QTest::newRow("user delete of nobody") << QStringList{"user", "delete", "--as", "zed"};
}

void tst_CliErrors::notFound()
{
    QFETCH(QStringList, arguments);
    const qsizetype before = messageCount();
    const CliResult result = as(QStringLiteral("alice"), arguments);
    QCOMPARE(result.exitCode, 66);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.startsWith("signalbox-cli: ") && result.err.count('\n') == 1, result.err);
    QCOMPARE(messageCount(), before);
}

void tst_CliErrors::missingStoreIsNotCreated()
{
    const QString missing = QDir(m_store->dir()).filePath(QStringLiteral("typo/store.sqlite3"));
    const CliResult listed = as(QStringLiteral("alice"), {"--db", missing, "user", "list"});
    QCOMPARE(listed.exitCode, 66);
    QVERIFY(!QFile::exists(missing));
    QVERIFY(!QFile::exists(QFileInfo(missing).path()));
    const CliResult shown
        = as(QStringLiteral("alice"), {"--db", missing, "show", "--as", "alice", "1"});
    QCOMPARE(shown.exitCode, 66);
    QVERIFY(!QFile::exists(missing));
}

void tst_CliErrors::wrongPassword()
{
    m_cli->setPassword(QStringLiteral("not-alices-password"));
    const qsizetype before = messageCount();
    for (const QStringList &arguments :
         {QStringList{"send", "--as", "alice", "--to", "bob", "hi"},
          QStringList{"unread", "--as", "alice"}, QStringList{"user", "delete", "--as", "alice"}}) {
        const CliResult result = m_cli->run(arguments);
        QCOMPARE(result.exitCode, 77);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains("wrong"), result.err);
    }
    QCOMPARE(messageCount(), before);
    QVERIFY(m_store->store().users().byName(QStringLiteral("alice")));

    // Another user's password does not work either.
    m_cli->setPassword(TestStore::passwordOf(QStringLiteral("bob")));
    QCOMPARE(m_cli->run({"unread", "--as", "alice"}).exitCode, 77);
}

void tst_CliErrors::notPermitted_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QStringList>("arguments");
    const QString id = QStringLiteral("{id}"); // alice's message, filled in by the test
    QTest::newRow("receiver edits") << "bob" << QStringList{"edit", "--as", "bob", id, "changed"};
    QTest::newRow("receiver deletes") << "bob" << QStringList{"delete", "--as", "bob", id};
    QTest::newRow("sender marks read") << "alice" << QStringList{"read", "--as", "alice", id};
    QTest::newRow("stranger shows") << "carol" << QStringList{"show", "--as", "carol", id};
    QTest::newRow("stranger history") << "carol" << QStringList{"history", "--as", "carol", id};
    QTest::newRow("stranger thread") << "carol" << QStringList{"thread", "--as", "carol", id};
}

void tst_CliErrors::notPermitted()
{
    QFETCH(QString, actor);
    QFETCH(QStringList, arguments);
    arguments.replaceInStrings(QStringLiteral("{id}"), QString::number(m_fromAlice.id));
    const CliResult result = as(actor, arguments);
    QCOMPARE(result.exitCode, 77);
    QVERIFY(result.out.isEmpty());
    auto message = m_store->store().messages().get(m_alice, m_fromAlice.id);
    QVERIFY(message);
    QCOMPARE(message->content, QStringLiteral("from alice"));
    QVERIFY(!message->read);
    QVERIFY(!message->deleted);
}

void tst_CliErrors::unreadableStores_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::newRow("zero bytes") << QByteArray();
    QTest::newRow("text file") << QByteArray("these are my notes, not a database\n").repeated(200);
    QByteArray damaged("SQLite format 3");
    damaged.append('\0');
    damaged.append(QByteArray(4096 - damaged.size(), '\x5a'));
    QTest::newRow("damaged header") << damaged;
}

void tst_CliErrors::unreadableStores()
{
    QFETCH(QByteArray, contents);
    const QString path = QDir(m_store->dir()).filePath(QStringLiteral("bad.sqlite3"));
    QVERIFY(writeFile(path, contents));
    for (const QStringList &arguments :
         {QStringList{"--db", path, "user", "list"},
          QStringList{"--db", path, "send", "--as", "alice", "--to", "bob", "hi"},
          QStringList{"--db", path, "user", "add", "dave"}}) {
        const CliResult result = as(QStringLiteral("alice"), arguments);
        QCOMPARE(result.exitCode, 74);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.startsWith("signalbox-cli: ") && result.err.count('\n') == 1,
                 result.err);
        QCOMPARE(contentsOf(path), contents);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
    }

    // A folder is no store either.
    const CliResult folder = as(QStringLiteral("alice"), {"--db", m_store->dir(), "user", "list"});
    QCOMPARE(folder.exitCode, 74);
}

void tst_CliErrors::newerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite3"));
    {
        auto store = Store::open(path);
        QVERIFY(store);
        QVERIFY((*store)->users().create(QStringLiteral("alice"),
                                         TestStore::passwordOf(QStringLiteral("alice"))));
    }
    withRawConnection(path, [](QSqlDatabase &db) {
        QSqlQuery query(db);
        QVERIFY2(
            query.exec(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) "
                                      "VALUES (999, '0999_future.sql', 0)")),
            qPrintable(query.lastError().text()));
    });
    const QByteArray before = contentsOf(path);
    QVERIFY(!before.isEmpty());

    for (const QStringList &arguments :
         {QStringList{"--db", path, "user", "list"},
          QStringList{"--db", path, "send", "--as", "alice", "--to", "bob", "hi"}}) {
        const CliResult result = as(QStringLiteral("alice"), arguments);
        QCOMPARE(result.exitCode, 74);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains("newer"), result.err);
        QCOMPARE(contentsOf(path), before);
    }
}

void tst_CliErrors::busy()
{
    // Another program holds the write lock for longer than the CLI waits (its busy timeout,
    // tried a few times): the CLI gives up with 75 and writes nothing.
    const qsizetype before = messageCount();
    withRawConnection(m_store->path(), [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        QVERIFY2(query.exec(QStringLiteral("BEGIN IMMEDIATE")),
                 qPrintable(query.lastError().text()));
        m_cli->setPassword(TestStore::passwordOf(QStringLiteral("alice")));
        const CliResult result
            = m_cli->run({"send", "--as", "alice", "--to", "bob", "blocked"}, {}, 120000);
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, 75);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains("busy"), result.err);

        // Reading still works while the lock is held.
        const CliResult read
            = m_cli->run({"--json", "show", "--as", "alice", QString::number(m_fromAlice.id)});
        QCOMPARE(read.exitCode, 0);
        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
    });
    QCOMPARE(messageCount(), before);
    QCOMPARE(
        as(QStringLiteral("alice"), {"send", "--as", "alice", "--to", "bob", "free now"}).exitCode,
        0);
    QCOMPARE(messageCount(), before + 1);
}

void tst_CliErrors::storeVariableAndDbOption()
{
    QTemporaryDir other;
    const QString otherPath = other.filePath(QStringLiteral("other.sqlite3"));
    m_cli->setPassword(QStringLiteral("zoe-password"));

    // --db wins over SIGNALBOX_DB (which points at the test store).
    QCOMPARE(m_cli->run({"--db", otherPath, "user", "add", "zoe"}).exitCode, 0);
    QVERIFY(QFile::exists(otherPath));
    QCOMPARE(m_store->store().users().byName(QStringLiteral("zoe")).error().code,
             StoreError::NotFound);
    const CliResult inOther
        = m_cli->run({"--json", "user", "list", QStringLiteral("--db=sqlite:%1").arg(otherPath)});
    QCOMPARE(inOther.exitCode, 0);
    QCOMPARE(inOther.array().size(), 1);

    // SIGNALBOX_DB is used when there is no --db.
    const CliResult inTest = m_cli->run({"--json", "user", "list"});
    QCOMPARE(inTest.exitCode, 0);
    QCOMPARE(inTest.array().size(), 3);
    m_cli->setStoreVariable(otherPath);
    const CliResult switched = m_cli->run({"--json", "user", "list"});
    QCOMPARE(switched.exitCode, 0);
    QCOMPARE(switched.array().size(), 1);
    QCOMPARE(switched.array().at(0).toObject().value("username").toString(), QStringLiteral("zoe"));
}

void tst_CliErrors::defaultStore()
{
    // Neither --db nor SIGNALBOX_DB: the default store under AppDataLocation.
    m_cli->setStoreVariable(QString());
    const QString expected
        = QDir(m_cli->dataHome()).filePath(QStringLiteral("signalbox/signalbox.sqlite3"));
    const CliResult missing = m_cli->run({"user", "list"});
    QCOMPARE(missing.exitCode, 66);
    QVERIFY2(missing.errorText().contains(expected), missing.err);

    m_cli->setPassword(QStringLiteral("yann-password"));
    QCOMPARE(m_cli->run({"user", "add", "yann"}).exitCode, 0);
    QVERIFY(QFile::exists(expected));
    const CliResult listed = m_cli->run({"--json", "user", "list"});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.array().size(), 1);
    QCOMPARE(m_store->store().users().byName(QStringLiteral("yann")).error().code,
             StoreError::NotFound);
}

// Standard error holds the one promised sentence; the store's debug lines appear only when
// QT_LOGGING_RULES asks for them.
void tst_CliErrors::errorOutputIsTheSentenceOnly()
{
    // A store whose change log is gone: every write fails inside the store library.
    withRawConnection(m_store->path(), [](QSqlDatabase &db) {
        QSqlQuery query(db);
        QVERIFY2(query.exec(QStringLiteral("DROP TABLE change_log")),
                 qPrintable(query.lastError().text()));
    });
    const QStringList send = {"send", "--as", "alice", "--to", "bob", "hi"};
    const CliResult quiet = as(QStringLiteral("alice"), send);
    QVERIFY(quiet.exitCode != 0);
    QVERIFY(quiet.out.isEmpty());
    QVERIFY2(quiet.err.startsWith("signalbox-cli: "), quiet.err);
    QCOMPARE(quiet.err.count('\n'), 1);
    QVERIFY2(!quiet.err.contains("signalbox.store"), quiet.err);
    QVERIFY2(!quiet.err.contains("statement failed"), quiet.err);

    m_cli->setVariable(QStringLiteral("QT_LOGGING_RULES"),
                       QStringLiteral("signalbox.store.database.debug=true"));
    const CliResult asked = as(QStringLiteral("alice"), send);
    QCOMPARE(asked.exitCode, quiet.exitCode);
    QVERIFY2(asked.err.contains("statement failed"), asked.err);
    QVERIFY2(asked.err.contains(quiet.err), asked.err);
}

void tst_CliErrors::unreachableServerIsOneSentence()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        QSKIP("Qt's PostgreSQL driver is not installed.");
    // Nothing listens on port 1.
    const CliResult result
        = m_cli->run({"--db", "postgresql://nobody:pw-secret-42@127.0.0.1:1/none", "user", "list"});
    QCOMPARE(result.exitCode, 74);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY2(!result.err.contains("QPSQL"), result.err);
    QVERIFY2(!result.err.contains("pw-secret-42"), result.err);
    QVERIFY2(result.err.contains("127.0.0.1"), result.err);
}

// The failed-login file: no store path, no user name, private.
void tst_CliErrors::loginFileNamesNoStoreAndNoUser()
{
    const mode_t previous = ::umask(022);
    m_cli->setPassword(QStringLiteral("not-alices-password"));
    const CliResult result = m_cli->run(
        {"--db", QStringLiteral("sqlite:") + m_store->path(), "unread", "--as", "alice"});
    ::umask(previous);
    QCOMPARE(result.exitCode, 77);
    const QString file = m_cli->dataHome() + QStringLiteral("/signalbox/cli-login-attempts.json");
    const QByteArray bytes = contentsOf(file);
    QVERIFY2(bytes.contains("failures"), bytes);
    QVERIFY2(!bytes.contains("alice"), bytes);
    QVERIFY2(!bytes.contains(QFileInfo(m_store->path()).fileName().toUtf8()), bytes);
    QVERIFY2(!bytes.contains("sqlite"), bytes);
    struct stat info;
    QVERIFY(::stat(QFile::encodeName(file).constData(), &info) == 0);
    QCOMPARE(int(info.st_mode & 0777), 0600);
    QVERIFY(::stat(QFile::encodeName(m_cli->dataHome() + QStringLiteral("/signalbox")).constData(),
                   &info)
            == 0);
    QCOMPARE(int(info.st_mode & 0777), 0700);
}

// Ctrl+C (SIGINT) or SIGTERM in the middle of an export cancel it: exit 75, no file, no
// QSaveFile temporary file, an earlier file of that name untouched. The signal is sent after
// the first progress line, and the export cannot finish before it arrives: its standard error
// is a pipe of one page that the test stops reading, and the export's progress lines (one per
// percent of 50,000 messages) are more than a page, so it waits on the pipe before its end.
void tst_CliErrors::interruptedExportLeavesNoFile()
{
    Seeder::Options options;
    options.users = 2;
    options.messages = 50000;
    SB_VERIFY_OK(Seeder::run(m_store->store(), options));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("export.json"));
    for (const int signalNumber : {SIGINT, SIGTERM}) {
        const bool earlier = signalNumber == SIGTERM;
        if (earlier)
            QVERIFY(writeFile(target, "an earlier export"));
        int pipe[2] = {-1, -1};
        QVERIFY(::pipe2(pipe, O_CLOEXEC) == 0);
        const int pipeBytes = ::fcntl(pipe[1], F_SETPIPE_SZ, 4096);
        QVERIFY(pipeBytes > 0);
        if (pipeBytes > 4096) {
            ::close(pipe[0]);
            ::close(pipe[1]);
            QSKIP("pipes hold more than 4,096 bytes here: the export could finish first");
        }
        QProcessEnvironment environment = m_cli->environment();
        environment.insert(QStringLiteral("SIGNALBOX_PASSWORD"), options.password);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setChildProcessModifier([fd = pipe[1]] { ::dup2(fd, STDERR_FILENO); });
        process.start(CliProcess::program(),
                      {QStringLiteral("export"), QStringLiteral("--as"), Seeder::userName(0),
                       QStringLiteral("--format"), QStringLiteral("json"), target});
        ::close(pipe[1]);
        QVERIFY(process.waitForStarted());

        // Byte by byte up to the end of the first progress line, so that the pipe is empty.
        const auto readLine = [&](QByteArray *line) {
            line->clear();
            char byte = 0;
            while (::read(pipe[0], &byte, 1) == 1) {
                line->append(byte);
                if (byte == '\n')
                    return true;
            }
            return false; // the end: the process closed its standard error
        };
        QByteArray first;
        QVERIFY2(readLine(&first), first);
        QVERIFY2(first.startsWith("signalbox-cli: Export: 0 of 50000 messages (0%)"), first);
        QCOMPARE(::kill(pid_t(process.processId()), signalNumber), 0);
        QByteArray rest;
        QByteArray line;
        QByteArray lastProgress = first;
        while (readLine(&line)) {
            rest += line;
            if (line.contains(" of 50000 messages ("))
                lastProgress = line;
        }
        ::close(pipe[0]);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 75);
        QVERIFY2(rest.endsWith("signalbox-cli: The export was cancelled; no file was written.\n"),
                 rest.right(300));
        QVERIFY2(!lastProgress.contains("(100%)"), lastProgress);
        QVERIFY(process.readAllStandardOutput().isEmpty());
        const QStringList left
            = QDir(dir.path())
                  .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        QCOMPARE(left, earlier ? QStringList{QStringLiteral("export.json")} : QStringList{});
        if (earlier)
            QCOMPARE(contentsOf(target), QByteArray("an earlier export"));
    }

    // Uninterrupted, the same export writes its file and says so once per percent.
    QVERIFY(QFile::remove(target));
    m_cli->setPassword(options.password);
    const CliResult done
        = m_cli->run({QStringLiteral("export"), QStringLiteral("--as"), Seeder::userName(0),
                      QStringLiteral("--format"), QStringLiteral("json"), target});
    QCOMPARE(done.exitCode, 0);
    QCOMPARE(done.err.count("signalbox-cli: Export: "), 101);
    QVERIFY2(done.err.endsWith("signalbox-cli: Export: 50000 of 50000 messages (100%)\n"),
             done.err.right(200));
    QVERIFY(QFileInfo(target).size() > 4096);
}

QTEST_GUILESS_MAIN(tst_CliErrors)
#include "tst_clierrors.moc"

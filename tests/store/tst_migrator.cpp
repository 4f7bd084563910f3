#include "rawdatabase.h"
#include "storeassert.h"
#include "testfiles.h"
#include "teststore.h"

#include "conversationrepository.h"
#include "messagerepository.h"
#include "migrator.h"
#include "userrepository.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace signalbox;

namespace {

// Writes a real store with enough rows for several pages, closed so that its log is merged.
bool writeRealStore(const QString &path)
{
    auto opened = Store::open(path);
    if (!opened)
        return false;
    Store &store = *opened.value();
    auto alice = store.users().create(QStringLiteral("alice"), QStringLiteral("alice-password"));
    auto bob = store.users().create(QStringLiteral("bob"), QStringLiteral("bob-password"));
    if (!alice || !bob)
        return false;
    for (int i = 0; i < 40; ++i) {
        if (!store.messages().send(*alice, *bob, QString(1000, QChar(u'a' + i % 26))))
            return false;
    }
    return true;
}

// The numbers of the migration files: numbers are reserved per change, so a branch may have
// gaps until the others are merged.
QList<int> migrationNumbers()
{
    QList<int> numbers;
    const QDir dir(QStringLiteral(":/migrations/sqlite"));
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name))
        numbers.append(name.left(4).toInt());
    return numbers;
}

QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(random.bounded(256));
    return bytes;
}

} // namespace

class tst_Migrator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void missingFileCreatesAStore();
    void reopeningAppliesNothingTwice();
    void emptyStoreGetsEveryMigration();
    void newerSchemaIsRefusedUnchanged();
    void schema2StoreKeepsItsRowsThroughSchema3();
    void refusedFilesAreLeftUnchanged_data();
    void refusedFilesAreLeftUnchanged();
};

void tst_Migrator::initTestCase()
{
    test::useFastPasswordHashing();
}

void tst_Migrator::missingFileCreatesAStore()
{
    if (test::TestStore::onPostgres())
        QSKIP("about SQLite files: a missing file creates a store (the SQLite run covers it)");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new/folder/store.sqlite3"));
    QVERIFY(!QFileInfo::exists(path));
    {
        auto opened = Store::open(path);
        SB_VERIFY_OK(opened);
        QCOMPARE(opened.value()->database().schemaVersion(), Migrator::latestVersion());
        QVERIFY(Migrator::latestVersion() >= 1);
    }
    QVERIFY(QFileInfo(path).isFile());
    test::RawDatabase raw(path);
    const auto versions
        = raw.rows(QStringLiteral("SELECT version, name FROM schema_migrations ORDER BY version"));
    QVERIFY(!versions.isEmpty());
    QCOMPARE(versions.first(), (QVariantList{1, QStringLiteral("0001_initial.sql")}));
    QCOMPARE(versions.size(), migrationNumbers().size());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT max(version) FROM schema_migrations")).toInt(),
             Migrator::latestVersion());
    const QStringList tables = raw.tables();
    for (const char *table :
         {"users", "messages", "notifications", "message_history", "conversations"})
        QVERIFY2(tables.contains(QString::fromLatin1(table)), table);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

void tst_Migrator::reopeningAppliesNothingTwice()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    test::RawDatabase raw(ts.path());
    const auto migrations = raw.rows(QStringLiteral("SELECT * FROM schema_migrations"));
    QVERIFY(ts.reopen());
    QVERIFY(ts.reopen());
    QCOMPARE(raw.rows(QStringLiteral("SELECT * FROM schema_migrations")), migrations);
    auto found = ts->users().byName(QStringLiteral("alice"));
    SB_VERIFY_OK(found);
    QCOMPARE(found->id, alice.id);
}

// A new SQLite file, or an empty PostgreSQL schema: every migration applied, in order, once.
void tst_Migrator::emptyStoreGetsEveryMigration()
{
    test::TestStore ts;
    QVERIFY(ts.isValid());
    QCOMPARE(ts->database().schemaVersion(), Migrator::latestVersion());
    test::RawDatabase raw(ts.path());
    const auto versions
        = raw.rows(QStringLiteral("SELECT version FROM schema_migrations ORDER BY version"));
    const QList<int> numbers = migrationNumbers();
    QCOMPARE(numbers.last(), Migrator::latestVersion());
    QCOMPARE(versions.size(), numbers.size());
    for (int i = 0; i < versions.size(); ++i)
        QCOMPARE(versions.at(i).first().toInt(), numbers.at(i));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT name FROM schema_migrations WHERE version = 1"))
                 .toString(),
             QStringLiteral("0001_initial.sql"));
    const QStringList tables = raw.tables();
    for (const char *table : {"users", "messages", "notifications", "message_history",
                              "conversations", "change_log", "schema_migrations"})
        QVERIFY2(tables.contains(QString::fromLatin1(table)), table);
}

// A store written by the previous release (schema 2) opens in this one: migration 3 rebuilds
// the conversation summaries without the foreign key on their last message and drops the
// indexes no query uses; every row stays, and the store works as before.
void tst_Migrator::schema2StoreKeepsItsRowsThroughSchema3()
{
    if (test::TestStore::onPostgres())
        QSKIP("The schema-2 store is built from the SQLite migration files.");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite3"));
    QList<QVariantList> conversationsBefore;
    {
        test::RawDatabase raw(path);
        QVERIFY(raw.isOpen());
        for (const char *name : {"0001_initial.sql", "0002_change_log.sql"}) {
            QFile file(QStringLiteral(":/migrations/sqlite/") + QLatin1String(name));
            QVERIFY2(file.open(QIODevice::ReadOnly), name);
            QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
            lines.removeIf(
                [](const QString &line) { return line.trimmed().startsWith(QLatin1String("--")); });
            for (const QString &statement :
                 lines.join(QLatin1Char('\n')).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                if (!statement.trimmed().isEmpty())
                    raw.rows(statement);
            }
        }
        raw.rows(QStringLiteral("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, "
                                "name TEXT NOT NULL, applied_at BIGINT NOT NULL)"));
        raw.rows(QStringLiteral("INSERT INTO schema_migrations VALUES (1, '0001_initial.sql', 0), "
                                "(2, '0002_change_log.sql', 0)"));
        raw.rows(QStringLiteral("INSERT INTO users (id, username, username_key, password_hash, "
                                "created_at) VALUES (1, 'alice', 'alice', 'x', 0), "
                                "(2, 'bob', 'bob', 'x', 0)"));
        raw.rows(
            QStringLiteral("INSERT INTO messages (id, sender_id, receiver_id, "
                           "parent_message_id, content, timestamp, read) VALUES "
                           "(1, 1, 2, NULL, 'first', 1000, 1), (2, 2, 1, 1, 'reply', 2000, 0)"));
        raw.rows(QStringLiteral("INSERT INTO notifications (user_id, message_id, created_at, read) "
                                "VALUES (2, 1, 1000, 1), (1, 2, 2000, 0)"));
        raw.rows(QStringLiteral("INSERT INTO conversations VALUES (1, 2, 2, 2000, 1), "
                                "(2, 1, 2, 2000, 0)"));
        conversationsBefore
            = raw.rows(QStringLiteral("SELECT * FROM conversations ORDER BY user_id, peer_id"));
        QCOMPARE(conversationsBefore.size(), 2);
    }

    auto opened = Store::open(path);
    SB_VERIFY_OK(opened);
    Store &store = *opened.value();
    QCOMPARE(store.database().schemaVersion(), Migrator::latestVersion());
    {
        test::RawDatabase raw(path);
        QCOMPARE(raw.rows(QStringLiteral("SELECT * FROM conversations ORDER BY user_id, peer_id")),
                 conversationsBefore);
        QCOMPARE(raw.count(QStringLiteral("messages")), 2);
        QCOMPARE(raw.count(QStringLiteral("notifications")), 2);
        const auto gone = raw.rows(
            QStringLiteral("SELECT name FROM sqlite_master WHERE name IN ('messages_roots', "
                           "'conversations_recent', 'conversations_last', 'change_log_created')"));
        QVERIFY(gone.isEmpty());
        QVERIFY(raw.foreignKeyViolations().isEmpty());
    }

    // The migrated store behaves: deleting the last message rebuilds the summaries (no
    // foreign key holds them any more), and a new message updates them again.
    auto alice = store.users().byName(QStringLiteral("alice"));
    auto bob = store.users().byName(QStringLiteral("bob"));
    SB_VERIFY_OK(alice);
    SB_VERIFY_OK(bob);
    auto removed = store.messages().remove(*bob, 2);
    SB_VERIFY_OK(removed);
    auto list = store.conversations().listFor(*alice);
    SB_VERIFY_OK(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().lastMessageId, Id(1));
    QCOMPARE(list->first().unreadCount, 0);
    auto sent = store.messages().send(*bob, *alice, QStringLiteral("after the upgrade"));
    SB_VERIFY_OK(sent);
    list = store.conversations().listFor(*alice);
    SB_VERIFY_OK(list);
    QCOMPARE(list->first().lastMessageId, sent->id);
    QCOMPARE(list->first().unreadCount, 1);
}

// A store a newer Signalbox migrated further is refused, on either backend, and left as it was.
void tst_Migrator::newerSchemaIsRefusedUnchanged()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    QVERIFY(alice.isValid());
    test::RawDatabase raw(ts.path());
    QVERIFY(raw.tryExec(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) "
                                       "VALUES (999, '0999_future.sql', 0)")));
    const auto before = raw.snapshot();

    auto opened = Store::open(ts.path());
    SB_VERIFY_ERROR(opened, StoreError::NewerSchema);
    QVERIFY(!opened.error().message.isEmpty());
    QVERIFY(raw.snapshot() == before);
}

void tst_Migrator::refusedFilesAreLeftUnchanged_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("expected");

    QTest::newRow("0-byte file") << "empty" << int(StoreError::Corrupt);
    QTest::newRow("random bytes") << "random" << int(StoreError::Corrupt);
    QTest::newRow("a few random bytes") << "short random" << int(StoreError::Corrupt);
    QTest::newRow("SQLite magic, then noise") << "magic noise" << int(StoreError::Corrupt);
    QTest::newRow("truncated store, mid page") << "truncated mid page" << int(StoreError::Corrupt);
    QTest::newRow("truncated store, on a page boundary")
        << "truncated on page" << int(StoreError::Corrupt);
    QTest::newRow("another program's SQLite file") << "foreign" << int(StoreError::Corrupt);
    QTest::newRow("newer schema") << "newer" << int(StoreError::NewerSchema);
    QTest::newRow("claims schema 1 without its tables")
        << "claims old schema" << int(StoreError::Corrupt);
    QTest::newRow("a directory") << "directory" << int(StoreError::CannotOpen);
}

void tst_Migrator::refusedFilesAreLeftUnchanged()
{
    if (test::TestStore::onPostgres())
        QSKIP("about SQLite files: damaged, foreign or newer files are refused untouched");
    QFETCH(QString, kind);
    QFETCH(int, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite3"));

    if (kind == QLatin1String("empty")) {
        QVERIFY(test::files::write(path, {}));
    } else if (kind == QLatin1String("random")) {
        QVERIFY(test::files::write(path, randomBytes(8192, 1)));
    } else if (kind == QLatin1String("short random")) {
        QVERIFY(test::files::write(path, randomBytes(37, 2)));
    } else if (kind == QLatin1String("magic noise")) {
        QVERIFY(test::files::write(path, QByteArray("SQLite format 3", 16) + randomBytes(8176, 3)));
    } else if (kind.startsWith(QLatin1String("truncated"))) {
        const QString original = dir.filePath(QStringLiteral("original.sqlite3"));
        QVERIFY(writeRealStore(original));
        QVERIFY(!test::files::hasSidecars(original));
        const QByteArray bytes = test::files::readAll(original);
        QVERIFY(bytes.size() >= 8 * 4096);
        const qsizetype cut = kind.endsWith(QLatin1String("mid page"))
                                  ? bytes.size() / 2 + 1000
                                  : (bytes.size() / 4096 / 2) * 4096;
        QVERIFY(test::files::write(path, bytes.left(cut)));
    } else if (kind == QLatin1String("foreign")) {
        test::RawDatabase foreign(path);
        QVERIFY(foreign.tryExec(
            QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")));
        QVERIFY(
            foreign.tryExec(QStringLiteral("INSERT INTO notes (text) VALUES ('shopping list')")));
    } else if (kind == QLatin1String("newer")) {
        QVERIFY(writeRealStore(path));
        test::RawDatabase raw(path);
        QVERIFY(
            raw.tryExec(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) "
                                       "VALUES (999, '0999_future.sql', 0)")));
    } else if (kind == QLatin1String("claims old schema")) {
        // Found by fuzz_storeopen: migrating it fails half-way, after earlier steps succeeded.
        test::RawDatabase raw(path);
        QVERIFY(raw.tryExec(QStringLiteral("CREATE TABLE schema_migrations (version INTEGER "
                                           "PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT "
                                           "NOT NULL)")));
        QVERIFY(raw.tryExec(
            QStringLiteral("INSERT INTO schema_migrations VALUES (1, '0001_initial.sql', 0)")));
    } else if (kind == QLatin1String("directory")) {
        QVERIFY(QDir().mkpath(path));
    } else {
        QFAIL("unknown kind");
    }
    QVERIFY(!test::files::hasSidecars(path));
    const bool isDir = QFileInfo(path).isDir();
    const QByteArray hash = test::files::sha256(path);
    const qint64 size = QFileInfo(path).size();
    QVERIFY(isDir || !hash.isEmpty());

    auto opened = Store::open(path);
    SB_VERIFY_ERROR(opened, StoreError::Code(expected));
    QVERIFY(!opened.error().message.isEmpty());
    // Twice, to be sure the first refusal left nothing behind that changes the second.
    SB_VERIFY_ERROR(Store::open(QStringLiteral("sqlite:") + path), StoreError::Code(expected));

    QVERIFY(!test::files::hasSidecars(path));
    QCOMPARE(QFileInfo(path).isDir(), isDir);
    if (isDir) {
        QVERIFY(QDir(path).isEmpty());
    } else {
        QCOMPARE(QFileInfo(path).size(), size);
        QCOMPARE(test::files::sha256(path), hash);
    }
    QStringList expectedEntries{QStringLiteral("store.sqlite3")};
    if (kind.startsWith(QLatin1String("truncated")))
        expectedEntries.prepend(QStringLiteral("original.sqlite3"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries, QDir::Name),
             expectedEntries);
}

QTEST_GUILESS_MAIN(tst_Migrator)
#include "tst_migrator.moc"

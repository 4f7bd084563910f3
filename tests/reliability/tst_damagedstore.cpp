#include "rawdatabase.h"
#include "storeassert.h"
#include "testfiles.h"
#include "teststore.h"
#include "userrepository.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <unistd.h>

using namespace signalbox;

// The start-up matrix: every kind of damaged or foreign file is refused with the right error
// and a clear message, and not one byte of it changes (no -wal or -shm appears beside it).
class tst_DamagedStore : public QObject
{
    Q_OBJECT

public:
    enum class Kind {
        Empty,
        RandomBytes,
        SqliteHeaderThenNoise,
        TruncatedMidPage,
        TruncatedOnPage,
        NewerSchema,
        ForeignDatabase,
        LookalikeMigrations,
        Directory,
        Unreadable
    };
    Q_ENUM(Kind)

private slots:
    void initTestCase();
    void init();
    void refusedUntouched_data();
    void refusedUntouched();
    void goodCopyStillOpens();
    void fuzzFindingIsRefusedUntouched();

private:
    // A closed, checkpointed store with some data: the bytes the damaged files start from.
    QByteArray goodStore();
    QTemporaryDir m_dir;
    QByteArray m_good;
};

void tst_DamagedStore::initTestCase()
{
    test::useFastPasswordHashing();
    QVERIFY(m_dir.isValid());
}

void tst_DamagedStore::init()
{
    if (test::TestStore::onPostgres())
        QSKIP("These are SQLite files.");
}

QByteArray tst_DamagedStore::goodStore()
{
    if (!m_good.isEmpty())
        return m_good;
    const QString path = m_dir.filePath(QStringLiteral("good.sqlite3"));
    {
        auto store = Store::open(path);
        if (!store)
            return {};
        auto alice
            = (*store)->users().create(QStringLiteral("alice"), QStringLiteral("alice-password"));
        auto bob = (*store)->users().create(QStringLiteral("bob"), QStringLiteral("bob-password"));
        if (!alice || !bob)
            return {};
    }
    // The last connection closing checkpoints and removes the log.
    if (test::files::hasSidecars(path))
        return {};
    m_good = test::files::readAll(path);
    return m_good;
}

void tst_DamagedStore::refusedUntouched_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("says");

    QTest::newRow("zero-length file")
        << Kind::Empty << int(StoreError::Corrupt) << QStringLiteral("empty");
    QTest::newRow("random bytes") << Kind::RandomBytes << int(StoreError::Corrupt)
                                  << QStringLiteral("not an SQLite database");
    QTest::newRow("sqlite header, then noise")
        << Kind::SqliteHeaderThenNoise << int(StoreError::Corrupt) << QStringLiteral("damaged");
    QTest::newRow("truncated mid-page") << Kind::TruncatedMidPage << int(StoreError::Corrupt)
                                        << QStringLiteral("whole number of pages");
    QTest::newRow("truncated on a page boundary")
        << Kind::TruncatedOnPage << int(StoreError::Corrupt) << QStringLiteral("truncated");
    QTest::newRow("newer Signalbox (schema 999)")
        << Kind::NewerSchema << int(StoreError::NewerSchema) << QStringLiteral("newer Signalbox");
    QTest::newRow("another program's database")
        << Kind::ForeignDatabase << int(StoreError::Corrupt) << QStringLiteral("another program");
    // Found by fuzz_storeopen: it passed the first look, then migrating wrote to it and failed.
    QTest::newRow("schema_migrations of another shape")
        << Kind::LookalikeMigrations << int(StoreError::Corrupt) << QStringLiteral("damaged");
    QTest::newRow("a directory") << Kind::Directory << int(StoreError::CannotOpen)
                                 << QStringLiteral("folder");
    QTest::newRow("unreadable (mode 000)")
        << Kind::Unreadable << int(StoreError::CannotOpen) << QStringLiteral("cannot be read");
}

void tst_DamagedStore::refusedUntouched()
{
    QFETCH(Kind, kind);
    QFETCH(int, code);
    QFETCH(QString, says);

    if (kind == Kind::Unreadable && ::geteuid() == 0)
        QSKIP("Running as root (as in CI): file permissions do not stop root from reading, so an "
              "unreadable file cannot be made.");

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.sqlite3"));
    const QByteArray good = goodStore();
    QVERIFY(!good.isEmpty());
    const int pageSize = 4096;
    QCOMPARE(qFromBigEndian<quint16>(good.constData() + 16), quint16(pageSize));
    QVERIFY(good.size() >= 3 * pageSize);

    QByteArray bytes;
    switch (kind) {
    case Kind::Empty:
        break;
    case Kind::RandomBytes:
        bytes.resize(8192);
        for (char &c : bytes)
            c = char(QRandomGenerator::global()->bounded(256));
        break;
    case Kind::SqliteHeaderThenNoise:
        bytes = good;
        for (qsizetype i = 100; i < bytes.size(); ++i)
            bytes[i] = char(QRandomGenerator::global()->bounded(256));
        break;
    case Kind::TruncatedMidPage:
        bytes = good.left(good.size() / 2 + 123);
        break;
    case Kind::TruncatedOnPage:
        bytes = good.left(2 * pageSize);
        break;
    case Kind::NewerSchema:
    case Kind::ForeignDatabase:
    case Kind::LookalikeMigrations:
        bytes = good;
        break;
    case Kind::Directory:
    case Kind::Unreadable:
        bytes = good;
        break;
    }
    if (kind == Kind::Directory) {
        QVERIFY(QDir().mkpath(path));
    } else {
        QVERIFY(test::files::write(path, bytes));
    }
    if (kind == Kind::NewerSchema || kind == Kind::ForeignDatabase
        || kind == Kind::LookalikeMigrations) {
        {
            test::RawDatabase raw(path);
            if (kind == Kind::NewerSchema) {
                raw.rows(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) "
                                        "VALUES (999, '0999_future.sql', 0)"));
            } else {
                for (const QString &table :
                     {QStringLiteral("conversations"), QStringLiteral("change_log"),
                      QStringLiteral("message_history"), QStringLiteral("notifications"),
                      QStringLiteral("messages"), QStringLiteral("users"),
                      QStringLiteral("schema_migrations")})
                    raw.tryExec(QStringLiteral("DROP TABLE IF EXISTS ") + table);
                raw.rows(
                    QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"));
            }
        }
        QVERIFY(!test::files::hasSidecars(path));
    }
    if (kind == Kind::Unreadable)
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));

    const QByteArray before = kind == Kind::Directory ? QByteArray() : test::files::readAll(path);
    const QStringList entriesBefore
        = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

    auto opened = Store::open(path);
    QVERIFY2(!opened, "a damaged store was opened");
    QCOMPARE(StoreError::codeName(opened.error().code),
             StoreError::codeName(StoreError::Code(code)));
    QVERIFY2(opened.error().message.contains(says), qPrintable(opened.error().message));
    if (kind != Kind::NewerSchema)
        QVERIFY2(opened.error().message.contains(path), qPrintable(opened.error().message));
    // Refusing twice gives the same answer: the first refusal changed nothing.
    auto again = Store::open(QStringLiteral("sqlite:") + path);
    QVERIFY(!again);
    QCOMPARE(again.error().code, opened.error().code);

    if (kind == Kind::Unreadable)
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    if (kind == Kind::Directory) {
        QVERIFY(QDir(path).isEmpty());
    } else {
        QCOMPARE(test::files::readAll(path), before);
    }
    QVERIFY2(!test::files::hasSidecars(path),
             "a -wal or -shm file appeared beside the refused store");
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), entriesBefore);
}

// The control case: the same bytes, undamaged, open and keep their data.
// Found by fuzz_storeopen: a file that passed the first look, and that switching to WAL would
// have changed before its damage showed. A store that opening would write to is checked whole.
void tst_DamagedStore::fuzzFindingIsRefusedUntouched()
{
    const QString original
        = QFINDTESTDATA("../fuzz/corpus/storeopen/regression-damaged-rollback-journal.sqlite3");
    QVERIFY(!original.isEmpty());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite3"));
    QVERIFY(QFile::copy(original, path));
    const QByteArray before = test::files::sha256(path);
    auto opened = Store::open(path);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, StoreError::Corrupt);
    QCOMPARE(test::files::sha256(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("store.sqlite3")});
}

void tst_DamagedStore::goodCopyStillOpens()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite3"));
    QVERIFY(test::files::write(path, goodStore()));
    auto opened = Store::open(path);
    SB_VERIFY_OK(opened);
    auto users = (*opened)->users().list();
    SB_VERIFY_OK(users);
    QCOMPARE(users->size(), 2);
}

QTEST_GUILESS_MAIN(tst_DamagedStore)
#include "tst_damagedstore.moc"

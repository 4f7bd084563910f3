#include "backup.h"
#include "messagerepository.h"
#include "rawdatabase.h"
#include "storeassert.h"
#include "testfiles.h"
#include "teststore.h"
#include "userrepository.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace signalbox;

// Backups taken while the store is in use, and restores that never replace a store that is
// open elsewhere.
class tst_Backup : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void backupDuringBurstOfSends();
    void existingTargetRefused();
    void failedBackupNamesTheBackupFile_data();
    void failedBackupNamesTheBackupFile();
    void restoreRefusedWhileOpen();
    void restoreOntoClosedStore();
    void restoreRefusesBadBackups_data();
    void restoreRefusesBadBackups();
    void postgresMeansPgDump();

private:
    static QString writer() { return QStringLiteral(SIGNALBOX_TEST_WRITER); }
    static QList<qint64> ids(const QByteArray &output);
};

void tst_Backup::init()
{
    if (test::TestStore::onPostgres())
        QSKIP("Backups of SQLite files; PostgreSQL has pg_dump.");
}

QList<qint64> tst_Backup::ids(const QByteArray &output)
{
    QList<qint64> result;
    for (const QByteArray &line : output.split('\n')) {
        if (!line.trimmed().isEmpty())
            result.append(line.trimmed().toLongLong());
    }
    return result;
}

void tst_Backup::backupDuringBurstOfSends()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    for (int i = 0; i < 20; ++i)
        QVERIFY(ts.send(bob, alice, QStringLiteral("early %1").arg(i)).isValid());

    QProcess burst;
    burst.start(writer(), {ts.path(), QStringLiteral("alice"), QStringLiteral("bob"),
                           QStringLiteral("3000")});
    QVERIFY(burst.waitForStarted());
    // Wait until the other process has committed some messages: those must be in the copy.
    QByteArray output;
    while (ids(output).size() < 50 && burst.state() == QProcess::Running) {
        burst.waitForReadyRead(10000);
        output += burst.readAllStandardOutput();
    }
    const QList<qint64> committedBefore = ids(output.left(output.lastIndexOf('\n') + 1));
    QVERIFY(committedBefore.size() >= 50);

    const QString target = ts.dir() + QStringLiteral("/backup.sqlite3");
    SB_VERIFY_OK(Backup::write(ts.store(), target));
    const bool stillWriting = burst.state() == QProcess::Running;
    QVERIFY(burst.waitForFinished(120000));
    QCOMPARE(burst.exitCode(), 0);
    QCOMPARE(burst.readAllStandardError(), QByteArray());
    if (!stillWriting)
        qWarning("the writer finished before the backup: the copy was not taken under load");

    // The copy: whole, consistent, with everything committed before the backup began.
    QVERIFY(!test::files::hasSidecars(target));
    {
        test::RawDatabase copy(target, QStringLiteral("QSQLITE_OPEN_READONLY"));
        QCOMPARE(copy.scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(
            copy.scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt(),
            0);
        const int messages = copy.scalar(QStringLiteral("SELECT count(*) FROM messages")).toInt();
        QVERIFY(messages >= 20 + committedBefore.size());
        QCOMPARE(copy.scalar(QStringLiteral("SELECT count(*) FROM notifications")).toInt(),
                 messages);
        QCOMPARE(copy.scalar(QStringLiteral("SELECT sum(unread_count) FROM conversations")).toInt(),
                 messages);
        for (const qint64 id : committedBefore)
            QCOMPARE(copy.scalar(QStringLiteral("SELECT count(*) FROM messages WHERE id = ?"), {id})
                         .toInt(),
                     1);
    }
    auto opened = Store::open(target);
    SB_VERIFY_OK(opened);
    auto conversation = (*opened)->messages().conversation(alice, bob.id);
    SB_VERIFY_OK(conversation);
    QVERIFY(conversation->size() >= 20 + committedBefore.size());
}

void tst_Backup::existingTargetRefused()
{
    test::TestStore ts;
    ts.addUser(QStringLiteral("alice"));
    const QString target = ts.dir() + QStringLiteral("/existing.sqlite3");
    QVERIFY(test::files::write(target, "precious"));
    SB_VERIFY_ERROR(Backup::write(ts.store(), target), StoreError::Duplicate);
    QCOMPARE(test::files::readAll(target), QByteArray("precious"));
    // The store itself is an existing file too.
    SB_VERIFY_ERROR(Backup::write(ts.store(), ts.path()), StoreError::Duplicate);
}

void tst_Backup::failedBackupNamesTheBackupFile_data()
{
    QTest::addColumn<QString>("relative");
    QTest::newRow("missing folder") << QStringLiteral("/no-such-folder/copy.sqlite3");
    QTest::newRow("folder is a file") << QStringLiteral("/plain-file/copy.sqlite3");
}

void tst_Backup::failedBackupNamesTheBackupFile()
{
    QFETCH(QString, relative);
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    QVERIFY(test::files::write(ts.dir() + QStringLiteral("/plain-file"), "not a folder"));
    const QString target = ts.dir() + relative;
    const Status written = Backup::write(ts.store(), target);
    SB_VERIFY_ERROR(written, StoreError::CannotOpen);
    // What failed is the backup file, not the store that was being copied.
    QVERIFY2(written.error().message.contains(target), qPrintable(written.error().message));
    QVERIFY2(written.error().message.contains(QLatin1String("backup file")),
             qPrintable(written.error().message));
    QVERIFY2(!written.error().message.contains(QLatin1String("The store")),
             qPrintable(written.error().message));
    QVERIFY(!QFileInfo::exists(target));
    // The store is untouched and still works.
    SB_VERIFY_OK(ts.store().users().byId(alice.id));
}

void tst_Backup::restoreRefusedWhileOpen()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    ts.send(alice, bob, QStringLiteral("in the backup"));
    const QString backup = ts.dir() + QStringLiteral("/backup.sqlite3");
    SB_VERIFY_OK(Backup::write(ts.store(), backup));
    ts.send(alice, bob, QStringLiteral("after the backup"));

    // ts holds the store open (idle, no transaction): restoring onto it is refused.
    auto restored = Backup::restore(backup, ts.path());
    SB_VERIFY_ERROR(restored, StoreError::Busy);
    QVERIFY2(restored.error().message.contains(QLatin1String("open in another program")),
             qPrintable(restored.error().message));
    auto conversation = ts->messages().conversation(alice, bob.id);
    SB_VERIFY_OK(conversation);
    QCOMPARE(conversation->size(), 2);
    // And it still writes.
    QVERIFY(ts.send(bob, alice, QStringLiteral("still mine")).isValid());

    // The same with a second Store instance holding it open.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite3"));
    {
        auto store = Store::open(path);
        SB_VERIFY_OK(store);
        auto other = Store::open(path);
        SB_VERIFY_OK(other);
        store.value().reset();
        SB_VERIFY_ERROR(Backup::restore(backup, path), StoreError::Busy);
        auto users = (*other)->users().list();
        SB_VERIFY_OK(users);
        QCOMPARE(users->size(), 0);
    }
}

void tst_Backup::restoreOntoClosedStore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite3"));
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite3"));
    test::useFastPasswordHashing();
    {
        auto store = Store::open(path);
        SB_VERIFY_OK(store);
        auto alice
            = (*store)->users().create(QStringLiteral("alice"), QStringLiteral("alice-password"));
        auto bob = (*store)->users().create(QStringLiteral("bob"), QStringLiteral("bob-password"));
        SB_VERIFY_OK((*store)->messages().send(*alice, *bob, QStringLiteral("kept")));
        SB_VERIFY_OK(Backup::write(**store, backup));
        SB_VERIFY_OK(
            (*store)->messages().send(*alice, *bob, QStringLiteral("lost by the restore")));
        SB_VERIFY_OK(
            (*store)->users().create(QStringLiteral("carol"), QStringLiteral("carol-password")));
    }
    // A stale log beside the closed store must not be applied to the restored file.
    QVERIFY(test::files::write(path + QStringLiteral("-wal"), QByteArray(4096, 'w')));
    const QByteArray backupBytes = test::files::readAll(backup);

    const auto backupRows = test::RawDatabase(backup).snapshot();
    SB_VERIFY_OK(Backup::restore(backup, QStringLiteral("sqlite:") + path));
    // The backup's pages are copied into the store file (never renamed over it, issue 12):
    // the same rows, not the same header bytes.
    QCOMPARE(test::RawDatabase(path).snapshot(), backupRows);
    QCOMPARE(test::RawDatabase(path).scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
             QStringLiteral("ok"));
    QCOMPARE(test::files::readAll(backup), backupBytes);
    QVERIFY(!test::files::hasSidecars(path));
    // No temporary file left beside it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
             QStringList({QStringLiteral("backup.sqlite3"), QStringLiteral("store.sqlite3")}));

    auto store = Store::open(path);
    SB_VERIFY_OK(store);
    auto users = (*store)->users().list();
    SB_VERIFY_OK(users);
    QCOMPARE(users->size(), 2);
    auto alice
        = (*store)->users().authenticate(QStringLiteral("alice"), QStringLiteral("alice-password"));
    SB_VERIFY_OK(alice);
    auto conversation = (*store)->messages().conversation(*alice, users->last().id);
    SB_VERIFY_OK(conversation);
    QCOMPARE(conversation->size(), 1);
    QCOMPARE(conversation->first().content, QStringLiteral("kept"));
    store.value().reset();

    // Restoring where no store exists yet creates it.
    const QString fresh = dir.filePath(QStringLiteral("sub/fresh.sqlite3"));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("sub"))));
    SB_VERIFY_OK(Backup::restore(backup, fresh));
    QCOMPARE(test::RawDatabase(fresh).snapshot(), backupRows);
}

void tst_Backup::restoreRefusesBadBackups_data()
{
    QTest::addColumn<QByteArray>("backupBytes");
    QTest::addColumn<int>("code");
    QTest::newRow("missing") << QByteArray() << int(StoreError::NotFound);
    QTest::newRow("empty") << QByteArray("") << int(StoreError::Corrupt);
    QTest::newRow("random") << QByteArray(8192, '\x5a') << int(StoreError::Corrupt);
}

void tst_Backup::restoreRefusesBadBackups()
{
    QFETCH(QByteArray, backupBytes);
    QFETCH(int, code);
    test::TestStore ts;
    ts.addUser(QStringLiteral("alice"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite3"));
    {
        auto store = Store::open(path);
        SB_VERIFY_OK(store);
        SB_VERIFY_OK(Backup::write(ts.store(), dir.filePath(QStringLiteral("unused.sqlite3"))));
    }
    const QByteArray before = test::files::readAll(path);
    const QString backup = dir.filePath(QStringLiteral("bad.sqlite3"));
    if (!backupBytes.isNull())
        QVERIFY(test::files::write(backup, backupBytes));
    SB_VERIFY_ERROR(Backup::restore(backup, path), StoreError::Code(code));
    QCOMPARE(test::files::readAll(path), before);

    // A store that is not a backup target either: itself.
    SB_VERIFY_ERROR(Backup::restore(path, path), StoreError::InvalidInput);
}

void tst_Backup::postgresMeansPgDump()
{
    const QString url = QStringLiteral("postgresql://signalbox@127.0.0.1:1/signalbox");
    auto restored = Backup::restore(QStringLiteral("/nonexistent/backup.sqlite3"), url);
    SB_VERIFY_ERROR(restored, StoreError::InvalidInput);
    QVERIFY(restored.error().message.contains(QLatin1String("pg_dump")));
}

QTEST_GUILESS_MAIN(tst_Backup)
#include "tst_backup.moc"

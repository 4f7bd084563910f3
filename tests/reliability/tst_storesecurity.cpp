#include "rawdatabase.h"
#include "storeassert.h"
#include "testfiles.h"
#include "teststore.h"

#include "backup.h"
#include "historyrepository.h"
#include "messagerepository.h"
#include "passwordhasher.h"
#include "privatefiles.h"
#include "store.h"
#include "usernames.h"
#include "userrepository.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace signalbox;

// Issue 12, attacked as another local account and as a racing second program would: files only
// their owner reads, ids that name one account forever, deleted text that is really gone, and
// input that looks like something else.
class tst_StoreSecurity : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void storeFilesAreForTheOwnerOnly();
    void looserModesAreTightenedOnOpen();
    void backupsAreForTheOwnerOnly();
    void backupRefusesSymbolicLinks_data();
    void backupRefusesSymbolicLinks();
    void restoredStoreIsForTheOwnerOnly();
    void restoreHoldsOffEveryOtherWriter();

    void idsAreNeverReused();
    void sendToAnAccountDeletedMeanwhileIsNoSuchUser();

    void secureDeleteIsOnForEveryConnection();
    void deletedTextIsGoneFromFileAndLog_data();
    void deletedTextIsGoneFromFileAndLog();

    void lengthCountsWhatAPersonCounts();
    void invisibleTextIsBlank_data();
    void invisibleTextIsBlank();
    void confusableUsernamesAreRefused_data();
    void confusableUsernamesAreRefused();
    void distinctUsernamesAreAccepted();
    void existingConfusableNamesStayUsable();

private:
    mode_t m_umask = 0;
};

namespace {

int modeOf(const QString &path)
{
    return PrivateFiles::modeOf(path);
}

QString octal(int mode)
{
    return QString::number(mode, 8);
}

#define SB_COMPARE_MODE(path, expected)                                                            \
    QVERIFY2(                                                                                      \
        modeOf(path) == (expected),                                                                \
        qPrintable(                                                                                \
            QStringLiteral("%1 is %2, not %3").arg(path, octal(modeOf(path)), octal(expected))))

QStringList g_messages;

void collect(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArray(context.category) == "signalbox.store.files")
        g_messages.append(message);
}

} // namespace

void tst_StoreSecurity::init()
{
    // The usual umask, set explicitly: files must be private whatever it is.
    m_umask = ::umask(022);
}

void tst_StoreSecurity::cleanup()
{
    ::umask(m_umask);
}

void tst_StoreSecurity::storeFilesAreForTheOwnerOnly()
{
    if (test::TestStore::onPostgres())
        QSKIP("File modes are about SQLite files.");
    test::useFastPasswordHashing();
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("data/signalbox"));
    const QString path = folder + QStringLiteral("/store.sqlite3");
    auto store = Store::open(path);
    SB_VERIFY_OK(store);
    // Open, with a write done: the log and its index exist now.
    auto alice
        = (*store)->users().create(QStringLiteral("alice"), QStringLiteral("alice-password"));
    auto bob = (*store)->users().create(QStringLiteral("bob"), QStringLiteral("bob-password"));
    SB_VERIFY_OK((*store)->messages().send(*alice, *bob, QStringLiteral("private")));
    QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(QFile::exists(path + QStringLiteral("-shm")));

    SB_COMPARE_MODE(dir.filePath(QStringLiteral("data")), 0700);
    SB_COMPARE_MODE(folder, 0700);
    SB_COMPARE_MODE(path, 0600);
    SB_COMPARE_MODE(path + QStringLiteral("-wal"), 0600);
    SB_COMPARE_MODE(path + QStringLiteral("-shm"), 0600);
}

void tst_StoreSecurity::looserModesAreTightenedOnOpen()
{
    if (test::TestStore::onPostgres())
        QSKIP("File modes are about SQLite files.");
    test::TestStore ts;
    ts.addUser(QStringLiteral("alice"));
    const QString path = ts.path();
    // A store written by an older Signalbox, open in another program: all three files 0644.
    for (const QString &file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
        QVERIFY(::chmod(QFile::encodeName(file).constData(), 0644) == 0);

    g_messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collect);
    auto second = Store::open(path);
    auto third = Store::open(path);
    qInstallMessageHandler(previous);
    SB_VERIFY_OK(second);
    SB_VERIFY_OK(third);

    SB_COMPARE_MODE(path, 0600);
    SB_COMPARE_MODE(path + QStringLiteral("-wal"), 0600);
    SB_COMPARE_MODE(path + QStringLiteral("-shm"), 0600);
    // Said once, in one line, by the open that changed them; the next open had nothing to say.
    QCOMPARE(g_messages.size(), 1);
    QVERIFY2(g_messages.constFirst().contains(path + QStringLiteral("-wal")),
             qPrintable(g_messages.constFirst()));
}

void tst_StoreSecurity::backupsAreForTheOwnerOnly()
{
    if (test::TestStore::onPostgres())
        QSKIP("Backups are of SQLite stores.");
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    QVERIFY(ts.send(alice, bob, QStringLiteral("in the backup")).isValid());
    const QString target = ts.dir() + QStringLiteral("/backup.sqlite3");
    SB_VERIFY_OK(Backup::write(ts.store(), target));
    SB_COMPARE_MODE(target, 0600);
    QCOMPARE(test::RawDatabase(target).count(QStringLiteral("messages")), 1);
}

void tst_StoreSecurity::backupRefusesSymbolicLinks_data()
{
    QTest::addColumn<bool>("pointsSomewhere");
    QTest::newRow("dangling") << false;
    QTest::newRow("to an existing file") << true;
}

void tst_StoreSecurity::backupRefusesSymbolicLinks()
{
    if (test::TestStore::onPostgres())
        QSKIP("Backups are of SQLite stores.");
    QFETCH(bool, pointsSomewhere);
    test::TestStore ts;
    ts.addUser(QStringLiteral("alice"));
    QTemporaryDir elsewhere;
    const QString victim = elsewhere.filePath(QStringLiteral("victim"));
    if (pointsSomewhere)
        QVERIFY(test::files::write(victim, "someone else's file"));
    const QString link = ts.dir() + QStringLiteral("/backup.sqlite3");
    QVERIFY(QFile::link(victim, link));

    auto written = Backup::write(ts.store(), link);
    SB_VERIFY_ERROR(written, StoreError::InvalidInput);
    QVERIFY2(written.error().message.contains(QLatin1String("symbolic link")),
             qPrintable(written.error().message));
    // Nothing was written through the link.
    QVERIFY(PrivateFiles::isSymLink(link));
    if (pointsSomewhere)
        QCOMPARE(test::files::readAll(victim), QByteArray("someone else's file"));
    else
        QVERIFY(!QFile::exists(victim));
}

void tst_StoreSecurity::restoredStoreIsForTheOwnerOnly()
{
    if (test::TestStore::onPostgres())
        QSKIP("Restores are of SQLite stores.");
    test::TestStore ts;
    ts.addUser(QStringLiteral("alice"));
    const QString backup = ts.dir() + QStringLiteral("/backup.sqlite3");
    SB_VERIFY_OK(Backup::write(ts.store(), backup));
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("new/restored.sqlite3"));
    SB_VERIFY_OK(Backup::restore(backup, fresh));
    SB_COMPARE_MODE(dir.filePath(QStringLiteral("new")), 0700);
    SB_COMPARE_MODE(fresh, 0600);
    auto reopened = Store::open(fresh);
    SB_VERIFY_OK(reopened);
    SB_VERIFY_OK((*reopened)->users().byName(QStringLiteral("alice")));
}

void tst_StoreSecurity::restoreHoldsOffEveryOtherWriter()
{
    if (test::TestStore::onPostgres())
        QSKIP("Restores are of SQLite stores.");
    test::useFastPasswordHashing();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite3"));
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite3"));
    {
        auto store = Store::open(path);
        SB_VERIFY_OK(store);
        auto alice
            = (*store)->users().create(QStringLiteral("alice"), QStringLiteral("alice-password"));
        auto bob = (*store)->users().create(QStringLiteral("bob"), QStringLiteral("bob-password"));
        SB_VERIFY_OK((*store)->messages().send(*alice, *bob, QStringLiteral("in the backup")));
        SB_VERIFY_OK(Backup::write(**store, backup));
        SB_VERIFY_OK((*store)->messages().send(*alice, *bob, QStringLiteral("after the backup")));
    }

    // While the restore holds the store, a writer (and a program that opens it) must either
    // wait or hear "busy": whatever it is told, nothing it was told is saved may be lost.
    bool raced = false;
    SB_VERIFY_OK(Backup::restore(backup, path, [&] {
        raced = true;
        auto writer = Store::open(path);
        if (writer) {
            (void)(*writer)->database().setBusyTimeout(0);
            auto alice = (*writer)->users().byName(QStringLiteral("alice"));
            auto bob = (*writer)->users().byName(QStringLiteral("bob"));
            QVERIFY(alice && bob);
            auto sent = (*writer)->messages().send(*alice, *bob, QStringLiteral("during"));
            SB_VERIFY_ERROR(sent, StoreError::Busy);
        } else {
            SB_VERIFY_ERROR(writer, StoreError::Busy);
        }
    }));
    QVERIFY(raced);

    // Afterwards everyone reads the restored store through the same file, and writes to it.
    auto after = Store::open(path);
    SB_VERIFY_OK(after);
    auto alice = (*after)->users().byName(QStringLiteral("alice"));
    auto bob = (*after)->users().byName(QStringLiteral("bob"));
    SB_VERIFY_OK(alice);
    auto before = (*after)->messages().conversation(*alice, bob->id);
    SB_VERIFY_OK(before);
    QCOMPARE(before->size(), 1);
    QCOMPARE(before->first().content, QStringLiteral("in the backup"));
    auto sent = (*after)->messages().send(*bob, *alice, QStringLiteral("after the restore"));
    SB_VERIFY_OK(sent);
    after.value().reset();
    auto reopened = Store::open(path);
    SB_VERIFY_OK(reopened);
    auto kept = (*reopened)->messages().conversation(*alice, bob->id);
    SB_VERIFY_OK(kept);
    QCOMPARE(kept->size(), 2);
    QCOMPARE(kept->last().content, QStringLiteral("after the restore"));
}

void tst_StoreSecurity::idsAreNeverReused()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const User carol = ts.addUser(QStringLiteral("carol"));
    const Message last = ts.send(alice, bob, QStringLiteral("the newest message"));
    QVERIFY(last.isValid());
    SB_VERIFY_OK(ts->messages().remove(alice, last.id));
    const Message next = ts.send(alice, bob, QStringLiteral("the next one"));
    QVERIFY(next.id > last.id);

    // The newest account goes; the next new one gets an id of its own.
    SB_VERIFY_OK(ts->users().remove(carol, test::TestStore::passwordOf(QStringLiteral("carol"))));
    const User dave = ts.addUser(QStringLiteral("dave"));
    QVERIFY2(dave.id > carol.id,
             qPrintable(QStringLiteral("dave got id %1, carol had %2").arg(dave.id).arg(carol.id)));
    // Also across a reopen (the high-water mark is in the store, not in memory).
    SB_VERIFY_OK(ts->users().remove(dave, test::TestStore::passwordOf(QStringLiteral("dave"))));
    QVERIFY(ts.reopen());
    const User erin = ts.addUser(QStringLiteral("erin"));
    QVERIFY(erin.id > dave.id);
}

void tst_StoreSecurity::sendToAnAccountDeletedMeanwhileIsNoSuchUser()
{
    test::TestStore ts;
    const User bob = ts.addUser(QStringLiteral("bob"));
    const User alice = ts.addUser(QStringLiteral("alice"));
    // `send --as bob --to alice` has resolved alice; then another program deletes her and a
    // new account is made, before the send's write begins.
    {
        auto other = Store::open(ts.path());
        SB_VERIFY_OK(other);
        SB_VERIFY_OK(
            (*other)->users().remove(alice, test::TestStore::passwordOf(QStringLiteral("alice"))));
        SB_VERIFY_OK((*other)->users().create(QStringLiteral("dave"),
                                              test::TestStore::passwordOf(QStringLiteral("dave"))));
    }
    test::RawDatabase raw(ts.path());
    const auto before = raw.snapshot({QStringLiteral("change_log")});

    auto sent = ts->messages().send(bob, alice, QStringLiteral("for alice only"));
    SB_VERIFY_ERROR(sent, StoreError::NotFound);
    QVERIFY2(sent.error().message.contains(QLatin1String("alice")),
             qPrintable(sent.error().message));
    // Nothing written: dave got no message and no notification.
    QCOMPARE(raw.snapshot({QStringLiteral("change_log")}), before);
    QCOMPARE(raw.count(QStringLiteral("messages")), 0);
}

void tst_StoreSecurity::secureDeleteIsOnForEveryConnection()
{
    if (test::TestStore::onPostgres())
        QSKIP("PRAGMA secure_delete is SQLite's.");
    test::TestStore ts;
    auto value = ts->database().scalar(QStringLiteral("PRAGMA secure_delete"));
    SB_VERIFY_OK(value);
    QCOMPARE(value->toInt(), 1);
}

void tst_StoreSecurity::deletedTextIsGoneFromFileAndLog_data()
{
    QTest::addColumn<QString>("operation");
    QTest::newRow("message delete") << QStringLiteral("message");
    QTest::newRow("message with replies (placeholder)") << QStringLiteral("placeholder");
    QTest::newRow("edited message delete") << QStringLiteral("edited");
    QTest::newRow("account delete") << QStringLiteral("account");
}

void tst_StoreSecurity::deletedTextIsGoneFromFileAndLog()
{
    if (test::TestStore::onPostgres())
        QSKIP("The raw bytes are those of the SQLite file and its log.");
    QFETCH(QString, operation);
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const User carol = ts.addUser(QStringLiteral("carol"));
    // Another client has the store open (idle, as a running `watch` between its polls).
    auto watcher = Store::open(ts.path());
    SB_VERIFY_OK(watcher);
    test::RawDatabase other(ts.path());
    QCOMPARE(other.count(QStringLiteral("users")), 3);

    const QByteArray secret = "SECRET-4f1c9e-only-in-one-message";
    const QByteArray older = "OLDER-7d2a55-version-of-the-message";
    const QByteArray kept = "KEPT-between-bob-and-carol";
    QVERIFY(ts.send(bob, carol, QString::fromLatin1(kept)).isValid());
    Message message = ts.send(
        alice, bob, QString::fromLatin1(operation == QLatin1String("edited") ? older : secret));
    QVERIFY(message.isValid());
    if (operation == QLatin1String("edited"))
        SB_VERIFY_OK(ts->messages().edit(alice, message.id, QString::fromLatin1(secret)));
    if (operation == QLatin1String("placeholder"))
        QVERIFY(ts.send(bob, alice, QStringLiteral("a reply"), message.id).isValid());
    QVERIFY(test::files::storeBytes(ts.path()).contains(
        operation == QLatin1String("edited") ? older : secret));

    if (operation == QLatin1String("account")) {
        SB_VERIFY_OK(
            ts->users().remove(alice, test::TestStore::passwordOf(QStringLiteral("alice"))));
    } else {
        auto removed = ts->messages().remove(alice, message.id);
        SB_VERIFY_OK(removed);
        QCOMPARE(*removed, operation == QLatin1String("placeholder"));
    }

    const QByteArray bytes = test::files::storeBytes(ts.path());
    QVERIFY2(!bytes.contains(secret), "the deleted text is still in the store file or its log");
    QVERIFY2(!bytes.contains(older), "the deleted message's history is still readable");
    // The rest of the store is intact, and the other client still reads it.
    QVERIFY(bytes.contains(kept));
    QCOMPARE(other.count(QStringLiteral("users")), operation == QLatin1String("account") ? 2 : 3);
    auto unread = (*watcher)->messages().unreadFor(carol);
    SB_VERIFY_OK(unread);
    QCOMPARE(unread->size(), 1);
}

void tst_StoreSecurity::lengthCountsWhatAPersonCounts()
{
    const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80"); // U+1F600, two UTF-16 units
    QCOMPARE(MessageRepository::characterCount(emoji.repeated(12000)), 12000);
    SB_VERIFY_OK(MessageRepository::validateContent(emoji.repeated(12000)));
    SB_VERIFY_OK(
        MessageRepository::validateContent(emoji.repeated(MessageRepository::MaxContentLength)));
    // "e" with a combining acute accent: one character, two units.
    const QString accented = QStringLiteral("e\u0301");
    SB_VERIFY_OK(
        MessageRepository::validateContent(accented.repeated(MessageRepository::MaxContentLength)));
    // A family (man, ZWJ, woman, ZWJ, girl): one character of eight units.
    const QString family = QString::fromUtf8(
        "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7");
    QCOMPARE(MessageRepository::characterCount(family), 1);

    const auto tooLong = MessageRepository::validateContent(
        emoji.repeated(MessageRepository::MaxContentLength + 1));
    SB_VERIFY_ERROR(tooLong, StoreError::InvalidInput);
    // The error names the number a person would count.
    QVERIFY2(tooLong.error().message.contains(QLatin1String("20001")),
             qPrintable(tooLong.error().message));
    QVERIFY(!tooLong.error().message.contains(QLatin1String("40002")));

    // Through the store: 12,000 emoji are one message, stored exactly.
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const Message sent = ts.send(alice, bob, emoji.repeated(12000));
    QVERIFY(sent.isValid());
    auto stored = ts->messages().get(bob, sent.id);
    SB_VERIFY_OK(stored);
    QCOMPARE(stored->content, emoji.repeated(12000));
}

void tst_StoreSecurity::invisibleTextIsBlank_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("zero width space") << QStringLiteral("\u200B");
    QTest::newRow("word joiner") << QStringLiteral("\u2060\u2060");
    QTest::newRow("byte-order mark") << QStringLiteral("\uFEFF");
    QTest::newRow("zero width joiners") << QStringLiteral("\u200C\u200D\u200C");
    QTest::newRow("invisible times") << QStringLiteral("\u2062");
    QTest::newRow("soft hyphen and spaces") << QStringLiteral(" \u00AD \u200B\n");
    QTest::newRow("tag characters") << QString::fromUtf8("\xF3\xA0\x80\x81\xF3\xA0\x81\xBF");
}

void tst_StoreSecurity::invisibleTextIsBlank()
{
    QFETCH(QString, text);
    QVERIFY(MessageRepository::isBlank(text));
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    auto sent = ts->messages().send(alice, bob, text);
    SB_VERIFY_ERROR(sent, StoreError::InvalidInput);
    // Refused like an empty message, with the same sentence.
    QCOMPARE(sent.error().message, MessageRepository::validateContent(QString()).error().message);
    const Message visible = ts.send(alice, bob, QStringLiteral("x"));
    QVERIFY(visible.isValid());
    auto edited = ts->messages().edit(alice, visible.id, text);
    SB_VERIFY_ERROR(edited, StoreError::InvalidInput);
    // Format characters beside visible text are the person's business.
    QVERIFY(ts.send(alice, bob, QStringLiteral("a") + text).isValid());
}

void tst_StoreSecurity::confusableUsernamesAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("code");
    QTest::newRow("Cyrillic a") << QStringLiteral("\u0430lice") << int(StoreError::InvalidInput);
    QTest::newRow("fullwidth") << QStringLiteral("\uFF41\uFF4C\uFF49\uFF43\uFF45")
                               << int(StoreError::Duplicate);
    QTest::newRow("capital I with dot")
        << QStringLiteral("AL\u0130CE") << int(StoreError::Duplicate);
    QTest::newRow("dotless i") << QStringLiteral("al\u0131ce") << int(StoreError::Duplicate);
    QTest::newRow("other case") << QStringLiteral("ALICE") << int(StoreError::Duplicate);
    QTest::newRow("rn for m") << QStringLiteral("rnallory") << int(StoreError::Duplicate);
}

void tst_StoreSecurity::confusableUsernamesAreRefused()
{
    QFETCH(QString, name);
    QFETCH(int, code);
    test::TestStore ts;
    ts.addUser(QStringLiteral("alice"));
    ts.addUser(QStringLiteral("mallory"));
    test::RawDatabase raw(ts.path());
    const auto before = raw.snapshot();
    auto created = ts->users().create(name, QStringLiteral("another-password"));
    SB_VERIFY_ERROR(created, StoreError::Code(code));
    QCOMPARE(raw.snapshot(), before);
}

void tst_StoreSecurity::distinctUsernamesAreAccepted()
{
    test::TestStore ts;
    ts.addUser(QStringLiteral("alice"));
    for (const QString &name : {QStringLiteral("alicia"), QStringLiteral("\u7530\u4E2D"),
                                QStringLiteral("\u0396\u03B5\u03CD\u03C2"),
                                QStringLiteral("\u0431\u043E\u0440\u0438\u0441"),
                                QStringLiteral("alice.2"), QStringLiteral("m\u00FCller")}) {
        auto created = ts->users().create(name, QStringLiteral("a-password"));
        QVERIFY2(created.ok(), qPrintable(name + QStringLiteral(": ")
                                          + (created.ok() ? QString() : created.error().message)));
    }
}

void tst_StoreSecurity::existingConfusableNamesStayUsable()
{
    if (test::TestStore::onPostgres())
        QSKIP("The old account is written into the SQLite file directly.");
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    // An account made before the spoof check, as an older Signalbox accepted it.
    const QString lookalike = QStringLiteral("\u0430lice");
    auto hash = PasswordHasher::hash(QStringLiteral("lookalike-password"));
    SB_VERIFY_OK(hash);
    {
        test::RawDatabase raw(ts.path());
        raw.rows(QStringLiteral("INSERT INTO users (username, username_key, username_skeleton, "
                                "password_hash, created_at) VALUES (?, ?, ?, ?, 0)"),
                 {lookalike, lookalike.toCaseFolded(), Usernames::skeleton(lookalike), *hash});
    }
    auto found = ts->users().byName(lookalike);
    SB_VERIFY_OK(found);
    QVERIFY(found->id != alice.id);
    auto signedIn = ts->users().authenticate(lookalike, QStringLiteral("lookalike-password"));
    SB_VERIFY_OK(signedIn);
    QVERIFY(ts.send(alice, *found, QStringLiteral("to the look-alike")).isValid());
    // And alice is still alice.
    auto real = ts->users().byName(QStringLiteral("alice"));
    SB_VERIFY_OK(real);
    QCOMPARE(real->id, alice.id);
    QCOMPARE(Usernames::scripts(lookalike),
             QStringList({QStringLiteral("Cyrillic"), QStringLiteral("Latin")}));
}

QTEST_GUILESS_MAIN(tst_StoreSecurity)
#include "tst_storesecurity.moc"

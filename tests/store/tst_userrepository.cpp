#include "rawdatabase.h"
#include "storeassert.h"
#include "testfiles.h"
#include "teststore.h"

#include "userrepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace signalbox;

class tst_UserRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void usernameRules_data();
    void usernameRules();
    void usernamesAreUniqueRegardlessOfCase();
    void passwordHasAtLeastEightCharacters();
    void clearPasswordNeverReachesTheFile();
    void authenticate();
    void changePassword();
    void changePasswordKeepsTheSession();
    void lookups();
};

void tst_UserRepository::initTestCase()
{
    test::useFastPasswordHashing();
}

void tst_UserRepository::usernameRules_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("plain") << QStringLiteral("alice") << true;
    QTest::newRow("one char") << QStringLiteral("a") << true;
    QTest::newRow("digits only") << QStringLiteral("12345") << true;
    QTest::newRow("all the symbols") << QStringLiteral("a.b+c-d_e@f") << true;
    QTest::newRow("accented") << QStringLiteral("Zoë_Müller") << true;
    QTest::newRow("greek") << QStringLiteral("Ωμέγα") << true;
    QTest::newRow("cyrillic") << QStringLiteral("Наташа") << true;
    QTest::newRow("japanese") << QStringLiteral("山田太郎") << true;
    QTest::newRow("arabic") << QStringLiteral("سلمى") << true;
    QTest::newRow("150 chars") << QString(UserRepository::MaxUsernameLength, u'x') << true;

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("151 chars") << QString(UserRepository::MaxUsernameLength + 1, u'x') << false;
    QTest::newRow("space inside") << QStringLiteral("alice smith") << false;
    QTest::newRow("leading space") << QStringLiteral(" alice") << false;
    QTest::newRow("tab") << QStringLiteral("alice\t") << false;
    QTest::newRow("newline") << QStringLiteral("alice\n") << false;
    QTest::newRow("slash") << QStringLiteral("alice/bob") << false;
    QTest::newRow("backslash") << QStringLiteral("alice\\bob") << false;
    QTest::newRow("emoji") << QStringLiteral("alice😀") << false;
    QTest::newRow("quote") << QStringLiteral("o'brien") << false;
    QTest::newRow("sql") << QStringLiteral("x';DROP") << false;
    QTest::newRow("rtl override") << QStringLiteral("abc\u202Edef") << false;
    QTest::newRow("NUL") << (QStringLiteral("ab") + QChar(0)) << false;
    QTest::newRow("colon") << QStringLiteral("a:b") << false;
}

void tst_UserRepository::usernameRules()
{
    QFETCH(QString, username);
    QFETCH(bool, accepted);
    test::TestStore ts;
    test::RawDatabase raw(ts.path());
    QSignalSpy changed(&ts.store(), &Store::changed);

    QCOMPARE(UserRepository::validateUsername(username).ok(), accepted);
    auto created = ts->users().create(username, QStringLiteral("long enough"));
    if (accepted) {
        SB_VERIFY_OK(created);
        QCOMPARE(created->username, username);
        QCOMPARE(
            raw.scalar(QStringLiteral("SELECT username FROM users WHERE id = ?"), {created->id})
                .toString(),
            username);
        QCOMPARE(ts->users().byName(username)->id, created->id);
        QCOMPARE(changed.count(), 1);
    } else {
        SB_VERIFY_ERROR(created, StoreError::InvalidInput);
        QCOMPARE(raw.count(QStringLiteral("users")), 0);
        QCOMPARE(changed.count(), 0);
    }
}

void tst_UserRepository::usernamesAreUniqueRegardlessOfCase()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("Alice"));
    QVERIFY(alice.isValid());
    test::RawDatabase raw(ts.path());

    for (const QString &name : {QStringLiteral("Alice"), QStringLiteral("alice"),
                                QStringLiteral("ALICE"), QStringLiteral("aLiCe")})
        SB_VERIFY_ERROR(ts->users().create(name, QStringLiteral("another password")),
                        StoreError::Duplicate);
    // Case beyond ASCII.
    QVERIFY(ts.addUser(QStringLiteral("Ωμέγα")).isValid());
    SB_VERIFY_ERROR(ts->users().create(QStringLiteral("ΩΜΈΓΑ"), QStringLiteral("long enough")),
                    StoreError::Duplicate);
    QVERIFY(ts.addUser(QStringLiteral("Zoë")).isValid());
    SB_VERIFY_ERROR(ts->users().create(QStringLiteral("ZOË"), QStringLiteral("long enough")),
                    StoreError::Duplicate);
    QCOMPARE(raw.count(QStringLiteral("users")), 3);
    // The name keeps the case it was created with.
    QCOMPARE(ts->users().byName(QStringLiteral("alice"))->username, QStringLiteral("Alice"));
}

void tst_UserRepository::passwordHasAtLeastEightCharacters()
{
    test::TestStore ts;
    test::RawDatabase raw(ts.path());
    SB_VERIFY_ERROR(ts->users().create(QStringLiteral("alice"), QString()),
                    StoreError::InvalidInput);
    SB_VERIFY_ERROR(ts->users().create(QStringLiteral("alice"), QStringLiteral("1234567")),
                    StoreError::InvalidInput);
    QCOMPARE(raw.count(QStringLiteral("users")), 0);
    auto created = ts->users().create(QStringLiteral("alice"), QStringLiteral("12345678"));
    SB_VERIFY_OK(created);
    SB_VERIFY_OK(ts->users().authenticate(QStringLiteral("alice"), QStringLiteral("12345678")));
}

void tst_UserRepository::clearPasswordNeverReachesTheFile()
{
    test::TestStore ts;
    const QString password = QStringLiteral("Correct-Horse-Battery-Staple-7731");
    auto created = ts->users().create(QStringLiteral("alice"), password);
    SB_VERIFY_OK(created);
    SB_VERIFY_OK(ts->users().authenticate(QStringLiteral("alice"), password));

    const QByteArray utf16(reinterpret_cast<const char *>(password.utf16()), password.size() * 2);
    const auto checkFile = [&] {
        const QByteArray bytes = test::files::storeBytes(ts.path());
        QVERIFY(bytes.size() > 0);
        QVERIFY(!bytes.contains(password.toUtf8()));
        QVERIFY(!bytes.contains(utf16));
        QVERIFY(bytes.contains(QByteArrayLiteral("$argon2id$")));
    };
    // The bytes of the file are SQLite's; on PostgreSQL the rows below are what can be checked.
    if (!test::TestStore::onPostgres())
        checkFile(); // the write-ahead log still holds the row
    test::RawDatabase raw(ts.path());
    const QVariant hash
        = raw.scalar(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {created->id});
    if (test::TestStore::onPostgres()) {
        // A team store keeps no hash of ours: the server checks the password (its SCRAM
        // verifier is in pg_authid, which only a superuser reads).
        QVERIFY2(hash.isNull(), qPrintable(hash.toString()));
    } else {
        QVERIFY2(hash.toString().startsWith(QLatin1String("$argon2id$")),
                 qPrintable(hash.toString()));
        QVERIFY(!hash.toString().contains(password));
    }
    // No value anywhere in the store holds the clear password.
    const auto all = raw.snapshot();
    for (auto table = all.cbegin(); table != all.cend(); ++table) {
        for (const QVariantList &row : table.value()) {
            for (const QVariant &value : row)
                QVERIFY2(!value.toString().contains(password), qPrintable(table.key()));
        }
    }

    if (!test::TestStore::onPostgres()) {
        ts.store().database().connection().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        checkFile(); // and now the main file does
    }
}

void tst_UserRepository::authenticate()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("Alice"));
    const QString password = test::TestStore::passwordOf(QStringLiteral("Alice"));

    auto signedIn = ts->users().authenticate(QStringLiteral("Alice"), password);
    SB_VERIFY_OK(signedIn);
    QCOMPARE(*signedIn, alice);
    auto anyCase = ts->users().authenticate(QStringLiteral("alice"), password);
    SB_VERIFY_OK(anyCase);
    QCOMPARE(anyCase->id, alice.id);

    SB_VERIFY_ERROR(
        ts->users().authenticate(QStringLiteral("Alice"), QStringLiteral("wrong password")),
        StoreError::WrongPassword);
    SB_VERIFY_ERROR(ts->users().authenticate(QStringLiteral("Alice"), password.toUpper()),
                    StoreError::WrongPassword);
    SB_VERIFY_ERROR(ts->users().authenticate(QStringLiteral("Alice"), QString()),
                    StoreError::WrongPassword);
    SB_VERIFY_ERROR(ts->users().authenticate(QStringLiteral("nobody"), password),
                    StoreError::NotFound);
    SB_VERIFY_ERROR(ts->users().authenticate(QString(), password), StoreError::NotFound);
}

void tst_UserRepository::changePassword()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const QString old = test::TestStore::passwordOf(QStringLiteral("alice"));
    const QString next = QStringLiteral("a new one for alice");

    SB_VERIFY_ERROR(ts->users().changePassword(alice, QStringLiteral("not hers"), next),
                    StoreError::WrongPassword);
    SB_VERIFY_ERROR(ts->users().changePassword(alice, old, QStringLiteral("short")),
                    StoreError::InvalidInput);
    // Both refusals changed nothing: the old password still opens the account.
    SB_VERIFY_OK(ts->users().authenticate(QStringLiteral("alice"), old));

    SB_VERIFY_OK(ts->users().changePassword(alice, old, next));
    SB_VERIFY_ERROR(ts->users().authenticate(QStringLiteral("alice"), old),
                    StoreError::WrongPassword);
    auto signedIn = ts->users().authenticate(QStringLiteral("alice"), next);
    SB_VERIFY_OK(signedIn);
    QCOMPARE(signedIn->id, alice.id);
}

void tst_UserRepository::changePasswordKeepsTheSession()
{
    if (!test::TestStore::onPostgres())
        QSKIP("A team store's sessions are the people's own connections (PostgreSQL only)");
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const QString old = test::TestStore::passwordOf(QStringLiteral("alice"));
    const QString next = QStringLiteral("a new one for alice");
    QVERIFY(ts->hasSession(alice.id));
    const auto backend = [&ts, &alice] {
        const Store::Acting acting(ts.store(), alice.id);
        auto pid = ts->database().scalar(QStringLiteral("SELECT pg_backend_pid()"));
        return pid ? pid->toLongLong() : -1;
    };
    const qint64 before = backend();
    QVERIFY(before > 0);

    // The server checks the current password on a connection of its own, refused or not.
    SB_VERIFY_ERROR(ts->users().changePassword(alice, QStringLiteral("not hers"), next),
                    StoreError::WrongPassword);
    QCOMPARE(backend(), before);
    SB_VERIFY_OK(ts->users().changePassword(alice, old, next));
    QCOMPARE(backend(), before);
    QVERIFY(ts->hasSession(alice.id));
    SB_VERIFY_ERROR(ts->checkLogin(Login{QStringLiteral("alice"), old}), StoreError::WrongPassword);
    auto checked = ts->checkLogin(Login{QStringLiteral("alice"), next});
    SB_VERIFY_OK(checked);
    QCOMPARE(checked->id, alice.id);
    QCOMPARE(backend(), before);
}

void tst_UserRepository::lookups()
{
    test::TestStore ts;
    const User bob = ts.addUser(QStringLiteral("bob"));
    const User alice = ts.addUser(QStringLiteral("alice"));
    QCOMPARE(*ts->users().byId(bob.id), bob);
    QCOMPARE(*ts->users().byName(QStringLiteral("BOB")), bob);
    SB_VERIFY_ERROR(ts->users().byId(bob.id + alice.id + 100), StoreError::NotFound);
    SB_VERIFY_ERROR(ts->users().byName(QStringLiteral("carol")), StoreError::NotFound);
    auto all = ts->users().list();
    SB_VERIFY_OK(all);
    QCOMPARE(*all, (QList<User>{alice, bob}));
}

QTEST_GUILESS_MAIN(tst_UserRepository)
#include "tst_userrepository.moc"

#include "historyrepository.h"
#include "hostiletext.h"
#include "messagerepository.h"
#include "storeassert.h"
#include "storedump.h"
#include "teststore.h"
#include "userrepository.h"

#include <QTest>

using namespace signalbox;

// Hostile text through every text input of the store (message content, edit text, usernames,
// passwords): each is stored and read back exactly, or refused with InvalidInput. The schema
// and every other row stay as they were.
class tst_HostileInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void throughEveryInput_data();
    void throughEveryInput();
    void usernameLengthLimit();
};

void tst_HostileInput::initTestCase()
{
    test::useFastPasswordHashing();
}

void tst_HostileInput::throughEveryInput_data()
{
    test::addHostileColumns();
}

void tst_HostileInput::throughEveryInput()
{
    QFETCH(QString, text);
    QFETCH(bool, validMessage);
    QFETCH(bool, validUsername);
    QFETCH(bool, validPassword);
    test::TestStore ts;
    QVERIFY(ts.isValid());
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const User carol = ts.addUser(QStringLiteral("carol"));
    const User dave = ts.addUser(QStringLiteral("dave"));
    const Message bystander = ts.send(carol, dave, QStringLiteral("not yours"));
    const Message toEdit = ts.send(alice, bob, QStringLiteral("original"));
    QVERIFY(bystander.isValid() && toEdit.isValid());
    const auto before = test::dumpAll(ts.store());
    const auto schemaBefore = before.value(QStringLiteral("(schema)"));
    QVERIFY(!schemaBefore.isEmpty());

    const auto acceptedOrInvalid = [](const auto &result) {
        return result.ok() || result.error().code == StoreError::InvalidInput;
    };
    // QVERIFY2 builds its message even when the check passes.
    const auto why = [](const auto &result) {
        return result.ok() ? QByteArray() : result.error().message.toUtf8();
    };

    // Message content.
    auto sent = ts->messages().send(alice, bob, text);
    QVERIFY2(acceptedOrInvalid(sent), why(sent).constData());
    QCOMPARE(sent.ok(), validMessage);
    if (sent) {
        QCOMPARE(sent->content, text);
        auto read = ts->messages().get(bob, sent->id);
        SB_VERIFY_OK(read);
        QCOMPARE(read->content, text);
    }

    // Edit text.
    auto edited = ts->messages().edit(alice, toEdit.id, text);
    QVERIFY2(acceptedOrInvalid(edited), why(edited).constData());
    QCOMPARE(edited.ok(), validMessage);
    if (edited) {
        auto read = ts->messages().get(bob, toEdit.id);
        SB_VERIFY_OK(read);
        QCOMPARE(read->content, text);
        auto history = ts->history().forMessage(bob, toEdit.id);
        SB_VERIFY_OK(history);
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().oldContent, QStringLiteral("original"));
    }

    // Username, and the same text as a password.
    auto user = ts->users().create(text, QStringLiteral("a-good-password"));
    QVERIFY2(acceptedOrInvalid(user), why(user).constData());
    QCOMPARE(user.ok(), validUsername);
    if (user) {
        QCOMPARE(user->username, text);
        auto found = ts->users().byName(text);
        SB_VERIFY_OK(found);
        QCOMPARE(found->username, text);
        SB_VERIFY_OK(ts->users().authenticate(text, QStringLiteral("a-good-password")));
    }
    const QString holder = QStringLiteral("holder%1").arg(qHash(text));
    auto withPassword = ts->users().create(holder, text);
    QVERIFY2(acceptedOrInvalid(withPassword), why(withPassword).constData());
    QCOMPARE(withPassword.ok(), validPassword);
    if (withPassword) {
        SB_VERIFY_OK(ts->users().authenticate(holder, text));
        SB_VERIFY_ERROR(ts->users().authenticate(holder, text + QLatin1Char('!')),
                        StoreError::WrongPassword);
    }
    // Hostile text as a name to look up or sign in with finds nobody and changes nothing.
    auto lookedUp = ts->users().byName(text);
    QVERIFY(lookedUp.ok() == user.ok());
    auto signedIn = ts->users().authenticate(text, text);
    QVERIFY(!signedIn.ok());

    // Read back from the file, not from what the store kept in memory.
    QVERIFY(ts.reopen());
    if (sent) {
        auto read = ts->messages().get(alice, sent->id);
        SB_VERIFY_OK(read);
        QCOMPARE(read->content, text);
        auto conversation = ts->messages().conversation(bob, alice.id);
        SB_VERIFY_OK(conversation);
        QCOMPARE(conversation->last().content, text);
    }
    if (edited) {
        auto read = ts->messages().get(alice, toEdit.id);
        SB_VERIFY_OK(read);
        QCOMPARE(read->content, text);
    }
    if (user) {
        auto found = ts->users().byId(user->id);
        SB_VERIFY_OK(found);
        QCOMPARE(found->username, text);
    }

    // The schema and the rows nobody touched are exactly as before.
    const auto after = test::dumpAll(ts.store());
    QCOMPARE(after.value(QStringLiteral("(schema)")), schemaBefore);
    auto other = ts->messages().get(dave, bystander.id);
    SB_VERIFY_OK(other);
    QCOMPARE(other->content, QStringLiteral("not yours"));
    QVERIFY(!other->edited);
    auto users = ts->users().list();
    SB_VERIFY_OK(users);
    QCOMPARE(users->size(), 4 + (user ? 1 : 0) + (withPassword ? 1 : 0));
    const QList<QVariantList> usersBefore = before.value(QStringLiteral("users"));
    const QList<QVariantList> usersAfter = after.value(QStringLiteral("users"));
    QCOMPARE(usersAfter.mid(0, usersBefore.size()), usersBefore);
}

void tst_HostileInput::usernameLengthLimit()
{
    test::TestStore ts;
    const QString longest(UserRepository::MaxUsernameLength, QLatin1Char('u'));
    auto created = ts->users().create(longest, QStringLiteral("a-good-password"));
    SB_VERIFY_OK(created);
    QCOMPARE(created->username, longest);
    SB_VERIFY_ERROR(
        ts->users().create(longest + QLatin1Char('u'), QStringLiteral("a-good-password")),
        StoreError::InvalidInput);
    SB_VERIFY_ERROR(
        ts->users().create(QString(100000, QLatin1Char('u')), QStringLiteral("a-good-password")),
        StoreError::InvalidInput);
    // A very long password is refused before any hashing, a long name finds nobody.
    SB_VERIFY_ERROR(ts->users().create(QStringLiteral("paul"), QString(100000, QLatin1Char('p'))),
                    StoreError::InvalidInput);
    SB_VERIFY_ERROR(ts->users().byName(QString(100000, QLatin1Char('u'))), StoreError::NotFound);
}

QTEST_GUILESS_MAIN(tst_HostileInput)
#include "tst_hostileinput.moc"

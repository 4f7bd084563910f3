#include "application.h"
#include "apptest.h"
#include "changefeed.h"
#include "changepassworddialog.h"
#include "mainwindow.h"
#include "memberrole.h"
#include "messagerepository.h"
#include "signindialog.h"
#include "store.h"
#include "teamadmin.h"
#include "teststore.h"
#include "userrepository.h"

#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QUrl>

using namespace signalbox;

// The app on a PostgreSQL team store (issue 11): the person's own name and password are the
// database login, accounts come from the administrator, an initial password is replaced
// before the window opens, signing out closes the person's connection, and a session whose
// account goes ends with a message. Needs a server (run as tst_teamsignin_postgresql); the
// unreachable server needs none.
class TestTeamSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void unreachableServerSaysSo();
    void noCreateAccountOnATeamStore();
    void wrongNameOrPassword();
    void signsInAsTheirOwnLogin();
    void initialPasswordIsChangedFirst();
    void cancellingTheNewPasswordSignsOut();
    void signOutClosesTheConnection();
    void changePasswordFromTheMenu();
    void ownAccountDeletedElsewhereEndsTheSession();
    void removedByTheAdministratorEndsTheSession();

private:
    // The URL a member types: the administrator's without its user.
    static QString memberUrl();
    User addMember(const QString &name, bool mustChange = false);
    void signInThroughTheDialog(SignInDialog *dialog, const QString &name, const QString &password);
    void startApp(Application &app);

    std::unique_ptr<test::TestStore> m_admin;
    std::unique_ptr<Store> m_member;
};

void TestTeamSignIn::initTestCase()
{
    test::useFastPasswordHashing();
    test::isolateSettings();
}

void TestTeamSignIn::init()
{
    if (QByteArray(QTest::currentTestFunction()) == "unreachableServerSaysSo")
        return;
    if (!test::TestStore::onPostgres())
        QSKIP("a team store is a PostgreSQL store: see tst_teamsignin_postgresql");
    m_admin = std::make_unique<test::TestStore>();
    QVERIFY(m_admin->isValid());
    auto opened = Store::open(memberUrl());
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    m_member = std::move(opened).value();
    QVERIFY(m_member->isTeamStore());
}

void TestTeamSignIn::cleanup()
{
    m_member.reset();
    m_admin.reset();
}

QString TestTeamSignIn::memberUrl()
{
    QUrl url(qEnvironmentVariable("SIGNALBOX_TEST_PG_URL"));
    url.setUserInfo({});
    return url.toString();
}

User TestTeamSignIn::addMember(const QString &name, bool mustChange)
{
    auto added = TeamAdmin(m_admin->store())
                     .addMember(name, test::TestStore::passwordOf(name), mustChange);
    if (!added)
        qWarning("team add %s: %s", qPrintable(name), qPrintable(added.error().message));
    return added ? *added : User{};
}

void TestTeamSignIn::signInThroughTheDialog(SignInDialog *dialog, const QString &name,
                                            const QString &password)
{
    auto *nameEdit = test::child<QLineEdit>(dialog, "usernameEdit");
    auto *passwordEdit = test::child<QLineEdit>(dialog, "passwordEdit");
    QVERIFY(nameEdit && passwordEdit);
    nameEdit->clear();
    passwordEdit->clear();
    QTest::keyClicks(nameEdit, name);
    QTest::keyClicks(passwordEdit, password);
    QTest::mouseClick(test::child<QPushButton>(dialog, "submitButton"), Qt::LeftButton);
}

void TestTeamSignIn::startApp(Application &app)
{
    Application::Options options;
    options.storeUrl = memberUrl();
    QVERIFY(app.start(options).ok());
    QVERIFY(app.signInDialog());
    QVERIFY(app.store()->isTeamStore());
}

void TestTeamSignIn::unreachableServerSaysSo()
{
    // Port 1 on the loopback: nothing listens, the connection is refused at once.
    auto opened = Store::open(QStringLiteral("postgresql://127.0.0.1:1/signalbox"));
    QVERIFY(opened.ok()); // nobody has signed in: no connection yet
    SignInDialog dialog(opened->get());
    dialog.show();
    QSignalSpy signedIn(&dialog, &SignInDialog::signedIn);
    signInThroughTheDialog(&dialog, QStringLiteral("alice"), QStringLiteral("alice-password"));
    QCOMPARE(signedIn.count(), 0);
    auto *formError = test::child<QLabel>(&dialog, "formError");
    QVERIFY(formError->isVisible());
    QVERIFY2(formError->text().contains(QStringLiteral("could not connect to the team's server")),
             qPrintable(formError->text()));
    QVERIFY2(!formError->text().contains(QStringLiteral("alice-password")),
             qPrintable(formError->text()));
    // Not a wrong password: no brake, and the password field says nothing.
    QVERIFY(!test::child(&dialog, "passwordError")->isVisible());
    QCOMPARE(dialog.failedAttempts(), 0);
}

void TestTeamSignIn::noCreateAccountOnATeamStore()
{
    SignInDialog dialog(m_member.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *modeButton = test::child<QPushButton>(&dialog, "modeButton");
    QVERIFY(!modeButton->isVisible());
    QVERIFY(!modeButton->isEnabled());
    QVERIFY(!modeButton->accessibleName().isEmpty());
    auto *team = test::child<QLabel>(&dialog, "teamAccountsLabel");
    QVERIFY(team->isVisible());
    QVERIFY(!team->accessibleName().isEmpty());
    QVERIFY2(team->text().contains(QStringLiteral("signalbox-cli team add NAME")),
             qPrintable(team->text()));
    // Asking for the other mode changes nothing.
    dialog.setMode(SignInDialog::Mode::CreateAccount);
    QCOMPARE(dialog.mode(), SignInDialog::Mode::SignIn);
    QVERIFY(!test::child(&dialog, "confirmEdit")->isVisible());
    QCOMPARE(test::child<QPushButton>(&dialog, "submitButton")->accessibleName(),
             QStringLiteral("Sign in"));
}

void TestTeamSignIn::wrongNameOrPassword()
{
    addMember(QStringLiteral("alice"));
    SignInDialog dialog(m_member.get());
    dialog.show();
    QSignalSpy signedIn(&dialog, &SignInDialog::signedIn);
    auto *passwordError = test::child<QLabel>(&dialog, "passwordError");

    signInThroughTheDialog(&dialog, QStringLiteral("alice"), QStringLiteral("not-the-password"));
    QCOMPARE(signedIn.count(), 0);
    QVERIFY(passwordError->isVisible());
    QCOMPARE(passwordError->text(), QStringLiteral("Wrong name or password."));
    QVERIFY(!test::child(&dialog, "usernameError")->isVisible());
    QCOMPARE(dialog.failedAttempts(), 1);

    // A name nobody has: the same words, so that names cannot be fished for.
    signInThroughTheDialog(&dialog, QStringLiteral("mallory"), QStringLiteral("some-password"));
    QCOMPARE(signedIn.count(), 0);
    QCOMPARE(passwordError->text(), QStringLiteral("Wrong name or password."));
    QVERIFY(!test::child(&dialog, "usernameError")->isVisible());
    QCOMPARE(dialog.failedAttempts(), 1); // mallory's first

    // The brake: alice's second wrong password in a row locks the button.
    signInThroughTheDialog(&dialog, QStringLiteral("alice"), QStringLiteral("still-not-it"));
    QCOMPARE(dialog.failedAttempts(), 2);
    QVERIFY(dialog.isLockedOut());
    QVERIFY(!test::child<QPushButton>(&dialog, "submitButton")->isEnabled());
    QVERIFY(!m_member->database().isConnected());
}

void TestTeamSignIn::signsInAsTheirOwnLogin()
{
    const User alice = addMember(QStringLiteral("alice"));
    SignInDialog dialog(m_member.get());
    dialog.show();
    QSignalSpy signedIn(&dialog, &SignInDialog::signedIn);
    signInThroughTheDialog(&dialog, QStringLiteral("alice"),
                           test::TestStore::passwordOf(QStringLiteral("alice")));
    QCOMPARE(signedIn.count(), 1);
    QCOMPARE(dialog.user().id, alice.id);
    QVERIFY(m_member->hasSession(alice.id));
    QCOMPARE(m_member->database().sessionRole(), MemberRole::of(QStringLiteral("alice")));
}

void TestTeamSignIn::initialPasswordIsChangedFirst()
{
    const User bob = addMember(QStringLiteral("bob"), true);
    Application app;
    startApp(app);
    signInThroughTheDialog(app.signInDialog(), QStringLiteral("bob"),
                           test::TestStore::passwordOf(QStringLiteral("bob")));
    // Signed in to the server, but no window until bob has a password of his own.
    QVERIFY(!app.mainWindow());
    ChangePasswordDialog *dialog = app.changePasswordDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->reason(), ChangePasswordDialog::Reason::Required);

    QTest::keyClicks(test::child<QLineEdit>(dialog, "currentEdit"),
                     test::TestStore::passwordOf(QStringLiteral("bob")));
    QTest::keyClicks(test::child<QLineEdit>(dialog, "newEdit"), QStringLiteral("bobs-own-secret"));
    QTest::keyClicks(test::child<QLineEdit>(dialog, "confirmEdit"),
                     QStringLiteral("bobs-own-secret"));
    QTest::mouseClick(test::child<QPushButton>(dialog, "changeButton"), Qt::LeftButton);

    QVERIFY(app.mainWindow());
    QCOMPARE(app.signedInUser().id, bob.id);
    QVERIFY(!app.changePasswordDialog());
    QCOMPARE(app.store()->users().mustChangePassword(bob).value(), false);
    // Live updates listen on bob's own connection.
    QVERIFY(app.changeFeed());
    QVERIFY(app.changeFeed()->isRunning());

    // The server took the new password, and the old one opens nothing.
    auto fresh = Store::open(memberUrl());
    QVERIFY(fresh.ok());
    auto old = (*fresh)->users().authenticate(QStringLiteral("bob"),
                                              test::TestStore::passwordOf(QStringLiteral("bob")));
    QVERIFY(!old);
    QCOMPARE(old.error().code, StoreError::WrongPassword);
    QVERIFY(
        (*fresh)->users().authenticate(QStringLiteral("bob"), QStringLiteral("bobs-own-secret")));
}

void TestTeamSignIn::cancellingTheNewPasswordSignsOut()
{
    const User bob = addMember(QStringLiteral("bob"), true);
    Application app;
    startApp(app);
    signInThroughTheDialog(app.signInDialog(), QStringLiteral("bob"),
                           test::TestStore::passwordOf(QStringLiteral("bob")));
    ChangePasswordDialog *dialog = app.changePasswordDialog();
    QVERIFY(dialog);
    QVERIFY(app.store()->hasSession(bob.id));
    QTest::mouseClick(test::child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);

    QVERIFY(!app.mainWindow());
    QVERIFY(app.signInDialog());
    QVERIFY(app.signInDialog()->isVisible());
    QVERIFY(test::child(app.signInDialog(), "noticeLabel")->isVisible());
    QVERIFY(!app.store()->hasSession(bob.id)); // his connection is closed
    QVERIFY(!app.signedInUser().isValid());
    // Still the administrator's password, still to be changed.
    QCOMPARE(m_admin->store().users().mustChangePassword(bob).value(), true);

    // The next sign-in asks again.
    signInThroughTheDialog(app.signInDialog(), QStringLiteral("bob"),
                           test::TestStore::passwordOf(QStringLiteral("bob")));
    QVERIFY(app.changePasswordDialog());
    QVERIFY(!app.mainWindow());
}

void TestTeamSignIn::signOutClosesTheConnection()
{
    const User alice = addMember(QStringLiteral("alice"));
    Application app;
    startApp(app);
    signInThroughTheDialog(app.signInDialog(), QStringLiteral("alice"),
                           test::TestStore::passwordOf(QStringLiteral("alice")));
    QVERIFY(app.mainWindow());
    QVERIFY(!app.changePasswordDialog());
    QVERIFY(app.store()->hasSession(alice.id));
    app.signOut();
    QVERIFY(!app.store()->hasSession(alice.id));
    QVERIFY(!app.store()->database().isConnected());
    QVERIFY(!app.changeFeed() || !app.changeFeed()->isRunning());
    QVERIFY(app.signInDialog()->isVisible());
    QVERIFY(!test::child(app.signInDialog(), "modeButton")->isVisible());
}

void TestTeamSignIn::changePasswordFromTheMenu()
{
    const User alice = addMember(QStringLiteral("alice"));
    const User bob = addMember(QStringLiteral("bob"));
    Application app;
    startApp(app);
    signInThroughTheDialog(app.signInDialog(), QStringLiteral("alice"),
                           test::TestStore::passwordOf(QStringLiteral("alice")));
    MainWindow *window = app.mainWindow();
    QVERIFY(window);
    auto *action = window->findChild<QAction *>(QStringLiteral("actionChangePassword"));
    QVERIFY(action);
    action->trigger();
    auto *dialog = window->findChild<ChangePasswordDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->reason(), ChangePasswordDialog::Reason::Chosen);
    // The server checks the current password on a connection of its own: alice's session
    // (her connection, and the feed listening on it) stays as it is.
    const QPointer<ChangeFeed> feed = app.changeFeed();
    QVERIFY(feed);
    const auto backendOf = [&app, &alice] {
        const Store::Acting acting(*app.store(), alice.id);
        auto pid = app.store()->database().scalar(QStringLiteral("SELECT pg_backend_pid()"));
        return pid ? pid->toLongLong() : -1;
    };
    const qint64 backend = backendOf();
    QVERIFY(backend > 0);
    QTest::keyClicks(test::child<QLineEdit>(dialog, "currentEdit"),
                     test::TestStore::passwordOf(QStringLiteral("alice")));
    QTest::keyClicks(test::child<QLineEdit>(dialog, "newEdit"), QStringLiteral("alices-new-one"));
    QTest::keyClicks(test::child<QLineEdit>(dialog, "confirmEdit"),
                     QStringLiteral("alices-new-one"));
    QTest::mouseClick(test::child<QPushButton>(dialog, "changeButton"), Qt::LeftButton);
    QCOMPARE(app.mainWindow(), window);
    QCOMPARE(backendOf(), backend);
    QVERIFY(feed);
    QCOMPARE(app.changeFeed(), feed.data());
    // The new password is hers now, the old one opens nothing.
    Store &store = *app.store();
    QVERIFY(store.checkLogin(Login{QStringLiteral("alice"), QStringLiteral("alices-new-one")}));
    auto old = store.checkLogin(
        Login{QStringLiteral("alice"), test::TestStore::passwordOf(QStringLiteral("alice"))});
    QVERIFY(!old);
    QCOMPARE(old.error().code, StoreError::WrongPassword);
    QCOMPARE(backendOf(), backend);

    // Live updates still arrive on the same connection: bob writes.
    QVERIFY(app.changeFeed() && app.changeFeed()->isRunning());
    auto bobs = Store::open(memberUrl());
    QVERIFY(bobs.ok());
    QVERIFY((*bobs)->users().authenticate(QStringLiteral("bob"),
                                          test::TestStore::passwordOf(QStringLiteral("bob"))));
    QSignalSpy changed(app.store(), &Store::changed);
    QVERIFY((*bobs)->messages().send(bob, alice, QStringLiteral("hello alice")));
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 5000);
}

void TestTeamSignIn::ownAccountDeletedElsewhereEndsTheSession()
{
    const User carol = addMember(QStringLiteral("carol"));
    Application app;
    startApp(app);
    signInThroughTheDialog(app.signInDialog(), QStringLiteral("carol"),
                           test::TestStore::passwordOf(QStringLiteral("carol")));
    QVERIFY(app.mainWindow());

    // carol deletes her account from another program (her own login there too).
    auto other = Store::open(memberUrl());
    QVERIFY(other.ok());
    const QString password = test::TestStore::passwordOf(QStringLiteral("carol"));
    QVERIFY((*other)->users().authenticate(QStringLiteral("carol"), password));
    QVERIFY((*other)->users().remove(carol, password));

    QTRY_VERIFY_WITH_TIMEOUT(!app.mainWindow(), 5000);
    QVERIFY(app.signInDialog() && app.signInDialog()->isVisible());
    auto *notice = test::child<QLabel>(app.signInDialog(), "noticeLabel");
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("carol"))
                 && notice->text().contains(QStringLiteral("deleted")),
             qPrintable(notice->text()));
    QVERIFY(!app.store()->hasSession(carol.id));
}

void TestTeamSignIn::removedByTheAdministratorEndsTheSession()
{
    const User dave = addMember(QStringLiteral("dave"));
    Application app;
    startApp(app);
    signInThroughTheDialog(app.signInDialog(), QStringLiteral("dave"),
                           test::TestStore::passwordOf(QStringLiteral("dave")));
    QVERIFY(app.mainWindow());

    // team remove dave: his account, his data and his login role go.
    QVERIFY(TeamAdmin(m_admin->store()).removeMember(QStringLiteral("dave")));

    QTRY_VERIFY_WITH_TIMEOUT(!app.mainWindow(), 5000);
    QVERIFY(app.signInDialog() && app.signInDialog()->isVisible());
    auto *notice = test::child<QLabel>(app.signInDialog(), "noticeLabel");
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("dave"))
                 && notice->text().contains(QStringLiteral("administrator")),
             qPrintable(notice->text()));
    QVERIFY(!app.store()->hasSession(dave.id));
}

QTEST_MAIN(TestTeamSignIn)
#include "tst_teamsignin.moc"

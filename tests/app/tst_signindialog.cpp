#include "apptest.h"
#include "signindialog.h"
#include "teststore.h"
#include "userrepository.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace signalbox;

class TestSignInDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void createsAnAccount();
    void accountRulesShownUnderTheField_data();
    void accountRulesShownUnderTheField();
    void takenUsernameShownUnderTheField();
    void signsIn();
    void unknownUsername();
    void repeatedWrongPasswordsWaitLonger();

private:
    void fill(const QString &username, const QString &password, const QString &confirm = {});
    QPushButton *submit() const { return test::child<QPushButton>(m_dialog.get(), "submitButton"); }

    std::unique_ptr<test::TestStore> m_store;
    std::unique_ptr<SignInDialog> m_dialog;
};

void TestSignInDialog::initTestCase()
{
    test::useFastPasswordHashing();
    test::isolateSettings();
}

void TestSignInDialog::init()
{
    m_store = std::make_unique<test::TestStore>();
    QVERIFY(m_store->isValid());
    m_dialog = std::make_unique<SignInDialog>(&m_store->store());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestSignInDialog::cleanup()
{
    m_dialog.reset();
    m_store.reset();
}

void TestSignInDialog::fill(const QString &username, const QString &password,
                            const QString &confirm)
{
    auto *name = test::child<QLineEdit>(m_dialog.get(), "usernameEdit");
    auto *pass = test::child<QLineEdit>(m_dialog.get(), "passwordEdit");
    auto *again = test::child<QLineEdit>(m_dialog.get(), "confirmEdit");
    QVERIFY(name && pass && again);
    name->clear();
    pass->clear();
    again->clear();
    QTest::keyClicks(name, username);
    QTest::keyClicks(pass, password);
    if (again->isVisible())
        QTest::keyClicks(again, confirm);
}

void TestSignInDialog::createsAnAccount()
{
    QSignalSpy signedIn(m_dialog.get(), &SignInDialog::signedIn);
    QTest::mouseClick(test::child<QPushButton>(m_dialog.get(), "modeButton"), Qt::LeftButton);
    QCOMPARE(m_dialog->mode(), SignInDialog::Mode::CreateAccount);
    QVERIFY(test::child(m_dialog.get(), "confirmEdit")->isVisible());

    fill(QStringLiteral("alice"), QStringLiteral("alice-password"),
         QStringLiteral("alice-password"));
    QTest::mouseClick(submit(), Qt::LeftButton);

    QCOMPARE(signedIn.count(), 1);
    const User user = signedIn.first().first().value<User>();
    QCOMPARE(user.username, QStringLiteral("alice"));
    QCOMPARE(m_dialog->user(), user);
    QVERIFY(m_store->store()
                .users()
                .authenticate(QStringLiteral("alice"), QStringLiteral("alice-password"))
                .ok());
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
}

void TestSignInDialog::accountRulesShownUnderTheField_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("confirm");
    QTest::addColumn<QString>("errorLabel");

    QTest::newRow("short password") << "carol"
                                    << "short"
                                    << "short"
                                    << "passwordError";
    QTest::newRow("bad username") << "carol smith"
                                  << "carol-password"
                                  << "carol-password"
                                  << "usernameError";
    QTest::newRow("empty username") << ""
                                    << "carol-password"
                                    << "carol-password"
                                    << "usernameError";
    QTest::newRow("passwords differ") << "carol"
                                      << "carol-password"
                                      << "carol-passw0rd"
                                      << "confirmError";
}

void TestSignInDialog::accountRulesShownUnderTheField()
{
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(QString, confirm);
    QFETCH(QString, errorLabel);

    QSignalSpy signedIn(m_dialog.get(), &SignInDialog::signedIn);
    m_dialog->setMode(SignInDialog::Mode::CreateAccount);
    fill(username, password, confirm);
    QTest::mouseClick(submit(), Qt::LeftButton);

    QCOMPARE(signedIn.count(), 0);
    auto *label = test::child<QLabel>(m_dialog.get(), errorLabel.toLatin1().constData());
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QVERIFY(!label->text().isEmpty());
    QCOMPARE(m_store->store().users().list()->size(), 0);
    QVERIFY(m_dialog->isVisible());
}

void TestSignInDialog::takenUsernameShownUnderTheField()
{
    m_store->addUser(QStringLiteral("alice"));
    m_dialog->setMode(SignInDialog::Mode::CreateAccount);
    fill(QStringLiteral("Alice"), QStringLiteral("other-password"),
         QStringLiteral("other-password"));
    QTest::mouseClick(submit(), Qt::LeftButton);
    auto *label = test::child<QLabel>(m_dialog.get(), "usernameError");
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QStringLiteral("taken")), qPrintable(label->text()));
    QCOMPARE(m_store->store().users().list()->size(), 1);
}

void TestSignInDialog::signsIn()
{
    const User alice = m_store->addUser(QStringLiteral("alice"));
    QSignalSpy signedIn(m_dialog.get(), &SignInDialog::signedIn);
    fill(QStringLiteral("alice"), test::TestStore::passwordOf(QStringLiteral("alice")));
    QTest::keyClick(test::child(m_dialog.get(), "passwordEdit"), Qt::Key_Return);
    QCOMPARE(signedIn.count(), 1);
    QCOMPARE(signedIn.first().first().value<User>().id, alice.id);
}

void TestSignInDialog::unknownUsername()
{
    QSignalSpy signedIn(m_dialog.get(), &SignInDialog::signedIn);
    fill(QStringLiteral("nobody"), QStringLiteral("some-password"));
    QTest::mouseClick(submit(), Qt::LeftButton);
    QCOMPARE(signedIn.count(), 0);
    QVERIFY(test::child(m_dialog.get(), "usernameError")->isVisible());
    QVERIFY(!test::child(m_dialog.get(), "passwordError")->isVisible());
}

void TestSignInDialog::repeatedWrongPasswordsWaitLonger()
{
    m_store->addUser(QStringLiteral("alice"));
    QSignalSpy signedIn(m_dialog.get(), &SignInDialog::signedIn);

    // The first mistake is free.
    fill(QStringLiteral("alice"), QStringLiteral("wrong-password"));
    QTest::mouseClick(submit(), Qt::LeftButton);
    QVERIFY(test::child(m_dialog.get(), "passwordError")->isVisible());
    QCOMPARE(m_dialog->failedAttempts(), 1);
    QVERIFY(submit()->isEnabled());

    // The second one disables the button for a second, the third for two.
    QTest::mouseClick(submit(), Qt::LeftButton);
    QCOMPARE(m_dialog->failedAttempts(), 2);
    QCOMPARE(m_dialog->lockoutSeconds(), 1);
    QVERIFY(!submit()->isEnabled());
    QVERIFY(test::child(m_dialog.get(), "formError")->isVisible());
    QTest::mouseClick(submit(), Qt::LeftButton); // ignored while locked out
    QCOMPARE(m_dialog->failedAttempts(), 2);

    QTRY_VERIFY_WITH_TIMEOUT(submit()->isEnabled(), 5000);
    QTest::mouseClick(submit(), Qt::LeftButton);
    QCOMPARE(m_dialog->failedAttempts(), 3);
    QCOMPARE(m_dialog->lockoutSeconds(), 2);
    QVERIFY(!submit()->isEnabled());

    // The right password, once allowed, signs in and forgets the failures.
    QTRY_VERIFY_WITH_TIMEOUT(submit()->isEnabled(), 8000);
    fill(QStringLiteral("alice"), test::TestStore::passwordOf(QStringLiteral("alice")));
    QTest::mouseClick(submit(), Qt::LeftButton);
    QCOMPARE(signedIn.count(), 1);
    QCOMPARE(m_dialog->failedAttempts(), 0);
}

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"

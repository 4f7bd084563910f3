#include "apptest.h"
#include "changepassworddialog.h"
#include "mainwindow.h"
#include "teststore.h"
#include "userrepository.h"

#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>

using namespace signalbox;

// File ▸ Change password…: each problem named under its field with nothing changed, and a
// change after which only the new password opens the account.
class TestChangePasswordDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyControlIsNamed();
    void problemsNamedUnderTheirField_data();
    void problemsNamedUnderTheirField();
    void wrongCurrentPassword();
    void changesThePassword();
    void cancelChangesNothing();
    void requiredDialogSignsOutOnCancel();
    void fromTheFileMenu();

private:
    void fill(const QString &current, const QString &next, const QString &again);
    QPushButton *changeButton() const
    {
        return test::child<QPushButton>(m_dialog.get(), "changeButton");
    }
    bool opensWith(const QString &password)
    {
        return m_store->store().users().authenticate(m_alice.username, password).ok();
    }

    std::unique_ptr<test::TestStore> m_store;
    std::unique_ptr<ChangePasswordDialog> m_dialog;
    User m_alice;
    QString m_current;
};

void TestChangePasswordDialog::initTestCase()
{
    test::useFastPasswordHashing();
    test::isolateSettings();
}

void TestChangePasswordDialog::init()
{
    m_store = std::make_unique<test::TestStore>();
    QVERIFY(m_store->isValid());
    m_alice = m_store->addUser(QStringLiteral("alice"));
    QVERIFY(m_alice.isValid());
    m_current = test::TestStore::passwordOf(m_alice.username);
    m_dialog = std::make_unique<ChangePasswordDialog>(&m_store->store(), m_alice);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestChangePasswordDialog::cleanup()
{
    m_dialog.reset();
    m_store.reset();
}

void TestChangePasswordDialog::fill(const QString &current, const QString &next,
                                    const QString &again)
{
    const char *names[] = {"currentEdit", "newEdit", "confirmEdit"};
    const QString texts[] = {current, next, again};
    for (int i = 0; i < 3; ++i) {
        auto *edit = test::child<QLineEdit>(m_dialog.get(), names[i]);
        QVERIFY(edit);
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        edit->clear();
        QTest::keyClicks(edit, texts[i]);
    }
}

void TestChangePasswordDialog::everyControlIsNamed()
{
    for (const char *name : {"currentEdit", "newEdit", "confirmEdit", "currentError", "newError",
                             "confirmError", "formError", "changeButton", "cancelButton"}) {
        auto *widget = test::child(m_dialog.get(), name);
        QVERIFY2(widget, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
    QCOMPARE(m_dialog->objectName(), QStringLiteral("changePasswordDialog"));
    QVERIFY(!m_dialog->accessibleName().isEmpty());
    // No error shows before the first try.
    for (const char *name : {"currentError", "newError", "confirmError", "formError"})
        QVERIFY2(!test::child(m_dialog.get(), name)->isVisible(), name);
}

void TestChangePasswordDialog::problemsNamedUnderTheirField_data()
{
    QTest::addColumn<QString>("current");
    QTest::addColumn<QString>("next");
    QTest::addColumn<QString>("again");
    QTest::addColumn<QString>("errorLabel");
    QTest::addColumn<QString>("says");

    QTest::newRow("no current password") << ""
                                         << "a-new-password"
                                         << "a-new-password"
                                         << "currentError"
                                         << "current password";
    QTest::newRow("too short") << "alice-password"
                               << "short"
                               << "short"
                               << "newError"
                               << "at least 8";
    QTest::newRow("repeated differently") << "alice-password"
                                          << "a-new-password"
                                          << "a-new-passw0rd"
                                          << "confirmError"
                                          << "not the same";
    QTest::newRow("same as now") << "alice-password"
                                 << "alice-password"
                                 << "alice-password"
                                 << "newError"
                                 << "same as the current";
}

// Mistakes the dialog sees for itself: named under the field, no statement reaches the store.
void TestChangePasswordDialog::problemsNamedUnderTheirField()
{
    QFETCH(QString, current);
    QFETCH(QString, next);
    QFETCH(QString, again);
    QFETCH(QString, errorLabel);
    QFETCH(QString, says);

    QSignalSpy changed(m_dialog.get(), &ChangePasswordDialog::passwordChanged);
    fill(current, next, again);
    const qint64 before = m_store->store().statementCount();
    QTest::mouseClick(changeButton(), Qt::LeftButton);
    QCOMPARE(m_store->store().statementCount(), before);
    QCOMPARE(changed.count(), 0);
    QVERIFY(m_dialog->isVisible());
    auto *label = test::child<QLabel>(m_dialog.get(), errorLabel.toLatin1().constData());
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(says), qPrintable(label->text()));
    QVERIFY(opensWith(m_current));
}

void TestChangePasswordDialog::wrongCurrentPassword()
{
    QSignalSpy changed(m_dialog.get(), &ChangePasswordDialog::passwordChanged);
    fill(QStringLiteral("not-alices-password"), QStringLiteral("a-new-password"),
         QStringLiteral("a-new-password"));
    QTest::mouseClick(changeButton(), Qt::LeftButton);
    QCOMPARE(changed.count(), 0);
    QVERIFY(m_dialog->isVisible());
    auto *label = test::child<QLabel>(m_dialog.get(), "currentError");
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QStringLiteral("not your current password")),
             qPrintable(label->text()));
    QVERIFY(!test::child(m_dialog.get(), "newError")->isVisible());
    QVERIFY(opensWith(m_current));
    QVERIFY(!opensWith(QStringLiteral("a-new-password")));
}

void TestChangePasswordDialog::changesThePassword()
{
    QSignalSpy changed(m_dialog.get(), &ChangePasswordDialog::passwordChanged);
    fill(m_current, QStringLiteral("a-new-password"), QStringLiteral("a-new-password"));
    QTest::keyClick(test::child(m_dialog.get(), "confirmEdit"), Qt::Key_Return);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<User>().id, m_alice.id);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(!m_dialog->isVisible());
    // The fields do not keep the passwords.
    for (const char *name : {"currentEdit", "newEdit", "confirmEdit"})
        QVERIFY2(test::child<QLineEdit>(m_dialog.get(), name)->text().isEmpty(), name);

    auto old = m_store->store().users().authenticate(m_alice.username, m_current);
    QVERIFY(!old);
    QCOMPARE(old.error().code, StoreError::WrongPassword);
    QVERIFY(opensWith(QStringLiteral("a-new-password")));
}

void TestChangePasswordDialog::cancelChangesNothing()
{
    QSignalSpy signOut(m_dialog.get(), &ChangePasswordDialog::signOutRequested);
    fill(m_current, QStringLiteral("a-new-password"), QStringLiteral("a-new-password"));
    QTest::mouseClick(test::child<QPushButton>(m_dialog.get(), "cancelButton"), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QCOMPARE(signOut.count(), 0); // chosen from the menu: Cancel only closes it
    QVERIFY(opensWith(m_current));
    QVERIFY(!opensWith(QStringLiteral("a-new-password")));
}

void TestChangePasswordDialog::requiredDialogSignsOutOnCancel()
{
    ChangePasswordDialog required(&m_store->store(), m_alice,
                                  ChangePasswordDialog::Reason::Required);
    required.show();
    QVERIFY(QTest::qWaitForWindowExposed(&required));
    auto *cancel = test::child<QPushButton>(&required, "cancelButton");
    QCOMPARE(cancel->accessibleName(), QStringLiteral("Sign out"));
    QSignalSpy signOut(&required, &ChangePasswordDialog::signOutRequested);
    QTest::keyClick(&required, Qt::Key_Escape);
    QCOMPARE(signOut.count(), 1);
    QVERIFY(!required.isVisible());
    QVERIFY(opensWith(m_current));
}

// File ▸ Change password… in the window, as a person finds it.
void TestChangePasswordDialog::fromTheFileMenu()
{
    MainWindow window(&m_store->store(), m_alice);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *file = window.menuBar()->findChild<QMenu *>(QStringLiteral("menuFile"));
    QVERIFY(file);
    QAction *action = nullptr;
    for (QAction *candidate : file->actions())
        if (candidate->objectName() == QLatin1String("actionChangePassword"))
            action = candidate;
    QVERIFY(action);
    QCOMPARE(action->text(), QStringLiteral("Change &password…"));
    action->trigger();
    auto *dialog = window.findChild<ChangePasswordDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->reason(), ChangePasswordDialog::Reason::Chosen);
    QSignalSpy changed(dialog, &ChangePasswordDialog::passwordChanged);
    QTest::keyClicks(test::child<QLineEdit>(dialog, "currentEdit"), m_current);
    QTest::keyClicks(test::child<QLineEdit>(dialog, "newEdit"), QStringLiteral("a-new-password"));
    QTest::keyClicks(test::child<QLineEdit>(dialog, "confirmEdit"),
                     QStringLiteral("a-new-password"));
    QTest::mouseClick(test::child<QPushButton>(dialog, "changeButton"), Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(window.statusBar()->currentMessage(),
             QStringLiteral("Your password has been changed."));
    QVERIFY(!opensWith(m_current));
    QVERIFY(opensWith(QStringLiteral("a-new-password")));
}

QTEST_MAIN(TestChangePasswordDialog)
#include "tst_changepassworddialog.moc"

// The Delete-account dialog on its own over a temporary store: Return in the password field
// does what the delete button does.

#include "apptest.h"
#include "deleteaccountdialog.h"
#include "storeassert.h"
#include "teststore.h"
#include "userrepository.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace signalbox;

class TestDeleteAccountDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void returnWithWrongPasswordKeepsDialogOpen();
    void returnWithRightPasswordDeletes();
    void returnWithEmptyPasswordDoesNothing();
    void escapeStillCancels();
};

void TestDeleteAccountDialog::initTestCase()
{
    // No settings are read or written here; the shared test settings stay untouched.
    QStandardPaths::setTestModeEnabled(true);
    test::useFastPasswordHashing();
}

void TestDeleteAccountDialog::returnWithWrongPasswordKeepsDialogOpen()
{
    test::TestStore store;
    const User alice = store.addUser(QStringLiteral("alice"));
    DeleteAccountDialog dialog(&store.store(), alice);
    QSignalSpy deleted(&dialog, &DeleteAccountDialog::accountDeleted);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *password = test::child<QLineEdit>(&dialog, "passwordEdit");
    QVERIFY(password);
    QTest::keyClicks(password, QStringLiteral("not-her-password"));
    QTest::keyClick(password, Qt::Key_Return);
    // The password was checked, said to be wrong, and the dialog stayed open.
    QVERIFY(dialog.isVisible());
    QCOMPARE(rejected.size(), 0);
    QCOMPARE(deleted.size(), 0);
    QVERIFY(test::child(&dialog, "passwordError")->isVisible());
    QVERIFY(!test::child<QLabel>(&dialog, "passwordError")->text().isEmpty());
    SB_VERIFY_OK(store.store().users().byId(alice.id));
    // Enter on the keypad is the same key.
    QTest::keyClick(password, Qt::Key_Enter, Qt::KeypadModifier);
    QVERIFY(dialog.isVisible());
    QCOMPARE(rejected.size(), 0);
}

void TestDeleteAccountDialog::returnWithRightPasswordDeletes()
{
    test::TestStore store;
    const User alice = store.addUser(QStringLiteral("alice"));
    const User bob = store.addUser(QStringLiteral("bob"));
    store.send(bob, alice, QStringLiteral("hello"));
    DeleteAccountDialog dialog(&store.store(), alice);
    QSignalSpy deleted(&dialog, &DeleteAccountDialog::accountDeleted);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *password = test::child<QLineEdit>(&dialog, "passwordEdit");
    QTest::keyClicks(password, test::TestStore::passwordOf(QStringLiteral("alice")));
    QTest::keyClick(password, Qt::Key_Return);
    QCOMPARE(deleted.size(), 1);
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(dialog.removed().messages, 1);
    SB_VERIFY_ERROR(store.store().users().byId(alice.id), StoreError::NotFound);
    SB_VERIFY_OK(store.store().users().byId(bob.id));
}

void TestDeleteAccountDialog::returnWithEmptyPasswordDoesNothing()
{
    test::TestStore store;
    const User alice = store.addUser(QStringLiteral("alice"));
    DeleteAccountDialog dialog(&store.store(), alice);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(test::child(&dialog, "passwordEdit"), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(rejected.size(), 0);
    QVERIFY(!test::child(&dialog, "passwordError")->isVisible());
    SB_VERIFY_OK(store.store().users().byId(alice.id));
}

void TestDeleteAccountDialog::escapeStillCancels()
{
    test::TestStore store;
    const User alice = store.addUser(QStringLiteral("alice"));
    DeleteAccountDialog dialog(&store.store(), alice);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *password = test::child<QLineEdit>(&dialog, "passwordEdit");
    QTest::keyClicks(password, test::TestStore::passwordOf(QStringLiteral("alice")));
    QTest::keyClick(password, Qt::Key_Escape);
    QCOMPARE(rejected.size(), 1);
    SB_VERIFY_OK(store.store().users().byId(alice.id));
}

QTEST_MAIN(TestDeleteAccountDialog)
#include "tst_deleteaccountdialog.moc"

#include "application.h"
#include "apptest.h"
#include "composer.h"
#include "conversationlistmodel.h"
#include "conversationspane.h"
#include "conversationview.h"
#include "deleteaccountdialog.h"
#include "draftrepository.h"
#include "historydialog.h"
#include "historymodel.h"
#include "mainwindow.h"
#include "messagerepository.h"
#include "newconversationdialog.h"
#include "notificationmodel.h"
#include "notificationrepository.h"
#include "searchmodel.h"
#include "searchpane.h"
#include "signindialog.h"
#include "store.h"
#include "teststore.h"
#include "threadmodel.h"
#include "traynotifier.h"
#include "unreadmodel.h"
#include "userrepository.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest/qtestspontaneevent.h>

using namespace signalbox;

// Runs a helper that may fail a check, and stops the test there if it did.
#define STEP(call)                                                                                 \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

// The whole application driven as people use it: accounts made in the sign-in dialog,
// messages written in the composer, menus and shortcuts, dialogs clicked through.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void conversationFromSignUpToAccountDeletion();
    void emptyMessageShowsAnErrorAndKeepsNothing();
    void failedSendKeepsTheComposerText();
    void deletingAMessageWithRepliesLeavesAPlaceholder();
    void unreadViewOpensAndRevealsTheMessage();
    void markUnreadAndConversationRead();
    void draftsStayWithTheirConversation();
    void theLastConversationReopens();
    void deleteKeyWorksAnywhereInTheConversation();
    void ctrl1PutsTheFocusInTheConversationList();
    void closeButtonWithoutATrayCloses();
    void draftsSurviveANewWindowAndShowInTheList();
    void ctrlFSearchesAndOpensTheMessage();

private:
    // Through the application's sign-in dialog.
    void createAccount(const QString &name);
    void signIn(const QString &name);
    void signOut();
    MainWindow *window() const { return m_app->mainWindow(); }
    void send(const QString &text);
    void startConversationWith(const QString &name);
    Message onlyMessageBetween(const QString &a, const QString &b);
    User userNamed(const QString &name);

    // A window of its own over a TestStore, for the focused tests.
    MainWindow *openWindow(const User &user);

    QTemporaryDir m_dir;
    std::unique_ptr<Application> m_app;
    std::unique_ptr<test::TestStore> m_store;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    test::useFastPasswordHashing();
    test::isolateSettings();
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::init()
{
    test::isolateSettings();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_app.reset();
    m_store.reset();
}

void TestMainWindow::createAccount(const QString &name)
{
    SignInDialog *dialog = m_app->signInDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QTest::mouseClick(test::child<QPushButton>(dialog, "modeButton"), Qt::LeftButton);
    QCOMPARE(dialog->mode(), SignInDialog::Mode::CreateAccount);
    auto *username = test::child<QLineEdit>(dialog, "usernameEdit");
    username->clear();
    QTest::keyClicks(username, name);
    QTest::keyClicks(test::child(dialog, "passwordEdit"), test::TestStore::passwordOf(name));
    QTest::keyClicks(test::child(dialog, "confirmEdit"), test::TestStore::passwordOf(name));
    QTest::mouseClick(test::child<QPushButton>(dialog, "submitButton"), Qt::LeftButton);
    QVERIFY(window());
    QCOMPARE(window()->user().username, name);
    QCOMPARE(window()->windowTitle(), QStringLiteral("Signalbox — %1").arg(name));
    QVERIFY(QTest::qWaitForWindowExposed(window()));
}

void TestMainWindow::signIn(const QString &name)
{
    SignInDialog *dialog = m_app->signInDialog();
    QVERIFY(dialog);
    auto *username = test::child<QLineEdit>(dialog, "usernameEdit");
    username->clear();
    QTest::keyClicks(username, name);
    QTest::keyClicks(test::child(dialog, "passwordEdit"), test::TestStore::passwordOf(name));
    QTest::mouseClick(test::child<QPushButton>(dialog, "submitButton"), Qt::LeftButton);
    QVERIFY2(window(), qPrintable(test::child<QLabel>(dialog, "usernameError")->text()
                                  + test::child<QLabel>(dialog, "passwordError")->text()
                                  + test::child<QLabel>(dialog, "formError")->text()));
    QCOMPARE(window()->user().username, name);
    QVERIFY(QTest::qWaitForWindowExposed(window()));
    QVERIFY(QTest::qWaitForWindowActive(window()));
}

void TestMainWindow::signOut()
{
    QVERIFY(window());
    QPointer<MainWindow> old = window();
    test::child<QAction>(old, "actionSignOut")->trigger();
    QVERIFY(!window());
    QVERIFY(m_app->signInDialog());
    QVERIFY(m_app->signInDialog()->isVisible());
    QTRY_VERIFY(!old); // closed and deleted
}

void TestMainWindow::startConversationWith(const QString &name)
{
    test::child<QAction>(window(), "actionNewConversation")->trigger();
    auto *dialog = window()->findChild<NewConversationDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClicks(test::child(dialog, "filterEdit"), name);
    auto *list = test::child<QListView>(dialog, "userList");
    QCOMPARE(list->model()->rowCount(), 1);
    test::clickRow(list, list->model()->index(0, 0));
    QTest::mouseClick(test::child<QPushButton>(dialog, "startConversationButton"), Qt::LeftButton);
    QCOMPARE(window()->peer().username, name);
}

void TestMainWindow::send(const QString &text)
{
    auto *editor = test::child<QPlainTextEdit>(window(), "composerEdit");
    QVERIFY(editor);
    QVERIFY(editor->isEnabled());
    editor->setFocus();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
}

User TestMainWindow::userNamed(const QString &name)
{
    auto user = m_app->store()->users().byName(name);
    return user ? *user : User{};
}

Message TestMainWindow::onlyMessageBetween(const QString &a, const QString &b)
{
    auto messages = m_app->store()->messages().conversation(userNamed(a), userNamed(b).id);
    if (!messages || messages->isEmpty())
        return {};
    return messages->constLast();
}

void TestMainWindow::conversationFromSignUpToAccountDeletion()
{
    m_app = std::make_unique<Application>();
    Application::Options options;
    options.storeUrl = m_dir.filePath(QStringLiteral("flow.sqlite3"));
    QVERIFY(m_app->start(options).ok());

    // Two accounts, made in the sign-in dialog.
    STEP(createAccount(QStringLiteral("alice")));
    STEP(signOut());
    STEP(createAccount(QStringLiteral("bob")));
    STEP(signOut());

    // alice writes to bob.
    STEP(signIn(QStringLiteral("alice")));
    STEP(startConversationWith(QStringLiteral("bob")));
    STEP(send(QStringLiteral("Lunch at noon?")));
    const Message first = onlyMessageBetween(QStringLiteral("alice"), QStringLiteral("bob"));
    QCOMPARE(first.content, QStringLiteral("Lunch at noon?"));
    QCOMPARE(window()->composer()->text(), QString());
    QCOMPARE(window()->conversationModel()->rowCount(), 1);
    STEP(signOut());

    // bob: a notification, an unread badge of 1; opening the notification reads the message.
    STEP(signIn(QStringLiteral("bob")));
    QCOMPARE(window()->notificationModel()->unreadCount(), 1);
    auto *conversations = window()->conversationModel();
    QCOMPARE(conversations->rowCount(), 1);
    QCOMPARE(conversations->index(0).data(ConversationListModel::UnreadCountRole).toInt(), 1);
    QCOMPARE(window()->unreadModel()->rowCount(), 1);
    auto *notifications = test::child<QListView>(window(), "notificationList");
    QVERIFY(notifications->isVisible());
    test::clickRow(notifications, notifications->model()->index(0, 0));
    QCOMPARE(window()->peer().username, QStringLiteral("alice"));
    QCOMPARE(window()->selectedMessage().id, first.id);
    QVERIFY(m_app->store()->messages().get(userNamed(QStringLiteral("bob")), first.id)->read);
    QCOMPARE(window()->notificationModel()->unreadCount(), 0);
    QCOMPARE(conversations->index(0).data(ConversationListModel::UnreadCountRole).toInt(), 0);
    QCOMPARE(window()->unreadModel()->rowCount(), 0);

    // bob replies with Ctrl+R.
    auto *thread = test::child<QTreeView>(window(), "threadView");
    thread->setFocus();
    QTest::keyClick(thread, Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(window()->composer()->mode(), Composer::Mode::Reply);
    STEP(send(QStringLiteral("Yes, see you there")));
    const Message reply = onlyMessageBetween(QStringLiteral("bob"), QStringLiteral("alice"));
    QCOMPARE(reply.content, QStringLiteral("Yes, see you there"));
    QCOMPARE(reply.parentId, first.id);
    QCOMPARE(window()->composer()->mode(), Composer::Mode::Compose);
    QCOMPARE(window()->threadModel()->indexForMessage(reply.id).parent(),
             window()->threadModel()->indexForMessage(first.id));
    STEP(signOut());

    // alice edits her message with Ctrl+E; the history shows the old text.
    STEP(signIn(QStringLiteral("alice")));
    auto *conversationList = test::child<QListView>(window(), "conversationList");
    test::clickRow(conversationList, conversationList->model()->index(0, 0));
    QCOMPARE(window()->peer().username, QStringLiteral("bob"));
    thread = test::child<QTreeView>(window(), "threadView");
    const QModelIndex firstIndex = window()->threadModel()->indexForMessage(first.id);
    test::clickRow(thread, firstIndex);
    QCOMPARE(window()->selectedMessage().id, first.id);
    QTest::keyClick(thread, Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(window()->composer()->mode(), Composer::Mode::Edit);
    QCOMPARE(window()->composer()->text(), QStringLiteral("Lunch at noon?"));
    auto *editor = test::child<QPlainTextEdit>(window(), "composerEdit");
    editor->selectAll();
    STEP(send(QStringLiteral("Lunch at one?")));
    auto edited = m_app->store()->messages().get(userNamed(QStringLiteral("alice")), first.id);
    QCOMPARE(edited->content, QStringLiteral("Lunch at one?"));
    QVERIFY(edited->edited);
    QVERIFY(
        window()->threadModel()->indexForMessage(first.id).data(ThreadModel::EditedRole).toBool());

    test::clickRow(thread, window()->threadModel()->indexForMessage(first.id));
    QTest::keyClick(thread, Qt::Key_H, Qt::ControlModifier);
    auto *history = window()->findChild<HistoryDialog *>();
    QVERIFY(history);
    QVERIFY(QTest::qWaitForWindowExposed(history));
    QCOMPARE(history->model()->rowCount(), 2);
    QVERIFY2(history->documentText().contains(QStringLiteral("Lunch at noon?"))
                 || history->documentText().contains(QStringLiteral("noon")),
             qPrintable(history->documentText()));
    QVERIFY(history->documentText().contains(QStringLiteral("one?")));
    history->close();
    STEP(signOut());

    // bob deletes his account: the dialog says what goes and asks for the password.
    STEP(signIn(QStringLiteral("bob")));
    const User bob = window()->user();
    test::child<QAction>(window(), "actionDeleteAccount")->trigger();
    auto *deletion = window()->findChild<DeleteAccountDialog *>();
    QVERIFY(deletion);
    QVERIFY(QTest::qWaitForWindowExposed(deletion));
    QCOMPARE(deletion->announced().messages, 2);
    QCOMPARE(deletion->announced().notifications, 2);
    QCOMPARE(deletion->announced().history, 1);
    auto *deleteButton = test::child<QPushButton>(deletion, "deleteButton");
    QVERIFY(!deleteButton->isEnabled());
    QTest::keyClicks(test::child(deletion, "passwordEdit"), QStringLiteral("not-his-password"));
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    QVERIFY(test::child(deletion, "passwordError")->isVisible());
    QVERIFY(m_app->store()->users().byId(bob.id).ok());
    test::child<QLineEdit>(deletion, "passwordEdit")->clear();
    QTest::keyClicks(test::child(deletion, "passwordEdit"),
                     test::TestStore::passwordOf(QStringLiteral("bob")));
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    QTRY_VERIFY(!window());
    QVERIFY(m_app->signInDialog());
    QVERIFY(test::child(m_app->signInDialog(), "noticeLabel")->isVisible());
    QCOMPARE(m_app->store()->users().byId(bob.id).error().code, StoreError::NotFound);

    // alice no longer sees him or their messages.
    STEP(signIn(QStringLiteral("alice")));
    QCOMPARE(window()->conversationModel()->rowCount(), 0);
    QCOMPARE(window()->notificationModel()->rowCount(), 0);
    QCOMPARE(m_app->store()->messages().conversation(window()->user(), bob.id)->size(), 0);
    test::child<QAction>(window(), "actionNewConversation")->trigger();
    auto *picker = window()->findChild<NewConversationDialog *>();
    QVERIFY(picker);
    QCOMPARE(test::child<QListView>(picker, "userList")->model()->rowCount(), 0);
    QVERIFY(!picker->selectUser(QStringLiteral("bob")));
    picker->reject();
}

MainWindow *TestMainWindow::openWindow(const User &user)
{
    m_window = std::make_unique<MainWindow>(&m_store->store(), user);
    m_window->show();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return nullptr;
    return m_window.get();
}

void TestMainWindow::emptyMessageShowsAnErrorAndKeepsNothing()
{
    m_store = std::make_unique<test::TestStore>();
    const User alice = m_store->addUser(QStringLiteral("alice"));
    const User bob = m_store->addUser(QStringLiteral("bob"));
    MainWindow *w = openWindow(alice);
    QVERIFY(w);
    w->openConversation(bob);
    const qint64 before = m_store->store().statementCount();
    Q_UNUSED(before)

    auto *editor = test::child<QPlainTextEdit>(w, "composerEdit");
    QTest::keyClicks(editor, QStringLiteral("   "));
    QTest::mouseClick(test::child<QPushButton>(w, "sendButton"), Qt::LeftButton);
    auto *error = test::child<QLabel>(w, "composerError");
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(m_store->store().messages().conversation(alice, bob.id)->size(), 0);
    QCOMPARE(w->conversationModel()->rowCount(), 0);

    editor->clear();
    QTest::mouseClick(test::child<QPushButton>(w, "sendButton"), Qt::LeftButton);
    QVERIFY(error->isVisible());
    QCOMPARE(m_store->store().messages().conversation(alice, bob.id)->size(), 0);
}

void TestMainWindow::failedSendKeepsTheComposerText()
{
    m_store = std::make_unique<test::TestStore>();
    const User alice = m_store->addUser(QStringLiteral("alice"));
    const User bob = m_store->addUser(QStringLiteral("bob"));
    MainWindow *w = openWindow(alice);
    QVERIFY(w);
    w->openConversation(bob);

    // Another client removes bob behind this window's back: the send fails in the store.
    {
        auto other = Store::open(m_store->path());
        QVERIFY(other.ok());
        QVERIFY(
            (*other)->users().remove(bob, test::TestStore::passwordOf(QStringLiteral("bob"))).ok());
    }

    const QString text = QStringLiteral("A long thought I do not want to type again");
    auto *editor = test::child<QPlainTextEdit>(w, "composerEdit");
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(w->composer()->text(), text);
    QVERIFY(test::child(w, "composerError")->isVisible());
    QVERIFY(!w->lastError().isEmpty());
    QCOMPARE(m_store->store().messages().unreadCount(alice).value(), 0);
    QVERIFY(m_store->store().messages().conversation(alice, bob.id)->isEmpty());
}

void TestMainWindow::deletingAMessageWithRepliesLeavesAPlaceholder()
{
    m_store = std::make_unique<test::TestStore>();
    const User alice = m_store->addUser(QStringLiteral("alice"));
    const User bob = m_store->addUser(QStringLiteral("bob"));
    const Message root = m_store->send(alice, bob, QStringLiteral("Who brings the cake?"));
    m_store->send(bob, alice, QStringLiteral("I do"), root.id);
    const Message lonely = m_store->send(alice, bob, QStringLiteral("Never mind"));
    MainWindow *w = openWindow(alice);
    QVERIFY(w);
    w->openConversation(bob);
    auto *thread = test::child<QTreeView>(w, "threadView");
    // The Delete key in the thread, with the window active as after a person's click.
    auto pressDelete = [w, thread] {
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));
        thread->setFocus();
        QTest::keyClick(thread, Qt::Key_Delete);
    };

    // Cancel first: nothing happens.
    QVERIFY(w->selectMessage(root.id));
    pressDelete();
    auto *box = w->findChild<QMessageBox *>(QStringLiteral("confirmDeleteBox"));
    QVERIFY(box);
    QTest::mouseClick(test::child<QPushButton>(box, "cancelDeleteButton"), Qt::LeftButton);
    QVERIFY(!m_store->store().messages().get(alice, root.id)->deleted);
    QTRY_VERIFY(!w->findChild<QMessageBox *>(QStringLiteral("confirmDeleteBox")));

    pressDelete();
    box = w->findChild<QMessageBox *>(QStringLiteral("confirmDeleteBox"));
    QVERIFY(box);
    QVERIFY(box->informativeText().contains(QStringLiteral("placeholder")));
    QTest::mouseClick(test::child<QPushButton>(box, "confirmDeleteButton"), Qt::LeftButton);
    QVERIFY(m_store->store().messages().get(alice, root.id)->deleted);
    const QModelIndex placeholder = w->threadModel()->indexForMessage(root.id);
    QVERIFY(placeholder.isValid());
    QVERIFY(placeholder.data(ThreadModel::DeletedRole).toBool());
    QCOMPARE(w->threadModel()->rowCount(placeholder), 1);
    // A placeholder cannot be edited, deleted or replied to.
    QVERIFY(!test::child<QAction>(w, "actionEdit")->isEnabled());
    QVERIFY(!test::child<QAction>(w, "actionDelete")->isEnabled());
    QVERIFY(!test::child<QAction>(w, "actionReply")->isEnabled());

    // Without replies the message goes altogether.
    QTRY_VERIFY(!w->findChild<QMessageBox *>(QStringLiteral("confirmDeleteBox")));
    QVERIFY(w->selectMessage(lonely.id));
    pressDelete();
    box = w->findChild<QMessageBox *>(QStringLiteral("confirmDeleteBox"));
    QVERIFY(box);
    QTest::mouseClick(test::child<QPushButton>(box, "confirmDeleteButton"), Qt::LeftButton);
    QVERIFY(!w->threadModel()->indexForMessage(lonely.id).isValid());

    // Only one's own messages can be deleted.
    const Message reply = m_store->store().messages().conversation(alice, bob.id)->constLast();
    QVERIFY(w->selectMessage(reply.id));
    QCOMPARE(reply.senderId, bob.id);
    QVERIFY(!test::child<QAction>(w, "actionDelete")->isEnabled());
}

void TestMainWindow::unreadViewOpensAndRevealsTheMessage()
{
    m_store = std::make_unique<test::TestStore>();
    const User alice = m_store->addUser(QStringLiteral("alice"));
    const User bob = m_store->addUser(QStringLiteral("bob"));
    const User carol = m_store->addUser(QStringLiteral("carol"));
    const Message root = m_store->send(bob, alice, QStringLiteral("Plans?"));
    const Message answer = m_store->send(alice, bob, QStringLiteral("Cinema"), root.id);
    const Message deep = m_store->send(bob, alice, QStringLiteral("Which film?"), answer.id);
    m_store->send(carol, alice, QStringLiteral("Hi from carol"));
    QVERIFY(m_store->store().messages().markRead(alice, root.id).ok());

    MainWindow *w = openWindow(alice);
    QVERIFY(w);
    test::child<QAction>(w, "actionShowUnread")->trigger();
    auto *unread = test::child<QListView>(w, "unreadList");
    QVERIFY(unread->isVisible());
    QCOMPARE(unread->model()->rowCount(), 2);
    // Newest first: carol's message, then bob's deep reply.
    QCOMPARE(unread->model()->index(1, 0).data(UnreadModel::MessageIdRole).toLongLong(), deep.id);

    test::clickRow(unread, unread->model()->index(1, 0));
    QCOMPARE(w->peer().id, bob.id);
    QCOMPARE(w->selectedMessage().id, deep.id);
    auto *thread = test::child<QTreeView>(w, "threadView");
    const QModelIndex deepIndex = w->threadModel()->indexForMessage(deep.id);
    QVERIFY(thread->isExpanded(deepIndex.parent()));
    QVERIFY(thread->isExpanded(deepIndex.parent().parent()));
    QVERIFY(m_store->store().messages().get(alice, deep.id)->read);
    QCOMPARE(unread->model()->rowCount(), 1);
}

void TestMainWindow::markUnreadAndConversationRead()
{
    m_store = std::make_unique<test::TestStore>();
    const User alice = m_store->addUser(QStringLiteral("alice"));
    const User bob = m_store->addUser(QStringLiteral("bob"));
    const Message one = m_store->send(bob, alice, QStringLiteral("One"));
    m_store->send(bob, alice, QStringLiteral("Two"));
    m_store->send(bob, alice, QStringLiteral("Three"));
    MainWindow *w = openWindow(alice);
    QVERIFY(w);
    w->openConversationWith(bob.id);
    QCOMPARE(m_store->store().messages().unreadCount(alice).value(), 3);

    QVERIFY(w->selectMessage(one.id)); // opening reads it
    QCOMPARE(m_store->store().messages().unreadCount(alice).value(), 2);
    auto *markUnread = test::child<QAction>(w, "actionMarkUnread");
    QVERIFY(markUnread->isEnabled());
    markUnread->trigger();
    QVERIFY(!m_store->store().messages().get(alice, one.id)->read);
    QCOMPARE(w->notificationModel()->unreadCount(), 3);

    test::child<QAction>(w, "actionMarkConversationRead")->trigger();
    QCOMPARE(m_store->store().messages().unreadCount(alice).value(), 0);
    QCOMPARE(w->conversationModel()->index(0).data(ConversationListModel::UnreadCountRole).toInt(),
             0);
    QCOMPARE(w->notificationModel()->unreadCount(), 0);

    // Do not disturb is remembered.
    test::child<QAction>(w, "actionDoNotDisturb")->trigger();
    QVERIFY(w->doNotDisturb());
    QVERIFY(AppSettings().doNotDisturb());
}

void TestMainWindow::draftsStayWithTheirConversation()
{
    m_store = std::make_unique<test::TestStore>();
    const User alice = m_store->addUser(QStringLiteral("alice"));
    const User bob = m_store->addUser(QStringLiteral("bob"));
    const User carol = m_store->addUser(QStringLiteral("carol"));
    MainWindow *w = openWindow(alice);
    QVERIFY(w);
    auto *editor = test::child<QPlainTextEdit>(w, "composerEdit");
    w->openConversation(bob);
    QTest::keyClicks(editor, QStringLiteral("for bob"));
    w->openConversation(carol);
    QCOMPARE(w->composer()->text(), QString());
    QTest::keyClicks(editor, QStringLiteral("for carol"));
    w->openConversation(bob);
    QCOMPARE(w->composer()->text(), QStringLiteral("for bob"));
    w->openConversation(carol);
    QCOMPARE(w->composer()->text(), QStringLiteral("for carol"));
}

void TestMainWindow::theLastConversationReopens()
{
    m_store = std::make_unique<test::TestStore>();
    const User alice = m_store->addUser(QStringLiteral("alice"));
    const User bob = m_store->addUser(QStringLiteral("bob"));
    const User carol = m_store->addUser(QStringLiteral("carol"));
    m_store->send(bob, alice, QStringLiteral("hi"));
    MainWindow *w = openWindow(alice);
    QVERIFY(w);
    QVERIFY(!w->peer().isValid()); // nothing remembered yet
    w->openConversation(carol);    // no messages with carol yet
    m_window.reset();

    w = openWindow(alice);
    QVERIFY(w);
    QCOMPARE(w->peer().id, carol.id);
    w->openConversation(bob);
    m_window.reset();

    w = openWindow(bob); // another account remembers its own
    QVERIFY(w);
    QVERIFY(!w->peer().isValid());
    m_window.reset();
    w = openWindow(alice);
    QVERIFY(w);
    QCOMPARE(w->peer().id, bob.id);
}

void TestMainWindow::deleteKeyWorksAnywhereInTheConversation()
{
    m_store = std::make_unique<test::TestStore>();
    const User alice = m_store->addUser(QStringLiteral("alice"));
    const User bob = m_store->addUser(QStringLiteral("bob"));
    const Message mine = m_store->send(alice, bob, QStringLiteral("mine"));
    MainWindow *w = openWindow(alice);
    QVERIFY(w);
    w->openConversation(bob);
    QVERIFY(w->selectMessage(mine.id));

    for (const char *focus : {"threadView", "markConversationReadButton"}) {
        auto *widget = test::child(w, focus);
        QVERIFY2(widget, focus);
        w->activateWindow(); // back from the box
        QVERIFY(QTest::qWaitForWindowActive(w));
        widget->setFocus();
        QCOMPARE(QApplication::focusWidget(), widget);
        QTest::keyClick(widget, Qt::Key_Delete);
        auto *box = test::child<QMessageBox>(w, "confirmDeleteBox");
        QVERIFY2(box, focus);
        QTest::mouseClick(test::child<QPushButton>(box, "cancelDeleteButton"), Qt::LeftButton);
        QTRY_VERIFY(!test::child<QMessageBox>(w, "confirmDeleteBox"));
    }
    // In the composer, Delete edits the text.
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    auto *editor = test::child<QPlainTextEdit>(w, "composerEdit");
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("ab"));
    QTest::keyClick(editor, Qt::Key_Left);
    QTest::keyClick(editor, Qt::Key_Delete);
    QCOMPARE(editor->toPlainText(), QStringLiteral("a"));
    QVERIFY(!test::child<QMessageBox>(w, "confirmDeleteBox"));
    QVERIFY((*m_store)->messages().get(alice, mine.id).ok());
}

void TestMainWindow::ctrl1PutsTheFocusInTheConversationList()
{
    m_store = std::make_unique<test::TestStore>();
    const User alice = m_store->addUser(QStringLiteral("alice"));
    MainWindow *w = openWindow(alice);
    QVERIFY(w);
    test::child(w, "composerEdit")->setFocus();
    QTest::keyClick(w, Qt::Key_1, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), test::child(w, "conversationList"));
    QTest::keyClick(w, Qt::Key_2, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), test::child(w, "unreadList"));
}

void TestMainWindow::closeButtonWithoutATrayCloses()
{
    m_store = std::make_unique<test::TestStore>();
    const User alice = m_store->addUser(QStringLiteral("alice"));
    MainWindow *w = openWindow(alice);
    QVERIFY(w);
    QVERIFY(!w->trayNotifier()->isAvailable()); // offscreen: no tray to keep running in
    // What the window manager's close button sends.
    QCloseEvent close;
    QSpontaneKeyEvent::setSpontaneous(&close);
    QApplication::instance()->notify(w, &close);
    QVERIFY(close.isAccepted());
}

void TestMainWindow::draftsSurviveANewWindowAndShowInTheList()
{
    m_store = std::make_unique<test::TestStore>();
    const User alice = m_store->addUser(QStringLiteral("alice"));
    const User bob = m_store->addUser(QStringLiteral("bob"));
    const User carol = m_store->addUser(QStringLiteral("carol"));
    const Message hello = m_store->send(bob, alice, QStringLiteral("hello"));
    MainWindow *w = openWindow(alice);
    QVERIFY(w);
    w->openConversation(bob);
    auto *editor = test::child<QPlainTextEdit>(w, "composerEdit");
    QVERIFY(w->selectMessage(hello.id));
    w->conversationView()->replyToSelected();
    QTest::keyClicks(editor, QStringLiteral("half a reply"));
    // Kept in the store a moment after the last key, before anything else happens.
    QTRY_COMPARE((*m_store)->drafts().load(alice, bob.id)->content, QStringLiteral("half a reply"));
    QCOMPARE((*m_store)->drafts().load(alice, bob.id)->replyToId, hello.id);
    const int row = w->conversationModel()->rowForPeer(bob.id);
    QTRY_COMPARE(
        w->conversationModel()->index(row).data(ConversationListModel::DraftRole).toString(),
        QStringLiteral("half a reply"));
    w->openConversation(carol);
    m_window.reset(); // as if Signalbox had quit

    w = openWindow(alice);
    QVERIFY(w);
    w->openConversation(bob);
    QCOMPARE(w->composer()->text(), QStringLiteral("half a reply"));
    QCOMPARE(w->composer()->mode(), Composer::Mode::Reply);
    QCOMPARE(w->composer()->targetId(), hello.id);

    // Sent, the draft is gone, from the store and from the list.
    QTest::mouseClick(test::child<QPushButton>(w, "sendButton"), Qt::LeftButton);
    QVERIFY((*m_store)->drafts().load(alice, bob.id)->isEmpty());
    QTRY_VERIFY(w->conversationModel()
                    ->index(w->conversationModel()->rowForPeer(bob.id))
                    .data(ConversationListModel::DraftRole)
                    .toString()
                    .isEmpty());
}

void TestMainWindow::ctrlFSearchesAndOpensTheMessage()
{
    m_store = std::make_unique<test::TestStore>();
    const User alice = m_store->addUser(QStringLiteral("alice"));
    const User bob = m_store->addUser(QStringLiteral("bob"));
    const User carol = m_store->addUser(QStringLiteral("carol"));
    const Message root = m_store->send(bob, alice, QStringLiteral("lunch?"));
    const Message deep = m_store->send(alice, bob, QStringLiteral("the café on Main"), root.id);
    m_store->send(carol, alice, QStringLiteral("nothing to see"));
    MainWindow *w = openWindow(alice);
    QVERIFY(w);
    w->openConversation(carol);

    QTest::keyClick(w, Qt::Key_F, Qt::ControlModifier);
    SearchPane *search = w->conversationsPane()->searchPane();
    QTRY_VERIFY(search->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(search->field()));
    QTest::keyClicks(search->field(), QStringLiteral("cafe"));
    QTRY_COMPARE(search->model()->rowCount(), 1);
    QCOMPARE(search->model()->index(0, 0).data(SearchModel::MessageIdRole).toLongLong(), deep.id);
    // Down, then Enter: the message opens in its conversation, selected.
    QTest::keyClick(search->field(), Qt::Key_Down);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(w->peer().id, bob.id);
    QCOMPARE(w->selectedMessage().id, deep.id);
    // Esc goes back to the list.
    search->field()->setFocus();
    QTest::keyClick(search->field(), Qt::Key_Escape);
    QTRY_VERIFY(!search->isVisible());
    QVERIFY(test::child(w, "conversationList")->isVisible());

    // Ctrl+Shift+F searches the open conversation only.
    QTest::keyClick(w, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(search->isVisible());
    QCOMPARE(search->scopePeer(), bob.id);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

#include "apptest.h"
#include "composer.h"
#include "conversationview.h"
#include "messagerepository.h"
#include "teststore.h"
#include "threadmodel.h"
#include "userrepository.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QToolButton>
#include <QTreeView>

using namespace signalbox;

// The conversation view alone over a temporary store: the thread, the composer, the actions
// on the selected message, read-on-select and drafts.
class TestConversationView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void openShowsTheThreadAndSaysSo();
    void selectingAReceivedMessageMarksItRead();
    void composerSendsIntoTheOpenConversation();
    void refusedSendKeepsTheTextAndSaysWhy();
    void actionsFollowTheMessagePolicy();
    void eachConversationKeepsItsDraft();
    void openMessageRevealsADeepReply();
    void deleteAsksFirstThenDeletes();
    void peerDeletingTheirAccountClosesTheConversation();
    void composerTakesTheFocusWithoutLookingForItsEditor();
    void deletingMovesTheSelectionWithoutMarkingTheNeighbourRead();
    void contextMenuOffersOnlyWhatApplies();
    void copyPutsTheWholeTextOnTheClipboard();
    void aReplyLeadsToItsParent();
    void jumpToLatestShowsWhileScrolledUp();

private:
    QAction *action(const char *name) const { return test::child<QAction>(m_view.get(), name); }

    std::unique_ptr<test::TestStore> m_store;
    std::unique_ptr<ConversationView> m_view;
    User m_alice;
    User m_bob;
    User m_carol;
};

void TestConversationView::initTestCase()
{
    test::useFastPasswordHashing();
}

void TestConversationView::init()
{
    test::isolateSettings();
    m_store = std::make_unique<test::TestStore>();
    QVERIFY(m_store->isValid());
    m_alice = m_store->addUser(QStringLiteral("alice"));
    m_bob = m_store->addUser(QStringLiteral("bob"));
    m_carol = m_store->addUser(QStringLiteral("carol"));
    m_view = std::make_unique<ConversationView>(&m_store->store(), m_alice);
    m_view->resize(700, 500);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestConversationView::cleanup()
{
    m_view.reset();
    m_store.reset();
}

void TestConversationView::openShowsTheThreadAndSaysSo()
{
    m_store->send(m_bob, m_alice, QStringLiteral("hello alice"));
    m_store->send(m_carol, m_alice, QStringLiteral("not in this conversation"));
    QSignalSpy changed(m_view.get(), &ConversationView::peerChanged);

    m_view->open(m_bob);
    QCOMPARE(m_view->peer().id, m_bob.id);
    QCOMPARE(m_view->threadModel()->rowCount(), 1);
    QCOMPARE(m_view->threadModel()->index(0, 0).data(ThreadModel::ContentRole).toString(),
             QStringLiteral("hello alice"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<User>().id, m_bob.id);
    QVERIFY(test::child<QLabel>(m_view.get(), "conversationTitle")
                ->text()
                .contains(QStringLiteral("bob")));

    m_view->open(m_bob); // already open: nothing happens
    QCOMPARE(changed.size(), 1);
}

void TestConversationView::selectingAReceivedMessageMarksItRead()
{
    const Message received = m_store->send(m_bob, m_alice, QStringLiteral("read me"));
    m_view->open(m_bob);
    QVERIFY(!(*m_store)->messages().get(m_alice, received.id)->read);

    QVERIFY(m_view->select(received.id));
    QCOMPARE(m_view->selectedMessage().id, received.id);
    QVERIFY((*m_store)->messages().get(m_alice, received.id)->read);
}

void TestConversationView::composerSendsIntoTheOpenConversation()
{
    m_view->open(m_bob);
    QSignalSpy sent(m_view.get(), &ConversationView::messageSent);
    auto *editor = test::child<QPlainTextEdit>(m_view.get(), "composerEdit");
    QTest::keyClicks(editor, QStringLiteral("first words"));
    QTest::mouseClick(test::child<QPushButton>(m_view.get(), "sendButton"), Qt::LeftButton);

    QCOMPARE(sent.size(), 1);
    const Id id = sent.first().at(1).toLongLong();
    auto stored = (*m_store)->messages().get(m_alice, id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->content, QStringLiteral("first words"));
    QCOMPARE(stored->receiverId, m_bob.id);
    QCOMPARE(m_view->selectedMessage().id, id);
    QVERIFY(editor->toPlainText().isEmpty());
}

void TestConversationView::refusedSendKeepsTheTextAndSaysWhy()
{
    m_view->open(m_bob);
    QSignalSpy notSent(m_view.get(), &ConversationView::notSent);
    QSignalSpy sent(m_view.get(), &ConversationView::messageSent);
    const QString tooLong(20001, QLatin1Char('x'));
    m_view->composer()->setText(tooLong);
    QTest::mouseClick(test::child<QPushButton>(m_view.get(), "sendButton"), Qt::LeftButton);

    QCOMPARE(sent.size(), 0);
    QCOMPARE(notSent.size(), 1);
    QVERIFY(!notSent.first().first().toString().isEmpty());
    QCOMPARE(m_view->composer()->text(), tooLong);
    QCOMPARE((*m_store)->messages().conversation(m_alice, m_bob.id)->size(), 0);
}

void TestConversationView::actionsFollowTheMessagePolicy()
{
    const Message theirs = m_store->send(m_bob, m_alice, QStringLiteral("from bob"));
    const Message mine = m_store->send(m_alice, m_bob, QStringLiteral("from alice"));
    m_view->open(m_bob);

    QVERIFY(m_view->select(theirs.id));
    QVERIFY(action("actionReply")->isEnabled());
    QVERIFY(!action("actionEdit")->isEnabled());
    QVERIFY(!action("actionDelete")->isEnabled());
    QVERIFY(!action("actionHistory")->isEnabled());
    QVERIFY(action("actionMarkUnread")->isEnabled()); // read by selecting it

    QVERIFY(m_view->select(mine.id));
    QVERIFY(action("actionReply")->isEnabled());
    QVERIFY(action("actionEdit")->isEnabled());
    QVERIFY(action("actionDelete")->isEnabled());
    QVERIFY(!action("actionMarkUnread")->isEnabled()); // only the receiver marks

    QVERIFY(
        (*m_store)->messages().edit(m_alice, mine.id, QStringLiteral("from alice, edited")).ok());
    QTRY_VERIFY(action("actionHistory")->isEnabled());

    // Edit puts the own message in the composer; on bob's it does nothing.
    action("actionEdit")->trigger();
    QCOMPARE(m_view->composer()->mode(), Composer::Mode::Edit);
    QCOMPARE(m_view->composer()->targetId(), mine.id);
    m_view->composer()->cancelMode();
    QVERIFY(m_view->select(theirs.id));
    m_view->editSelected();
    QCOMPARE(m_view->composer()->mode(), Composer::Mode::Compose);
}

void TestConversationView::eachConversationKeepsItsDraft()
{
    m_view->open(m_bob);
    m_view->composer()->setText(QStringLiteral("for bob, later"));
    m_view->open(m_carol);
    QVERIFY(m_view->composer()->text().isEmpty());
    m_view->composer()->setText(QStringLiteral("for carol"));
    m_view->open(m_bob);
    QCOMPARE(m_view->composer()->text(), QStringLiteral("for bob, later"));
    m_view->open(m_carol);
    QCOMPARE(m_view->composer()->text(), QStringLiteral("for carol"));
}

void TestConversationView::openMessageRevealsADeepReply()
{
    Message parent = m_store->send(m_bob, m_alice, QStringLiteral("root"));
    for (int depth = 1; depth <= 5; ++depth)
        parent = m_store->send(depth % 2 ? m_alice : m_bob, depth % 2 ? m_bob : m_alice,
                               QStringLiteral("level %1").arg(depth), parent.id);
    auto *tree = test::child<QTreeView>(m_view.get(), "threadView");
    tree->collapseAll();

    QVERIFY(m_view->openMessage(parent.id));
    QCOMPARE(m_view->peer().id, m_bob.id);
    QCOMPARE(m_view->selectedMessage().id, parent.id);
    for (QModelIndex ancestor = tree->currentIndex().parent(); ancestor.isValid();
         ancestor = ancestor.parent())
        QVERIFY(tree->isExpanded(ancestor));
}

void TestConversationView::deleteAsksFirstThenDeletes()
{
    const Message mine = m_store->send(m_alice, m_bob, QStringLiteral("regrettable"));
    m_view->open(m_bob);
    QVERIFY(m_view->select(mine.id));

    m_view->deleteSelected();
    auto *box = test::child<QMessageBox>(m_view.get(), "confirmDeleteBox");
    QVERIFY(box);
    QVERIFY(box->informativeText().contains(QStringLiteral("regrettable")));
    QVERIFY((*m_store)->messages().get(m_alice, mine.id).ok()); // not before the answer
    QTest::mouseClick(test::child<QPushButton>(box, "confirmDeleteButton"), Qt::LeftButton);
    QCOMPARE((*m_store)->messages().get(m_alice, mine.id).error().code, StoreError::NotFound);
    QTRY_COMPARE(m_view->threadModel()->rowCount(), 0);
}

void TestConversationView::peerDeletingTheirAccountClosesTheConversation()
{
    m_store->send(m_bob, m_alice, QStringLiteral("goodbye"));
    m_view->open(m_bob);
    QSignalSpy status(m_view.get(), &ConversationView::statusMessage);
    QSignalSpy changed(m_view.get(), &ConversationView::peerChanged);

    QVERIFY(
        (*m_store)->users().remove(m_bob, test::TestStore::passwordOf(QStringLiteral("bob"))).ok());

    QTRY_VERIFY(!m_view->peer().isValid());
    QCOMPARE(changed.size(), 1);
    QVERIFY(!status.isEmpty());
    QCOMPARE(status.last().first().toString(),
             QStringLiteral("That person's account has been deleted."));
    QVERIFY(!m_view->composer()->isEnabled() || m_view->composer()->text().isEmpty());
    // Said where the conversation was, not only in passing.
    QVERIFY(test::child<QLabel>(m_view.get(), "emptyStateLabel")
                ->text()
                .contains(QStringLiteral("bob has deleted their account")));
}

void TestConversationView::composerTakesTheFocusWithoutLookingForItsEditor()
{
    m_view->open(m_bob);
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_view->focusComposer();
    QTRY_COMPARE(QApplication::focusWidget(), test::child<QWidget>(m_view.get(), "composerEdit"));
}

void TestConversationView::deletingMovesTheSelectionWithoutMarkingTheNeighbourRead()
{
    const Message mine = m_store->send(m_alice, m_bob, QStringLiteral("mine, to delete"));
    const Message unread = m_store->send(m_bob, m_alice, QStringLiteral("not read yet"));
    m_view->open(m_bob);
    QVERIFY(m_view->select(mine.id));

    QVERIFY((*m_store)->messages().remove(m_alice, mine.id).ok());
    QTRY_COMPARE(m_view->threadModel()->rowCount(), 1);
    // The view put its cursor on the neighbour, but nobody chose to read it.
    QCOMPARE(m_view->selectedMessage().id, unread.id);
    QVERIFY(!(*m_store)->messages().get(m_alice, unread.id)->read);

    // Choosing it (here through select(), as a click or a notification does) reads it.
    m_view->select(mine.id); // gone: nothing selected anew
    auto *tree = test::child<QTreeView>(m_view.get(), "threadView");
    test::clickRow(tree, m_view->threadModel()->indexForMessage(unread.id));
    QVERIFY((*m_store)->messages().get(m_alice, unread.id)->read);
}

void TestConversationView::contextMenuOffersOnlyWhatApplies()
{
    const Message theirs = m_store->send(m_bob, m_alice, QStringLiteral("from bob"));
    const Message reply = m_store->send(m_alice, m_bob, QStringLiteral("my reply"), theirs.id);
    m_view->open(m_bob);
    auto names = [this] {
        QStringList list;
        for (const QAction *action : m_view->contextActions())
            list << action->objectName();
        return list;
    };

    QVERIFY(m_view->select(theirs.id));
    QCOMPARE(names(), (QStringList{QStringLiteral("actionCopy"), QStringLiteral("actionReply"),
                                   QStringLiteral("actionMarkUnread"),
                                   QStringLiteral("actionMarkUnreadFromHere")}));

    QVERIFY(m_view->select(reply.id));
    QCOMPARE(names(), (QStringList{QStringLiteral("actionCopy"), QStringLiteral("actionReply"),
                                   QStringLiteral("actionEdit"), QStringLiteral("actionDelete"),
                                   QStringLiteral("actionGoToParent"),
                                   QStringLiteral("actionMarkUnreadFromHere")}));
    // Every action that has keys shows them in the menu.
    for (const QAction *action : m_view->contextActions())
        if (action->objectName() != QStringLiteral("actionMarkUnreadFromHere"))
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->objectName()));
}

void TestConversationView::copyPutsTheWholeTextOnTheClipboard()
{
    const QString text = QStringLiteral("first line\n\nsecond paragraph <b>as written</b>");
    const Message message = m_store->send(m_bob, m_alice, text);
    m_view->open(m_bob);
    QVERIFY(m_view->select(message.id));
    QGuiApplication::clipboard()->clear();
    action("actionCopy")->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), text);
}

void TestConversationView::aReplyLeadsToItsParent()
{
    const Message root = m_store->send(m_bob, m_alice, QStringLiteral("root"));
    const Message reply = m_store->send(m_alice, m_bob, QStringLiteral("reply"), root.id);
    m_view->open(m_bob);
    QVERIFY(m_view->select(reply.id));
    QVERIFY(action("actionGoToParent")->isEnabled());
    action("actionGoToParent")->trigger();
    QCOMPARE(m_view->selectedMessage().id, root.id);
    QVERIFY(!action("actionGoToParent")->isEnabled()); // a root has no parent
}

void TestConversationView::jumpToLatestShowsWhileScrolledUp()
{
    for (int i = 0; i < 40; ++i)
        m_store->send(i % 2 ? m_alice : m_bob, i % 2 ? m_bob : m_alice,
                      QStringLiteral("message %1").arg(i));
    m_view->open(m_bob);
    auto *tree = test::child<QTreeView>(m_view.get(), "threadView");
    auto *button = test::child<QToolButton>(m_view.get(), "jumpToLatestButton");
    QVERIFY(button);
    QScrollBar *bar = tree->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());
    QVERIFY(!button->isVisible()); // at the newest message already

    bar->setValue(bar->maximum() - bar->pageStep() * 2);
    QTRY_VERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(bar->value(), bar->maximum());
    QTRY_VERIFY(!button->isVisible());
}

QTEST_MAIN(TestConversationView)
#include "tst_conversationview.moc"

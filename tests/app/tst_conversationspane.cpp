#include "apptest.h"
#include "conversationlistmodel.h"
#include "conversationspane.h"
#include "messagerepository.h"
#include "teststore.h"
#include "unreadmodel.h"

#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>

using namespace signalbox;

// The conversations pane alone over a temporary store: it says what the person chose and
// nothing else.
class TestConversationsPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void clickingAConversationChoosesItsPeer();
    void followingTheOpenConversationChoosesNothing();
    void anUnreadMessageIsChosenFromItsTab();
    void newConversationIsAskedFor();

private:
    std::unique_ptr<test::TestStore> m_store;
    std::unique_ptr<ConversationsPane> m_pane;
    User m_alice;
    User m_bob;
    User m_carol;
};

void TestConversationsPane::initTestCase()
{
    test::useFastPasswordHashing();
}

void TestConversationsPane::init()
{
    m_store = std::make_unique<test::TestStore>();
    QVERIFY(m_store->isValid());
    m_alice = m_store->addUser(QStringLiteral("alice"));
    m_bob = m_store->addUser(QStringLiteral("bob"));
    m_carol = m_store->addUser(QStringLiteral("carol"));
    m_store->send(m_bob, m_alice, QStringLiteral("from bob"));
    m_store->send(m_carol, m_alice, QStringLiteral("from carol"));
    m_pane = std::make_unique<ConversationsPane>(&m_store->store(), m_alice);
    m_pane->resize(300, 500);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestConversationsPane::cleanup()
{
    m_pane.reset();
    m_store.reset();
}

void TestConversationsPane::clickingAConversationChoosesItsPeer()
{
    QSignalSpy chosen(m_pane.get(), &ConversationsPane::conversationChosen);
    auto *list = test::child<QListView>(m_pane.get(), "conversationList");
    const int row = m_pane->conversationModel()->rowForPeer(m_bob.id);
    QVERIFY(row >= 0);
    test::clickRow(list, m_pane->conversationModel()->index(row));
    QVERIFY(!chosen.isEmpty());
    const User peer = chosen.last().first().value<User>();
    QCOMPARE(peer.id, m_bob.id);
    QCOMPARE(peer.username, QStringLiteral("bob"));
    QCOMPARE(m_pane->peerAt(m_carol.id).username, QStringLiteral("carol"));
    QVERIFY(!m_pane->peerAt(m_alice.id).isValid());
}

void TestConversationsPane::followingTheOpenConversationChoosesNothing()
{
    QSignalSpy chosen(m_pane.get(), &ConversationsPane::conversationChosen);
    auto *list = test::child<QListView>(m_pane.get(), "conversationList");
    m_pane->setCurrentPeer(m_carol.id);
    QCOMPARE(list->currentIndex().data(ConversationListModel::PeerIdRole).toLongLong(), m_carol.id);
    m_pane->setCurrentPeer(m_alice.id); // no conversation with oneself: nothing selected
    QVERIFY(!list->selectionModel()->hasSelection());
    QCOMPARE(chosen.size(), 0);
}

void TestConversationsPane::anUnreadMessageIsChosenFromItsTab()
{
    auto *tabs = test::child<QTabWidget>(m_pane.get(), "sidebarTabs");
    const int unreadTab = tabs->indexOf(test::child(m_pane.get(), "unreadTab"));
    QCOMPARE(tabs->tabText(unreadTab), QStringLiteral("Unread (2)"));

    QSignalSpy chosen(m_pane.get(), &ConversationsPane::messageChosen);
    m_pane->showUnread();
    QCOMPARE(tabs->currentIndex(), unreadTab);
    auto *list = test::child<QListView>(m_pane.get(), "unreadList");
    const Message newest = m_pane->unreadModel()->messageAt(0);
    test::clickRow(list, m_pane->unreadModel()->index(0));
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first().toLongLong(), newest.id);

    QVERIFY((*m_store)->messages().markRead(m_alice, newest.id).ok());
    QTRY_COMPARE(tabs->tabText(unreadTab), QStringLiteral("Unread (1)"));
}

void TestConversationsPane::newConversationIsAskedFor()
{
    QSignalSpy asked(m_pane.get(), &ConversationsPane::newConversationRequested);
    QTest::mouseClick(test::child<QPushButton>(m_pane.get(), "newConversationButton"),
                      Qt::LeftButton);
    QCOMPARE(asked.size(), 1);
}

QTEST_MAIN(TestConversationsPane)
#include "tst_conversationspane.moc"

#include "apptest.h"
#include "messagerepository.h"
#include "notificationmodel.h"
#include "notificationrepository.h"
#include "notificationsdock.h"
#include "teststore.h"

#include <QListView>
#include <QPushButton>
#include <QSignalSpy>

using namespace signalbox;

// The notifications dock alone over a temporary store.
class TestNotificationsDock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void activatingMarksReadAndChoosesTheMessage();
    void titleCountsAndMarkAllReadClears();

private:
    std::unique_ptr<test::TestStore> m_store;
    std::unique_ptr<NotificationsDock> m_dock;
    User m_alice;
    User m_bob;
};

void TestNotificationsDock::initTestCase()
{
    test::useFastPasswordHashing();
}

void TestNotificationsDock::init()
{
    m_store = std::make_unique<test::TestStore>();
    QVERIFY(m_store->isValid());
    m_alice = m_store->addUser(QStringLiteral("alice"));
    m_bob = m_store->addUser(QStringLiteral("bob"));
    m_dock = std::make_unique<NotificationsDock>(&m_store->store(), m_alice);
    m_dock->resize(300, 400);
    m_dock->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dock.get()));
}

void TestNotificationsDock::cleanup()
{
    m_dock.reset();
    m_store.reset();
}

void TestNotificationsDock::activatingMarksReadAndChoosesTheMessage()
{
    const Message message = m_store->send(m_bob, m_alice, QStringLiteral("ping"));
    QTRY_COMPARE(m_dock->model()->rowCount(), 1);
    QSignalSpy chosen(m_dock.get(), &NotificationsDock::messageChosen);

    test::clickRow(test::child<QListView>(m_dock.get(), "notificationList"),
                   m_dock->model()->index(0));

    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first().toLongLong(), message.id);
    QCOMPARE(*(*m_store)->notifications().unreadCount(m_alice), 0);
}

void TestNotificationsDock::titleCountsAndMarkAllReadClears()
{
    auto *markAll = test::child<QPushButton>(m_dock.get(), "markAllReadButton");
    QCOMPARE(m_dock->windowTitle(), QStringLiteral("Notifications"));
    QVERIFY(!markAll->isEnabled());

    m_store->send(m_bob, m_alice, QStringLiteral("one"));
    m_store->send(m_bob, m_alice, QStringLiteral("two"));
    QTRY_COMPARE(m_dock->windowTitle(), QStringLiteral("Notifications (2)"));
    QVERIFY(markAll->isEnabled());

    QSignalSpy status(m_dock.get(), &NotificationsDock::statusMessage);
    QTest::mouseClick(markAll, Qt::LeftButton);
    QCOMPARE(*(*m_store)->notifications().unreadCount(m_alice), 0);
    QTRY_COMPARE(m_dock->windowTitle(), QStringLiteral("Notifications"));
    QVERIFY(!markAll->isEnabled());
    QCOMPARE(status.size(), 1);
}

QTEST_MAIN(TestNotificationsDock)
#include "tst_notificationsdock.moc"

#include "demodata.h"
#include "historyrepository.h"
#include "messagerepository.h"
#include "notificationrepository.h"
#include "store.h"
#include "teststore.h"
#include "threadrepository.h"
#include "userrepository.h"

#include <QTest>

#include <algorithm>

using namespace signalbox;

class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void populatesAndReturnsAlice();
    void threadsAreDeep();
    void editsHaveHistory();
    void someReadSomeUnread();
    void timesLookReal();
    void secondRunFails();
};

void TestDemoData::populatesAndReturnsAlice()
{
    test::TestStore store;
    auto alice = DemoData::populate(store.store());
    QVERIFY2(alice.ok(), qPrintable(alice.ok() ? QString() : alice.error().message));
    QCOMPARE(alice->username, QStringLiteral("alice"));

    auto users = store->users().list();
    QVERIFY(users.ok());
    QStringList names;
    for (const User &user : *users)
        names.append(user.username);
    names.sort();
    QCOMPARE(names, DemoData::usernames());

    for (const QString &name : DemoData::usernames())
        QVERIFY(store->users().authenticate(name, DemoData::password()).ok());

    // alice talks with each of the others.
    for (const QString &peer :
         {QStringLiteral("bob"), QStringLiteral("carol"), QStringLiteral("dave")}) {
        auto other = store->users().byName(peer);
        QVERIFY(other.ok());
        auto conversation = store->messages().conversation(*alice, other->id);
        QVERIFY(conversation.ok());
        QVERIFY2(conversation->size() >= 3, qPrintable(peer));
    }
}

void TestDemoData::threadsAreDeep()
{
    test::TestStore store;
    auto alice = DemoData::populate(store.store());
    QVERIFY(alice.ok());
    auto bob = store->users().byName(QStringLiteral("bob"));
    QVERIFY(bob.ok());
    auto page = store->threads().page(*alice, bob->id, 50);
    QVERIFY(page.ok());
    int deepest = 0;
    for (const Message &message : page->messages)
        deepest = std::max(deepest, message.depth);
    QVERIFY2(deepest >= 4, qPrintable(QString::number(deepest)));
}

void TestDemoData::editsHaveHistory()
{
    test::TestStore store;
    auto alice = DemoData::populate(store.store());
    QVERIFY(alice.ok());
    int edited = 0;
    int withTwoVersions = 0;
    for (const QString &peer :
         {QStringLiteral("bob"), QStringLiteral("carol"), QStringLiteral("dave")}) {
        auto other = store->users().byName(peer);
        QVERIFY(other.ok());
        auto conversation = store->messages().conversation(*alice, other->id);
        QVERIFY(conversation.ok());
        for (const Message &message : *conversation) {
            if (!message.edited)
                continue;
            ++edited;
            auto history = store->history().forMessage(*alice, message.id);
            QVERIFY(history.ok());
            QVERIFY(!history->isEmpty());
            QVERIFY(history->first().oldContent != message.content);
            if (history->size() >= 2)
                ++withTwoVersions;
        }
    }
    QVERIFY(edited >= 3);
    QVERIFY(withTwoVersions >= 1);
}

void TestDemoData::someReadSomeUnread()
{
    test::TestStore store;
    auto alice = DemoData::populate(store.store());
    QVERIFY(alice.ok());
    auto unread = store->messages().unreadCount(*alice);
    QVERIFY(unread.ok());
    QVERIFY(*unread >= 3);
    auto notifications = store->notifications().listFor(*alice);
    QVERIFY(notifications.ok());
    const auto readCount = std::count_if(notifications->cbegin(), notifications->cend(),
                                         [](const Notification &n) { return n.read; });
    QVERIFY(readCount >= 5);
    QCOMPARE(notifications->size() - readCount, qsizetype(*unread));
    // The unread ones are the newest.
    auto unreadList = store->messages().unreadFor(*alice);
    QVERIFY(unreadList.ok());
    for (const Notification &n : *notifications) {
        if (n.read)
            QVERIFY(n.message.timestamp < unreadList->last().timestamp);
    }
}

void TestDemoData::timesLookReal()
{
    test::TestStore store;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    auto alice = DemoData::populate(store.store());
    QVERIFY(alice.ok());
    auto bob = store->users().byName(QStringLiteral("bob"));
    QVERIFY(bob.ok());
    auto conversation = store->messages().conversation(*alice, bob->id);
    QVERIFY(conversation.ok());
    QDateTime previous;
    for (const Message &message : *conversation) {
        QVERIFY(message.timestamp > before.addDays(-4));
        QVERIFY(message.timestamp <= before);
        if (previous.isValid())
            QVERIFY(message.timestamp >= previous.addSecs(60));
        previous = message.timestamp;
    }
    // The clock is handed back: new rows get the real time again.
    const QDateTime now = store->now();
    QVERIFY(now >= before);
}

void TestDemoData::secondRunFails()
{
    test::TestStore store;
    QVERIFY(DemoData::populate(store.store()).ok());
    auto again = DemoData::populate(store.store());
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, StoreError::Duplicate);
    QVERIFY(store->now() >= QDateTime::currentDateTimeUtc().addSecs(-60));
}

QTEST_MAIN(TestDemoData)
#include "tst_demodata.moc"

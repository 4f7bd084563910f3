#include "teststore.h"
#include "viewcache.h"

#include "messagerepository.h"
#include "threadmodel.h"
#include "userrepository.h"

#include <QTest>

using namespace signalbox;

class tst_ViewCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void hitRunsNoStatements();
    void changesDropTheEntry_data();
    void changesDropTheEntry();
    void otherConversationsKeepTheirEntry();
    void anotherViewerMisses();
    void expiresWithTheInjectedClock();
    void userRemovalDropsTheirEntries();
    void budgetBoundsTheMessages();
    void pageSizeIsThreadModels();

private:
    std::unique_ptr<test::TestStore> m_ts;
    User m_alice;
    User m_bob;
    User m_carol;
    Message m_first;
    Message m_reply;
    qint64 m_now = 1000;
};

void tst_ViewCache::init()
{
    m_ts = std::make_unique<test::TestStore>();
    QVERIFY(m_ts->isValid());
    m_alice = m_ts->addUser(QStringLiteral("alice"));
    m_bob = m_ts->addUser(QStringLiteral("bob"));
    m_carol = m_ts->addUser(QStringLiteral("carol"));
    m_first = m_ts->send(m_alice, m_bob, QStringLiteral("first"));
    m_reply = m_ts->send(m_bob, m_alice, QStringLiteral("reply"), m_first.id);
    m_ts->send(m_alice, m_carol, QStringLiteral("to carol"));
    m_now = 1000;
}

void tst_ViewCache::cleanup()
{
    m_ts.reset();
}

void tst_ViewCache::hitRunsNoStatements()
{
    ViewCache cache(&m_ts->store());
    auto miss = cache.page(m_bob, m_alice.id);
    QVERIFY(miss);
    QCOMPARE(miss->messages.size(), 2);
    QCOMPARE(cache.misses(), 1);
    QCOMPARE(cache.hits(), 0);

    const qint64 before = m_ts->store().statementCount();
    auto hit = cache.page(m_bob, m_alice.id);
    QCOMPARE(m_ts->store().statementCount() - before, 0);
    QVERIFY(hit);
    QCOMPARE(hit->messages, miss->messages);
    QCOMPARE(hit->hasOlder, miss->hasOlder);
    QCOMPARE(cache.hits(), 1);
    QCOMPARE(cache.misses(), 1);
    QVERIFY(cache.contains(m_bob.id, m_alice.id));

    cache.clear();
    QVERIFY(!cache.contains(m_bob.id, m_alice.id));
    QVERIFY(cache.page(m_bob, m_alice.id));
    QCOMPARE(cache.misses(), 2);
}

void tst_ViewCache::changesDropTheEntry_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("new message") << QStringLiteral("new");
    QTest::newRow("edit") << QStringLiteral("edit");
    QTest::newRow("read") << QStringLiteral("read");
    QTest::newRow("delete") << QStringLiteral("delete");
}

void tst_ViewCache::changesDropTheEntry()
{
    QFETCH(QString, change);
    ViewCache cache(&m_ts->store());
    QVERIFY(cache.page(m_bob, m_alice.id));
    QVERIFY(cache.page(m_alice, m_bob.id)); // both sides of the conversation
    MessageRepository &messages = m_ts->store().messages();
    Id newId = 0;
    if (change == QLatin1String("new"))
        newId = m_ts->send(m_alice, m_bob, QStringLiteral("late"), m_reply.id).id;
    else if (change == QLatin1String("edit"))
        QVERIFY(messages.edit(m_alice, m_first.id, QStringLiteral("first, edited")));
    else if (change == QLatin1String("read"))
        QVERIFY(messages.markRead(m_bob, m_first.id));
    else
        QVERIFY(messages.remove(m_bob, m_reply.id));
    QVERIFY(!cache.contains(m_bob.id, m_alice.id));
    QVERIFY(!cache.contains(m_alice.id, m_bob.id));

    auto page = cache.page(m_bob, m_alice.id);
    QVERIFY(page);
    QCOMPARE(cache.misses(), 3);
    QCOMPARE(cache.hits(), 0);
    // What the page shows is what the store holds now.
    auto fresh = m_ts->store().threads().page(m_bob, m_alice.id, ThreadModel::PageSize);
    QVERIFY(fresh);
    QCOMPARE(page->messages, fresh->messages);
    if (change == QLatin1String("new")) {
        QCOMPARE(page->messages.size(), 3);
        QCOMPARE(page->messages.last().id, newId);
    } else if (change == QLatin1String("edit")) {
        QCOMPARE(page->messages.first().content, QStringLiteral("first, edited"));
    } else if (change == QLatin1String("read")) {
        QVERIFY(page->messages.first().read);
    } else {
        QCOMPARE(page->messages.size(), 1);
    }
}

void tst_ViewCache::otherConversationsKeepTheirEntry()
{
    ViewCache cache(&m_ts->store());
    QVERIFY(cache.page(m_bob, m_alice.id));
    m_ts->send(m_carol, m_alice, QStringLiteral("unrelated"));
    QVERIFY(cache.contains(m_bob.id, m_alice.id));
    QVERIFY(cache.page(m_bob, m_alice.id));
    QCOMPARE(cache.hits(), 1);
}

void tst_ViewCache::anotherViewerMisses()
{
    ViewCache cache(&m_ts->store());
    auto bobs = cache.page(m_bob, m_alice.id);
    QVERIFY(bobs);
    auto alices = cache.page(m_alice, m_bob.id);
    QVERIFY(alices);
    QCOMPARE(cache.misses(), 2);
    QCOMPARE(cache.hits(), 0);
    // Carol asking for bob's conversation with alice gets her own (empty) view, not bob's.
    auto carols = cache.page(m_carol, m_alice.id);
    QVERIFY(carols);
    QCOMPARE(carols->messages.size(), 1);
    QCOMPARE(carols->messages.first().content, QStringLiteral("to carol"));
    QCOMPARE(cache.misses(), 3);
    QVERIFY((ViewKey{m_bob.id, m_alice.id} != ViewKey{m_alice.id, m_bob.id}));
}

void tst_ViewCache::expiresWithTheInjectedClock()
{
    ViewCache cache(&m_ts->store());
    cache.setClock([this] { return m_now; });
    cache.setMaxAge(std::chrono::seconds(60));
    QVERIFY(cache.page(m_bob, m_alice.id));
    m_now += 59999;
    QVERIFY(cache.page(m_bob, m_alice.id));
    QCOMPARE(cache.hits(), 1);
    m_now += 1;
    const qint64 before = m_ts->store().statementCount();
    QVERIFY(cache.page(m_bob, m_alice.id));
    QCOMPARE(m_ts->store().statementCount() - before, 1);
    QCOMPARE(cache.misses(), 2);
    // The reload started a new 60 s.
    m_now += 30000;
    QVERIFY(cache.page(m_bob, m_alice.id));
    QCOMPARE(cache.hits(), 2);
    cache.setMaxAge(std::chrono::milliseconds(10));
    QVERIFY(cache.page(m_bob, m_alice.id));
    QCOMPARE(cache.misses(), 3);
}

void tst_ViewCache::userRemovalDropsTheirEntries()
{
    ViewCache cache(&m_ts->store());
    QVERIFY(cache.page(m_bob, m_alice.id));
    QVERIFY(cache.page(m_carol, m_alice.id));
    QVERIFY(cache.page(m_carol, m_bob.id)); // empty, but cached
    QVERIFY(m_ts->store().users().remove(m_carol,
                                         test::TestStore::passwordOf(QStringLiteral("carol"))));
    QVERIFY(!cache.contains(m_carol.id, m_alice.id));
    QVERIFY(!cache.contains(m_carol.id, m_bob.id));
    QVERIFY(cache.contains(m_bob.id, m_alice.id));
}

void tst_ViewCache::budgetBoundsTheMessages()
{
    ViewCache cache(&m_ts->store());
    cache.setBudget(2);
    QCOMPARE(cache.budget(), 2);
    QVERIFY(cache.page(m_bob, m_alice.id)); // 2 messages: the whole budget
    QVERIFY(cache.contains(m_bob.id, m_alice.id));
    QVERIFY(cache.page(m_carol, m_alice.id)); // 1 more: the older entry goes
    QVERIFY(cache.contains(m_carol.id, m_alice.id));
    QVERIFY(!cache.contains(m_bob.id, m_alice.id));
    QCOMPARE(cache.size(), 1);
}

void tst_ViewCache::pageSizeIsThreadModels()
{
    for (int i = 0; i < ThreadModel::PageSize + 5; ++i)
        m_ts->send(m_alice, m_carol, QStringLiteral("n%1").arg(i));
    ViewCache cache(&m_ts->store());
    auto page = cache.page(m_carol, m_alice.id);
    QVERIFY(page);
    QCOMPARE(page->messages.size(), ThreadModel::PageSize);
    QVERIFY(page->hasOlder);
}

QTEST_MAIN(tst_ViewCache)
#include "tst_viewcache.moc"

#include "messagerepository.h"
#include "notificationrepository.h"
#include "teststore.h"
#include "traybackend.h"
#include "traynotifier.h"

#include <QSignalSpy>
#include <QTest>

using namespace signalbox;

namespace {

// Records what the notifier asks of the tray instead of showing anything.
class FakeTrayBackend : public TrayBackend
{
    Q_OBJECT

public:
    struct Bubble
    {
        QString title;
        QString body;
        Id messageId = 0;
    };

    explicit FakeTrayBackend(bool available = true)
        : m_available(available)
    {}

    bool isAvailable() const override { return m_available; }
    void setVisible(bool on) override
    {
        visible = on;
        ++visibilityCalls;
    }
    void setUnreadCount(int count, const QString &tip) override
    {
        shownCount = count;
        toolTip = tip;
        ++countCalls;
    }
    void showBubble(const QString &title, const QString &body, Id messageId) override
    {
        bubbles.append({title, body, messageId});
    }

    void click(Id messageId) { emit bubbleClicked(messageId); }

    bool visible = false;
    int visibilityCalls = 0;
    int shownCount = -1;
    int countCalls = 0;
    QString toolTip;
    QList<Bubble> bubbles;

private:
    bool m_available = true;
};

} // namespace

class TestTrayNotifier : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void countAtStartUp();
    void bubbleForNewNotification();
    void noBubbleForOtherUsers();
    void readingUpdatesCount();
    void doNotDisturbSilencesBubbles();
    void clickOpensMessage();
    void unavailableTrayShowsNothing();
    void longMessagePreview();
    void toolTipPlural();

private:
    std::unique_ptr<test::TestStore> m_store;
    User m_alice;
    User m_bob;
    User m_carol;
};

void TestTrayNotifier::init()
{
    m_store = std::make_unique<test::TestStore>();
    QVERIFY(m_store->isValid());
    m_alice = m_store->addUser(QStringLiteral("alice"));
    m_bob = m_store->addUser(QStringLiteral("bob"));
    m_carol = m_store->addUser(QStringLiteral("carol"));
    QVERIFY(m_alice.isValid() && m_bob.isValid() && m_carol.isValid());
}

void TestTrayNotifier::cleanup()
{
    m_store.reset();
}

void TestTrayNotifier::countAtStartUp()
{
    m_store->send(m_alice, m_bob, QStringLiteral("Hi bob"));
    m_store->send(m_alice, m_bob, QStringLiteral("Are you there?"));
    const Message read = m_store->send(m_carol, m_bob, QStringLiteral("Lunch?"));
    QVERIFY(m_store->store().messages().markRead(m_bob, read.id).ok());
    m_store->send(m_bob, m_alice, QStringLiteral("Not for alice's count"));

    FakeTrayBackend backend;
    TrayNotifier notifier(&m_store->store(), m_bob, &backend);
    QCOMPARE(notifier.unreadCount(), 2);
    QVERIFY(backend.visible);
    QCOMPARE(backend.shownCount, 2);
    QCOMPARE(backend.toolTip, TrayNotifier::toolTipFor(2));
    QVERIFY(backend.toolTip.contains(QLatin1String("2")));
    QVERIFY(backend.bubbles.isEmpty()); // old messages make no bubbles
}

void TestTrayNotifier::bubbleForNewNotification()
{
    FakeTrayBackend backend;
    TrayNotifier notifier(&m_store->store(), m_bob, &backend);
    QSignalSpy counts(&notifier, &TrayNotifier::unreadCountChanged);
    QCOMPARE(notifier.unreadCount(), 0);
    QCOMPARE(backend.shownCount, 0);

    const Message sent = m_store->send(m_alice, m_bob, QStringLiteral("  Release is\ntagged!  "));
    QVERIFY(sent.isValid());
    QCOMPARE(backend.bubbles.size(), 1);
    QCOMPARE(backend.bubbles[0].title, QStringLiteral("alice"));
    QCOMPARE(backend.bubbles[0].body, QStringLiteral("Release is tagged!"));
    QCOMPARE(backend.bubbles[0].messageId, sent.id);
    QCOMPARE(notifier.unreadCount(), 1);
    QCOMPARE(backend.shownCount, 1);
    QCOMPARE(counts.size(), 1);
    QCOMPARE(counts.at(0).at(0).toInt(), 1);

    const Message reply = m_store->send(m_carol, m_bob, QStringLiteral("Congratulations"));
    QCOMPARE(backend.bubbles.size(), 2);
    QCOMPARE(backend.bubbles[1].title, QStringLiteral("carol"));
    QCOMPARE(backend.bubbles[1].messageId, reply.id);
    QCOMPARE(notifier.unreadCount(), 2);
    QCOMPARE(backend.toolTip, TrayNotifier::toolTipFor(2));
}

void TestTrayNotifier::noBubbleForOtherUsers()
{
    FakeTrayBackend backend;
    TrayNotifier notifier(&m_store->store(), m_bob, &backend);
    const int countCalls = backend.countCalls;
    m_store->send(m_alice, m_carol, QStringLiteral("Just between us"));
    m_store->send(m_bob, m_alice, QStringLiteral("bob's own message"));
    QVERIFY(backend.bubbles.isEmpty());
    QCOMPARE(notifier.unreadCount(), 0);
    // Changes that do not concern bob leave his tray alone.
    QCOMPARE(backend.countCalls, countCalls);
}

void TestTrayNotifier::readingUpdatesCount()
{
    const Message first = m_store->send(m_alice, m_bob, QStringLiteral("one"));
    m_store->send(m_alice, m_bob, QStringLiteral("two"));
    FakeTrayBackend backend;
    TrayNotifier notifier(&m_store->store(), m_bob, &backend);
    QCOMPARE(notifier.unreadCount(), 2);

    QVERIFY(m_store->store().messages().markRead(m_bob, first.id).ok());
    QCOMPARE(notifier.unreadCount(), 1);
    QCOMPARE(backend.shownCount, 1);
    QCOMPARE(backend.toolTip, TrayNotifier::toolTipFor(1));

    QVERIFY(m_store->store().notifications().markAllRead(m_bob).ok());
    QCOMPARE(notifier.unreadCount(), 0);
    QCOMPARE(backend.shownCount, 0);
    QCOMPARE(backend.toolTip, TrayNotifier::toolTipFor(0));
    QVERIFY(backend.bubbles.isEmpty());
}

void TestTrayNotifier::doNotDisturbSilencesBubbles()
{
    FakeTrayBackend backend;
    TrayNotifier notifier(&m_store->store(), m_bob, &backend);
    QSignalSpy toggled(&notifier, &TrayNotifier::doNotDisturbChanged);
    notifier.setDoNotDisturb(true);
    QVERIFY(notifier.doNotDisturb());
    QCOMPARE(toggled.size(), 1);
    notifier.setDoNotDisturb(true);
    QCOMPARE(toggled.size(), 1);

    m_store->send(m_alice, m_bob, QStringLiteral("Quiet please"));
    QVERIFY(backend.bubbles.isEmpty());
    QCOMPARE(notifier.unreadCount(), 1);
    QCOMPARE(backend.shownCount, 1);

    notifier.setDoNotDisturb(false);
    const Message loud = m_store->send(m_carol, m_bob, QStringLiteral("Back again"));
    QCOMPARE(backend.bubbles.size(), 1);
    QCOMPARE(backend.bubbles[0].messageId, loud.id);
    QCOMPARE(notifier.unreadCount(), 2);
}

void TestTrayNotifier::clickOpensMessage()
{
    FakeTrayBackend backend;
    TrayNotifier notifier(&m_store->store(), m_bob, &backend);
    QSignalSpy open(&notifier, &TrayNotifier::openMessageRequested);
    QSignalSpy show(&notifier, &TrayNotifier::showWindowRequested);
    const Message sent = m_store->send(m_alice, m_bob, QStringLiteral("Click me"));
    QCOMPARE(backend.bubbles.size(), 1);

    backend.click(backend.bubbles[0].messageId);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).value<Id>(), sent.id);

    emit backend.activated();
    QCOMPARE(show.size(), 1);
}

void TestTrayNotifier::unavailableTrayShowsNothing()
{
    m_store->send(m_alice, m_bob, QStringLiteral("Before"));
    FakeTrayBackend backend(false);
    TrayNotifier notifier(&m_store->store(), m_bob, &backend);
    QCOMPARE(notifier.unreadCount(), 1);

    const Message sent = m_store->send(m_alice, m_bob, QStringLiteral("After"));
    QVERIFY(sent.isValid());
    QCOMPARE(notifier.unreadCount(), 2);
    QVERIFY(!backend.visible);
    QCOMPARE(backend.visibilityCalls, 0);
    QCOMPARE(backend.countCalls, 0);
    QVERIFY(backend.bubbles.isEmpty());
}

void TestTrayNotifier::longMessagePreview()
{
    FakeTrayBackend backend;
    TrayNotifier notifier(&m_store->store(), m_bob, &backend);
    m_store->send(m_alice, m_bob, QString(5000, QLatin1Char('x')));
    QCOMPARE(backend.bubbles.size(), 1);
    const QString body = backend.bubbles[0].body;
    QVERIFY(body.size() <= 140);
    QVERIFY(body.endsWith(QChar(0x2026)));
    QVERIFY(body.startsWith(QLatin1String("xxxx")));
}

void TestTrayNotifier::toolTipPlural()
{
    // Without a translator the %n forms come back in English with the number in them.
    QCOMPARE(TrayNotifier::toolTipFor(1), QStringLiteral("Signalbox: 1 unread message(s)"));
    QVERIFY(TrayNotifier::toolTipFor(7).contains(QLatin1String("7")));
    QVERIFY(!TrayNotifier::toolTipFor(0).contains(QLatin1String("0")));
}

QTEST_MAIN(TestTrayNotifier)
#include "tst_traynotifier.moc"

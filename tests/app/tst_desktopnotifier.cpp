// DesktopNotifier over a fake notification server: what it asks the server to show, when it
// withdraws a notification, and what the actions do to the store.
#include "changefeed.h"
#include "desktopnotifier.h"
#include "messagerepository.h"
#include "notificationserver.h"
#include "teststore.h"
#include "traybackend.h"
#include "traynotifier.h"
#include "userrepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace signalbox;

namespace {

// Records the requests instead of showing anything. Answers at once unless told to hold.
class FakeNotificationServer : public NotificationServer
{
    Q_OBJECT

public:
    explicit FakeNotificationServer(QStringList capabilities)
        : m_capabilities(std::move(capabilities))
    {}

    QStringList capabilities() const override { return m_capabilities; }
    void notify(const Request &request, std::function<void(uint)> shown) override
    {
        requests.append(request);
        // As the specification says: an update keeps the id of what it replaces.
        const uint id = request.replacesId != 0 ? request.replacesId : nextId++;
        if (request.replacesId == 0)
            ids.append(id);
        if (hold)
            held.append([shown, id] { shown(id); });
        else
            shown(id);
    }
    void close(uint id) override { closed.append(id); }

    void answerHeld()
    {
        const auto answers = std::exchange(held, {});
        for (const auto &answer : answers)
            answer();
    }
    void invoke(uint id, const QString &key) { emit actionInvoked(id, key); }
    void reply(uint id, const QString &text) { emit replied(id, text); }
    void dismiss(uint id) { emit NotificationServer::closed(id, 2); }

    QList<Request> requests;
    QList<uint> ids;
    QList<uint> closed;
    bool hold = false;
    uint nextId = 41;

private:
    QStringList m_capabilities;
    QList<std::function<void()>> held;
};

class NullTray : public TrayBackend
{
    Q_OBJECT

public:
    bool isAvailable() const override { return true; }
    void setVisible(bool) override {}
    void setUnreadCount(int, const QString &) override {}
    void showBubble(const QString &title, const QString &, Id) override { bubbles.append(title); }
    QStringList bubbles;
};

const QStringList PlainServer{QStringLiteral("actions"), QStringLiteral("body")};
const QStringList MarkupServer{QStringLiteral("actions"), QStringLiteral("body"),
                               QStringLiteral("body-markup")};
const QStringList ReplyServer{QStringLiteral("actions"), QStringLiteral("body"),
                              QStringLiteral("inline-reply")};

QStringList actionKeys(const NotificationServer::Request &request)
{
    QStringList keys;
    for (qsizetype i = 0; i + 1 < request.actions.size(); i += 2)
        keys << request.actions.at(i);
    return keys;
}

} // namespace

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void newMessageIsNotified();
    void markupIsEscapedForMarkupServers();
    void replyOnlyWhereTheServerCanReply();
    void otherUsersMessagesAreNotShown();
    void doNotDisturbSilences();
    void readHereWithdraws();
    void readInAnotherProcessWithdraws();
    void markedUnreadAgainStays();
    void deletedWithdraws();
    void readBeforeTheServerAnswered();
    void openActionOpensTheMessage();
    void markReadActionMarksRead();
    void replySendsAReplyAndReads();
    void emptyReplyWritesNothing();
    void actionsOfOtherNotificationsAreIgnored();
    void dismissedIsForgotten();
    void editUpdatesInPlace();
    void trayHandsBubblesToTheServer();
    void statementsPerChange();

private:
    std::unique_ptr<test::TestStore> m_store;
    User m_alice;
    User m_bob;
    User m_carol;
};

void TestDesktopNotifier::init()
{
    m_store = std::make_unique<test::TestStore>();
    QVERIFY(m_store->isValid());
    m_alice = m_store->addUser(QStringLiteral("alice"));
    m_bob = m_store->addUser(QStringLiteral("bob"));
    m_carol = m_store->addUser(QStringLiteral("carol"));
}

void TestDesktopNotifier::cleanup()
{
    m_store.reset();
}

void TestDesktopNotifier::newMessageIsNotified()
{
    m_store->send(m_alice, m_bob, QStringLiteral("old, before the window"));
    FakeNotificationServer server(PlainServer);
    DesktopNotifier notifier(&m_store->store(), m_bob, &server);
    QVERIFY(server.requests.isEmpty()); // what came before is not announced

    const Message sent = m_store->send(m_alice, m_bob, QStringLiteral("Lunch\nat  noon?"));
    QCOMPARE(server.requests.size(), 1);
    const auto &request = server.requests.first();
    QCOMPARE(request.summary, QStringLiteral("alice"));
    QCOMPARE(request.body, QStringLiteral("Lunch at noon?"));
    QCOMPARE(request.appIcon, QStringLiteral("signalbox"));
    QCOMPARE(request.hints.value(QStringLiteral("category")).toString(),
             QStringLiteral("im.received"));
    QCOMPARE(request.hints.value(QStringLiteral("desktop-entry")).toString(),
             QStringLiteral("signalbox"));
    QCOMPARE(actionKeys(request),
             (QStringList{QStringLiteral("default"), QStringLiteral("mark-read")}));
    QCOMPARE(notifier.shownMessages(), QList<Id>{sent.id});
}

void TestDesktopNotifier::markupIsEscapedForMarkupServers()
{
    const QString text = QStringLiteral("<b>bold</b> & <a href=\"x\">link</a>");
    FakeNotificationServer markup(MarkupServer);
    FakeNotificationServer plain(PlainServer);
    DesktopNotifier withMarkup(&m_store->store(), m_bob, &markup);
    DesktopNotifier withoutMarkup(&m_store->store(), m_bob, &plain);
    m_store->send(m_alice, m_bob, text);
    QCOMPARE(markup.requests.size(), 1);
    QCOMPARE(markup.requests.first().body,
             QStringLiteral("&lt;b&gt;bold&lt;/b&gt; &amp; &lt;a href=\"x\"&gt;link&lt;/a&gt;"));
    QCOMPARE(plain.requests.first().body, text);
    // The summary is never markup.
    QCOMPARE(DesktopNotifier::bodyFor(QStringLiteral("a<b"), true), QStringLiteral("a&lt;b"));
}

void TestDesktopNotifier::replyOnlyWhereTheServerCanReply()
{
    FakeNotificationServer server(ReplyServer);
    DesktopNotifier notifier(&m_store->store(), m_bob, &server);
    QVERIFY(notifier.canReply());
    m_store->send(m_alice, m_bob, QStringLiteral("Are you there?"));
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(actionKeys(server.requests.first()),
             (QStringList{QStringLiteral("default"), QStringLiteral("mark-read"),
                          QStringLiteral("inline-reply")}));
}

void TestDesktopNotifier::otherUsersMessagesAreNotShown()
{
    FakeNotificationServer server(PlainServer);
    DesktopNotifier notifier(&m_store->store(), m_bob, &server);
    m_store->send(m_alice, m_carol, QStringLiteral("for carol"));
    m_store->send(m_bob, m_alice, QStringLiteral("bob's own"));
    QVERIFY(server.requests.isEmpty());
}

void TestDesktopNotifier::doNotDisturbSilences()
{
    FakeNotificationServer server(PlainServer);
    DesktopNotifier notifier(&m_store->store(), m_bob, &server);
    notifier.setDoNotDisturb(true);
    m_store->send(m_alice, m_bob, QStringLiteral("quiet"));
    QVERIFY(server.requests.isEmpty());
    notifier.setDoNotDisturb(false);
    m_store->send(m_alice, m_bob, QStringLiteral("loud"));
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(server.requests.first().body, QStringLiteral("loud"));
}

void TestDesktopNotifier::readHereWithdraws()
{
    FakeNotificationServer server(PlainServer);
    DesktopNotifier notifier(&m_store->store(), m_bob, &server);
    const Message first = m_store->send(m_alice, m_bob, QStringLiteral("one"));
    const Message second = m_store->send(m_carol, m_bob, QStringLiteral("two"));
    QCOMPARE(server.ids.size(), 2);
    QVERIFY(m_store->store().messages().markRead(m_bob, second.id));
    QCOMPARE(server.closed, QList<uint>{server.ids.at(1)});
    QCOMPARE(notifier.shownMessages(), QList<Id>{first.id});
}

void TestDesktopNotifier::readInAnotherProcessWithdraws()
{
    if (test::TestStore::onPostgres())
        QSKIP("the SQLite file is opened a second time");
    FakeNotificationServer server(PlainServer);
    DesktopNotifier notifier(&m_store->store(), m_bob, &server);
    ChangeFeed feed(&m_store->store());
    QVERIFY(feed.start(60 * 60 * 1000)); // polled by hand below
    const Message sent = m_store->send(m_alice, m_bob, QStringLiteral("read elsewhere"));
    QCOMPARE(server.ids.size(), 1);

    auto other = Store::open(m_store->path());
    QVERIFY(other);
    QVERIFY((*other)->messages().markRead(m_bob, sent.id));
    QVERIFY(server.closed.isEmpty());
    auto polled = feed.poll();
    QVERIFY(polled);
    QCOMPARE(*polled, 1);
    QCOMPARE(server.closed, server.ids);
}

void TestDesktopNotifier::markedUnreadAgainStays()
{
    FakeNotificationServer server(PlainServer);
    DesktopNotifier notifier(&m_store->store(), m_bob, &server);
    const Message first = m_store->send(m_alice, m_bob, QStringLiteral("one"));
    const Message second = m_store->send(m_alice, m_bob, QStringLiteral("two"));
    QVERIFY(m_store->store().messages().markRead(m_bob, first.id));
    QCOMPARE(server.closed.size(), 1);
    // "Mark unread from here" on the first touches the read flag of both: the second stays.
    auto marked = m_store->store().messages().markUnreadFrom(m_bob, first.id);
    QVERIFY(marked);
    QCOMPARE(server.closed.size(), 1);
    QCOMPARE(notifier.shownMessages(), QList<Id>{second.id});
}

void TestDesktopNotifier::deletedWithdraws()
{
    FakeNotificationServer server(PlainServer);
    DesktopNotifier notifier(&m_store->store(), m_bob, &server);
    const Message sent = m_store->send(m_alice, m_bob, QStringLiteral("oops"));
    auto removed = m_store->store().messages().remove(m_alice, sent.id);
    QVERIFY(removed);
    QCOMPARE(server.closed, server.ids);
    QVERIFY(notifier.shownMessages().isEmpty());
}

void TestDesktopNotifier::readBeforeTheServerAnswered()
{
    FakeNotificationServer server(PlainServer);
    server.hold = true;
    DesktopNotifier notifier(&m_store->store(), m_bob, &server);
    const Message sent = m_store->send(m_alice, m_bob, QStringLiteral("quick read"));
    QCOMPARE(notifier.shownMessages(), QList<Id>{sent.id});
    QVERIFY(m_store->store().messages().markRead(m_bob, sent.id));
    QVERIFY(server.closed.isEmpty()); // no id to close yet
    server.answerHeld();
    QCOMPARE(server.closed, server.ids);
    QVERIFY(notifier.shownMessages().isEmpty());
}

void TestDesktopNotifier::openActionOpensTheMessage()
{
    FakeNotificationServer server(PlainServer);
    DesktopNotifier notifier(&m_store->store(), m_bob, &server);
    QSignalSpy open(&notifier, &DesktopNotifier::openMessageRequested);
    m_store->send(m_alice, m_bob, QStringLiteral("one"));
    const Message second = m_store->send(m_alice, m_bob, QStringLiteral("two"));
    server.invoke(server.ids.at(1), DesktopNotifier::OpenAction);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().value<Id>(), second.id);
    // Opening does not mark anything read by itself: the thread view does that.
    auto message = m_store->store().messages().get(m_bob, second.id);
    QVERIFY(message && !message->read);
}

void TestDesktopNotifier::markReadActionMarksRead()
{
    FakeNotificationServer server(PlainServer);
    DesktopNotifier notifier(&m_store->store(), m_bob, &server);
    const Message first = m_store->send(m_alice, m_bob, QStringLiteral("one"));
    const Message second = m_store->send(m_alice, m_bob, QStringLiteral("two"));
    server.invoke(server.ids.at(0), DesktopNotifier::MarkReadAction);
    QVERIFY(m_store->store().messages().get(m_bob, first.id)->read);
    QVERIFY(!m_store->store().messages().get(m_bob, second.id)->read);
    QCOMPARE(server.closed, QList<uint>{server.ids.at(0)});
}

void TestDesktopNotifier::replySendsAReplyAndReads()
{
    FakeNotificationServer server(ReplyServer);
    DesktopNotifier notifier(&m_store->store(), m_bob, &server);
    const Message root = m_store->send(m_alice, m_bob, QStringLiteral("root"));
    const Message question = m_store->send(m_alice, m_bob, QStringLiteral("coffee?"), root.id);
    QSignalSpy changed(&m_store->store(), &Store::changed);
    server.reply(server.ids.at(1), QStringLiteral("yes, at ten"));
    QCOMPARE(changed.count(), 1); // one transaction: the reply and the read flag

    auto thread = m_store->store().messages().conversation(m_bob, m_alice.id);
    QVERIFY(thread);
    QCOMPARE(thread->size(), 3);
    const Message &reply = thread->last();
    QCOMPARE(reply.content, QStringLiteral("yes, at ten"));
    QCOMPARE(reply.senderId, m_bob.id);
    QCOMPARE(reply.receiverId, m_alice.id);
    QCOMPARE(reply.parentId, question.id);
    QVERIFY(m_store->store().messages().get(m_bob, question.id)->read);
    QVERIFY(!m_store->store().messages().get(m_bob, root.id)->read);
    QCOMPARE(server.closed, QList<uint>{server.ids.at(1)});
}

void TestDesktopNotifier::emptyReplyWritesNothing()
{
    FakeNotificationServer server(ReplyServer);
    DesktopNotifier notifier(&m_store->store(), m_bob, &server);
    const Message question = m_store->send(m_alice, m_bob, QStringLiteral("coffee?"));
    QSignalSpy changed(&m_store->store(), &Store::changed);
    QSignalSpy errors(&notifier, &DesktopNotifier::errorOccurred);
    server.reply(server.ids.at(0), QStringLiteral("   "));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_store->store().messages().conversation(m_bob, m_alice.id)->size(), 1);
    QVERIFY(!m_store->store().messages().get(m_bob, question.id)->read);
    QVERIFY(server.closed.isEmpty());
}

void TestDesktopNotifier::actionsOfOtherNotificationsAreIgnored()
{
    FakeNotificationServer server(ReplyServer);
    DesktopNotifier notifier(&m_store->store(), m_bob, &server);
    const Message sent = m_store->send(m_alice, m_bob, QStringLiteral("mine"));
    QSignalSpy open(&notifier, &DesktopNotifier::openMessageRequested);
    QSignalSpy changed(&m_store->store(), &Store::changed);
    server.invoke(9999, DesktopNotifier::OpenAction);
    server.invoke(9999, DesktopNotifier::MarkReadAction);
    server.reply(9999, QStringLiteral("to whom?"));
    QCOMPARE(open.count(), 0);
    QCOMPARE(changed.count(), 0);
    QVERIFY(!m_store->store().messages().get(m_bob, sent.id)->read);
}

void TestDesktopNotifier::dismissedIsForgotten()
{
    FakeNotificationServer server(PlainServer);
    DesktopNotifier notifier(&m_store->store(), m_bob, &server);
    const Message sent = m_store->send(m_alice, m_bob, QStringLiteral("dismiss me"));
    server.dismiss(server.ids.at(0));
    QVERIFY(notifier.shownMessages().isEmpty());
    QVERIFY(m_store->store().messages().markRead(m_bob, sent.id));
    QVERIFY(server.closed.isEmpty()); // nothing left to close
}

void TestDesktopNotifier::editUpdatesInPlace()
{
    FakeNotificationServer server(MarkupServer);
    DesktopNotifier notifier(&m_store->store(), m_bob, &server);
    const Message sent = m_store->send(m_alice, m_bob, QStringLiteral("see you at 5"));
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(server.requests.first().replacesId, 0u);
    auto edited
        = m_store->store().messages().edit(m_alice, sent.id, QStringLiteral("see you at <6>"));
    QVERIFY(edited);
    QCOMPARE(server.requests.size(), 2);
    const auto &update = server.requests.at(1);
    QCOMPARE(update.replacesId, server.ids.at(0));
    QCOMPARE(update.summary, QStringLiteral("alice"));
    QCOMPARE(update.body, QStringLiteral("see you at &lt;6&gt;"));
    QVERIFY(server.closed.isEmpty());
    // The updated notification is the same one: reading closes it.
    QVERIFY(m_store->store().messages().markRead(m_bob, sent.id));
    QCOMPARE(server.closed, QList<uint>{server.ids.at(0)});
}

void TestDesktopNotifier::trayHandsBubblesToTheServer()
{
    NullTray tray;
    TrayNotifier trayNotifier(&m_store->store(), m_bob, &tray);
    m_store->send(m_alice, m_bob, QStringLiteral("a bubble"));
    QCOMPARE(tray.bubbles.size(), 1);

    auto *server = new FakeNotificationServer(PlainServer);
    auto *desktop = new DesktopNotifier(&m_store->store(), m_bob, server);
    server->setParent(desktop);
    trayNotifier.setDoNotDisturb(true);
    trayNotifier.useDesktopNotifier(desktop);
    QCOMPARE(trayNotifier.desktopNotifier(), desktop);
    QVERIFY(desktop->doNotDisturb());
    m_store->send(m_alice, m_bob, QStringLiteral("silenced"));
    QVERIFY(server->requests.isEmpty());

    trayNotifier.setDoNotDisturb(false);
    QVERIFY(!desktop->doNotDisturb());
    QSignalSpy open(&trayNotifier, &TrayNotifier::openMessageRequested);
    const Message sent = m_store->send(m_alice, m_bob, QStringLiteral("on the desktop"));
    QCOMPARE(server->requests.size(), 1);
    QCOMPARE(tray.bubbles.size(), 1);        // no second bubble
    QCOMPARE(trayNotifier.unreadCount(), 3); // the count still follows the store
    server->invoke(server->ids.at(0), DesktopNotifier::OpenAction);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().value<Id>(), sent.id);
}

// What the notifier reads for a change: measured from the moment the change is announced
// (a receiver connected before the notifier's) to the end of the write.
void TestDesktopNotifier::statementsPerChange()
{
    Store &store = m_store->store();
    qint64 atAnnouncement = -1;
    connect(&store, &Store::changed, this,
            [&] { atAnnouncement = store.database().statementCount(); });
    FakeNotificationServer server(PlainServer);
    DesktopNotifier notifier(&store, m_bob, &server);
    auto spent = [&] {
        return store.database().statementCount() - atAnnouncement;
    };

    // A new message: its notification, read once.
    m_store->send(m_alice, m_bob, QStringLiteral("one"));
    QCOMPARE(spent(), 1);
    // Nothing for a conversation the viewer is not in.
    m_store->send(m_alice, m_carol, QStringLiteral("not bob's"));
    QCOMPARE(spent(), 0);
    for (int i = 0; i < 4; ++i)
        m_store->send(m_alice, m_bob, QStringLiteral("more %1").arg(i));
    QCOMPARE(server.ids.size(), 5);
    // Marking one of them read: one look at that message.
    const QList<Id> shown = notifier.shownMessages();
    QVERIFY(store.messages().markRead(m_bob, shown.first()));
    QCOMPARE(spent(), 1);
    QCOMPARE(server.closed.size(), 1);
    // The whole conversation read: one query for all four, not one each.
    auto marked = store.messages().markConversationRead(m_bob, m_alice.id);
    QVERIFY(marked);
    QCOMPARE(*marked, 4);
    QCOMPARE(spent(), 1);
    QCOMPARE(server.closed.size(), 5);
    QVERIFY(notifier.shownMessages().isEmpty());
}

QTEST_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"

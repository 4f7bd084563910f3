#include "changefeed.h"
#include "conversationlistmodel.h"
#include "messagerepository.h"
#include "teststore.h"
#include "threadmodel.h"
#include "traybackend.h"
#include "traynotifier.h"
#include "viewcache.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace signalbox;

namespace {

// Records what the tray would show.
class RecordingTray : public TrayBackend
{
public:
    bool isAvailable() const override { return true; }
    void setVisible(bool) override {}
    void setUnreadCount(int count, const QString &) override { unread = count; }
    void showBubble(const QString &title, const QString &body, Id messageId) override
    {
        bubbles.append({title, body, messageId});
    }

    struct Bubble
    {
        QString title;
        QString body;
        Id messageId;
    };
    int unread = -1;
    QList<Bubble> bubbles;
};

// alice sends bob a message from another process (the CLI); its exit code.
int aliceSendsElsewhere(test::TestStore &ts, const QString &text, Id replyTo = 0)
{
    QProcess send;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SIGNALBOX_PASSWORD"),
               test::TestStore::passwordOf(QStringLiteral("alice")));
    send.setProcessEnvironment(env);
    QStringList arguments{QStringLiteral("--db"),  ts.path(),
                          QStringLiteral("send"),  QStringLiteral("--as"),
                          QStringLiteral("alice"), QStringLiteral("--to"),
                          QStringLiteral("bob")};
    if (replyTo != 0)
        arguments << QStringLiteral("--reply-to") << QString::number(replyTo);
    send.start(QStringLiteral(SIGNALBOX_CLI), arguments << text);
    if (!send.waitForFinished(30000))
        return -1;
    return send.exitStatus() == QProcess::NormalExit ? send.exitCode() : -1;
}

} // namespace

// What another process commits reaches this one's open conversation, conversation list,
// view cache and tray, without a reload.
class tst_LiveUpdates : public QObject
{
    Q_OBJECT

private slots:
    void messageFromAnotherProcessReachesEveryView();
    void ownReadsAndWritesKeepTheFeedListening();
};

void tst_LiveUpdates::messageFromAnotherProcessReachesEveryView()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const Message first = ts.send(alice, bob, QStringLiteral("first"));
    QVERIFY(first.isValid());

    // Bob's window: the conversation with alice open (through the cache), the list, the tray.
    ViewCache cache(&ts.store());
    ThreadModel thread(&ts.store(), bob);
    thread.setViewCache(&cache);
    thread.setPeer(alice.id);
    ConversationListModel conversations(&ts.store(), bob);
    RecordingTray tray;
    TrayNotifier notifier(&ts.store(), bob, &tray);
    QCOMPARE(thread.rowCount(), 1);
    QCOMPARE(notifier.unreadCount(), 1);
    QVERIFY(cache.contains(bob.id, alice.id));

    ChangeFeed feed(&ts.store());
    QVERIFY(feed.start(25));
    QSignalSpy inserted(&thread, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&thread, &QAbstractItemModel::modelReset);

    QCOMPARE(aliceSendsElsewhere(ts, QStringLiteral("sent elsewhere"), first.id), 0);

    QTRY_COMPARE_WITH_TIMEOUT(inserted.count(), 1, 3000);
    QCOMPARE(reset.count(), 0);
    // The reply is nested under the first message.
    const QModelIndex root = thread.index(0, 0);
    QCOMPARE(thread.rowCount(root), 1);
    QCOMPARE(thread.index(0, 0, root).data(ThreadModel::ContentRole).toString(),
             QStringLiteral("sent elsewhere"));
    QCOMPARE(root.data(ThreadModel::SubtreeUnreadRole).toInt(), 2);

    QTRY_COMPARE_WITH_TIMEOUT(notifier.unreadCount(), 2, 3000);
    QCOMPARE(tray.unread, 2);
    QCOMPARE(tray.bubbles.size(), 1);
    QCOMPARE(tray.bubbles.first().title, QStringLiteral("alice"));
    QVERIFY(tray.bubbles.first().body.contains(QStringLiteral("sent elsewhere")));

    const int row = conversations.rowForPeer(alice.id);
    QVERIFY(row >= 0);
    QCOMPARE(conversations.index(row).data(ConversationListModel::UnreadCountRole).toInt(), 2);
    // The cached page of that conversation was dropped: the next open shows the reply.
    auto page = cache.page(bob, alice.id);
    QVERIFY(page);
    QCOMPARE(page->messages.size(), 2);
}

// The feed listens on the person's own connection (a team store), which every read and write
// of theirs also uses: after any of them, another process's change still arrives. (Qt's
// PostgreSQL driver left the end of a one-row result unread, and libpq parsed no NOTIFY
// behind it until the next statement: the feed heard nothing while the person was idle.)
void tst_LiveUpdates::ownReadsAndWritesKeepTheFeedListening()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    ChangeFeed feed(&ts.store());
    {
        // As the app does: on bob's own connection (a team store; SQLite has one).
        const Store::Acting acting(ts.store(), bob.id);
        QVERIFY(feed.start(25));
    }
    QSignalSpy changed(&ts.store(), &Store::changed);

    // Bob's own statements: a send, then a count, whose one-row result is the last thing his
    // connection did before he sat idle.
    QVERIFY(ts.send(bob, alice, QStringLiteral("from bob")).isValid());
    auto unread = ts->messages().unreadCount(bob);
    QVERIFY(unread.ok());
    QCOMPARE(*unread, 0);
    QTest::qWait(100); // the notice of his own change comes and goes
    changed.clear();

    QCOMPARE(aliceSendsElsewhere(ts, QStringLiteral("from alice, elsewhere")), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 3000);
    const ChangeSet changes = changed.first().first().value<ChangeSet>();
    QCOMPARE(changes.messagesAdded.size(), 1);
}

QTEST_MAIN(tst_LiveUpdates)
#include "tst_liveupdates.moc"

#include "apptest.h"
#include "mainwindow.h"
#include "messagerepository.h"
#include "rawdatabase.h"
#include "teststore.h"

#include <QAction>
#include <QTest>

using namespace signalbox;

// Message ▸ Mark unread from here: the selected message and every later one received in the
// conversation become unread again, with their notifications; earlier ones and the reader's
// own messages are left alone.
class tst_MarkUnread : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings(); }
    void fromHereMarksLaterReceivedMessages();
};

void tst_MarkUnread::fromHereMarksLaterReceivedMessages()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const User carol = ts.addUser(QStringLiteral("carol"));
    const Message first = ts.send(bob, alice, QStringLiteral("first"));
    const Message second = ts.send(bob, alice, QStringLiteral("second"));
    const Message mine = ts.send(alice, bob, QStringLiteral("mine"), second.id);
    const Message third = ts.send(bob, alice, QStringLiteral("third"));
    const Message elsewhere = ts.send(carol, alice, QStringLiteral("not this conversation"));
    for (const Message &m : {first, second, third, elsewhere})
        QVERIFY(ts->messages().markRead(alice, m.id));

    MainWindow window(&ts.store(), alice);
    window.show();
    window.openConversation(bob);
    QVERIFY(window.selectMessage(second.id));
    auto *action = window.findChild<QAction *>(QStringLiteral("actionMarkUnreadFromHere"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    action->trigger();

    test::RawDatabase raw(ts.path());
    const auto readOf = [&raw](Id id) {
        return raw.scalar(QStringLiteral("SELECT read FROM messages WHERE id = ?"), {id}).toInt();
    };
    QCOMPARE(readOf(first.id), 1);
    QCOMPARE(readOf(second.id), 0);
    QCOMPARE(readOf(third.id), 0);
    QCOMPARE(readOf(mine.id), 0); // bob has not read it: alice's action never touches it
    QCOMPARE(readOf(elsewhere.id), 1);
    QCOMPARE(raw.scalar(QStringLiteral(
                            "SELECT count(*) FROM notifications WHERE user_id = ? AND read = 0"),
                        {alice.id})
                 .toInt(),
             2);
    QCOMPARE(ts->messages().unreadCount(alice).value(), 2);
}

QTEST_MAIN(tst_MarkUnread)
#include "tst_markunread.moc"

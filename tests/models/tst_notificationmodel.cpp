#include "modeltesthelpers.h"
#include "notificationmodel.h"
#include "teststore.h"

#include "messagerepository.h"
#include "notificationrepository.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>

using namespace signalbox;

class tst_NotificationModel : public QObject
{
    Q_OBJECT

private slots:
    void follows();
    void listsTheNewestAndCountsThemAll();
    void toolTipShowsMarkupAsWritten_data();
    void toolTipShowsMarkupAsWritten();
};

void tst_NotificationModel::toolTipShowsMarkupAsWritten_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("bold") << QStringLiteral("<b>not bold</b>");
    QTest::newRow("image") << QStringLiteral("<img src=\"file:///etc/passwd\">");
    QTest::newRow("link") << QStringLiteral("<a href=\"https://example.com\">click</a>");
    QTest::newRow("comparison") << QStringLiteral("a < b && c > d");
    QTest::newRow("entity") << QStringLiteral("&lt;escaped&gt; &amp;");
}

// A tool tip renders text that looks like HTML: what a peer wrote must show as written.
void tst_NotificationModel::toolTipShowsMarkupAsWritten()
{
    QFETCH(QString, text);
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    ts.send(bob, alice, text);
    NotificationModel model(&ts.store(), alice);
    QCOMPARE(model.rowCount(), 1);
    const QString toolTip = model.index(0).data(Qt::ToolTipRole).toString();
    QVERIFY(Qt::mightBeRichText(toolTip)); // as QToolTip will see it
    QTextDocument shown;
    shown.setHtml(toolTip);
    QCOMPARE(shown.toPlainText(), text);
}

void tst_NotificationModel::follows()
{
    test::TestStore ts;
    test::useSteppingClock(ts.store());
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const User carol = ts.addUser(QStringLiteral("carol"));
    const Message first = ts.send(bob, alice, QStringLiteral("first"));

    NotificationModel model(&ts.store(), alice);
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal,
                                 &model);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.unreadCount(), 1);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("bob: first"));
    QCOMPARE(model.index(0).data(NotificationModel::MessageIdRole).toLongLong(), first.id);
    QVERIFY(model.index(0).data(Qt::FontRole).value<QFont>().bold());

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy unread(&model, &NotificationModel::unreadCountChanged);

    const QString longText = QStringLiteral("a long message ").repeated(10);
    const Message second = ts.send(carol, alice, longText);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0); // newest at the top
    QCOMPARE(inserted.first().at(2).toInt(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.index(0).data(NotificationModel::SenderNameRole).toString(),
             QStringLiteral("carol"));
    QCOMPARE(model.index(0).data(NotificationModel::ContentRole).toString(), longText);
    QVERIFY(model.index(0).data().toString().endsWith(QChar(0x2026)));
    QCOMPARE(unread.count(), 1);
    QCOMPARE(unread.last().at(0).toInt(), 2);

    // Alice's own messages notify bob, not her.
    ts.send(alice, bob, QStringLiteral("for bob"));
    QCOMPARE(inserted.count(), 1);

    QVERIFY(ts->messages().markRead(alice, first.id));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 1);
    const QList<int> roles = changed.first().at(2).value<QList<int>>();
    QVERIFY(roles.contains(NotificationModel::ReadRole));
    QVERIFY(roles.contains(Qt::FontRole));
    QVERIFY(!roles.contains(NotificationModel::ContentRole));
    QVERIFY(model.index(1).data(NotificationModel::ReadRole).toBool());
    QCOMPARE(model.unreadCount(), 1);
    QCOMPARE(unread.last().at(0).toInt(), 1);

    // An edit changes the preview.
    changed.clear();
    QVERIFY(ts->messages().edit(carol, second.id, QStringLiteral("short now")));
    QCOMPARE(changed.count(), 1);
    QVERIFY(changed.first().at(2).value<QList<int>>().contains(NotificationModel::ContentRole));
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("carol: short now"));

    // Deleting the message takes its notification away.
    QVERIFY(ts->messages().remove(carol, second.id));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 0);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.unreadCount(), 0);
    QCOMPARE(unread.last().at(0).toInt(), 0);
    QCOMPARE(reset.count(), 0);
}

// A busy account's dock holds the newest notifications only; its count is of all unread ones.
void tst_NotificationModel::listsTheNewestAndCountsThemAll()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const int total = NotificationModel::ListedAtMost + 5;
    Message last;
    for (int i = 0; i < total; ++i)
        last = ts.send(bob, alice, QStringLiteral("number %1").arg(i));
    NotificationModel model(&ts.store(), alice);
    QCOMPARE(model.rowCount(), NotificationModel::ListedAtMost);
    QCOMPARE(model.unreadCount(), total);
    QCOMPARE(model.notificationAt(0).messageId, last.id);

    QSignalSpy counted(&model, &NotificationModel::unreadCountChanged);
    QVERIFY(ts->messages().markRead(alice, last.id).ok());
    QCOMPARE(model.unreadCount(), total - 1);
    QCOMPARE(counted.size(), 1);
    QCOMPARE(model.rowCount(), NotificationModel::ListedAtMost);
}

QTEST_MAIN(tst_NotificationModel)
#include "tst_notificationmodel.moc"

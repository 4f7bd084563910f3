#include "conversationlistmodel.h"
#include "modeltesthelpers.h"
#include "teststore.h"

#include "messagerepository.h"
#include "userrepository.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>

using namespace signalbox;

class tst_ConversationListModel : public QObject
{
    Q_OBJECT

private slots:
    void follows();
    void peerRemoval();
    void toolTipShowsMarkupAsWritten();
};

void tst_ConversationListModel::follows()
{
    test::TestStore ts;
    test::useSteppingClock(ts.store());
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const User carol = ts.addUser(QStringLiteral("carol"));
    const User dave = ts.addUser(QStringLiteral("dave"));
    ts.send(bob, alice, QStringLiteral("from bob"));
    ts.send(alice, carol, QStringLiteral("to carol"));

    test::ChangedCost cost(ts.store());
    ConversationListModel model(&ts.store(), alice);
    cost.close();
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal,
                                 &model);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("carol")); // newest first
    QCOMPARE(model.index(1).data(ConversationListModel::PeerIdRole).toLongLong(), bob.id);
    QCOMPARE(model.index(1).data(ConversationListModel::UnreadCountRole).toInt(), 1);
    QVERIFY(model.index(1).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(model.rowForPeer(bob.id), 1);
    QCOMPARE(model.rowForPeer(dave.id), -1);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // bob writes again: his row moves to the top and its data changes; one statement.
    ts.send(bob, alice, QStringLiteral("again"));
    QCOMPARE(cost.last(), 1);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.first().at(1).toInt(), 1);
    QCOMPARE(moved.first().at(4).toInt(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowForPeer(bob.id), 0);
    QCOMPARE(changed.count(), 1);
    const QList<int> roles = changed.first().at(2).value<QList<int>>();
    QVERIFY(roles.contains(ConversationListModel::LastMessageRole));
    QVERIFY(roles.contains(ConversationListModel::UnreadCountRole));
    QVERIFY(roles.contains(ConversationListModel::LastTimestampRole));
    QVERIFY(!roles.contains(ConversationListModel::PeerNameRole));
    QCOMPARE(model.index(0).data(ConversationListModel::LastMessageRole).toString(),
             QStringLiteral("again"));
    QCOMPARE(model.index(0).data(ConversationListModel::UnreadCountRole).toInt(), 2);
    QCOMPARE(model.index(0).data(ConversationListModel::LastSenderIdRole).toLongLong(), bob.id);

    // A new conversation: one insert at the top.
    ts.send(dave, alice, QStringLiteral("hi, I am dave"));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(model.index(0).data(ConversationListModel::PeerNameRole).toString(),
             QStringLiteral("dave"));
    QCOMPARE(model.rowCount(), 3);

    // Reading changes only the unread count (and what shows it).
    changed.clear();
    moved.clear();
    QVERIFY(ts->messages().markConversationRead(alice, bob.id));
    QCOMPARE(moved.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), model.rowForPeer(bob.id));
    QVERIFY(
        changed.first().at(2).value<QList<int>>().contains(ConversationListModel::UnreadCountRole));
    QVERIFY(!changed.first().at(2).value<QList<int>>().contains(
        ConversationListModel::LastMessageRole));
    QCOMPARE(
        model.index(model.rowForPeer(bob.id)).data(ConversationListModel::UnreadCountRole).toInt(),
        0);

    // Someone else's conversation costs nothing.
    changed.clear();
    ts.send(bob, carol, QStringLiteral("not alice's business"));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(cost.last(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 0);
}

// The list's tool tip quotes the last message: markup in it shows as written.
void tst_ConversationListModel::toolTipShowsMarkupAsWritten()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const QString text = QStringLiteral("<b>not bold</b> <img src=\"x.png\"> & a < b");
    ts.send(bob, alice, text);
    ConversationListModel model(&ts.store(), alice);
    QCOMPARE(model.rowCount(), 1);
    QTextDocument shown;
    shown.setHtml(model.index(0).data(Qt::ToolTipRole).toString());
    QCOMPARE(shown.toPlainText(), QStringLiteral("bob: ") + text + QStringLiteral(" (1 unread)"));
}

void tst_ConversationListModel::peerRemoval()
{
    test::TestStore ts;
    test::useSteppingClock(ts.store());
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const User carol = ts.addUser(QStringLiteral("carol"));
    ts.send(bob, alice, QStringLiteral("from bob"));
    ts.send(carol, alice, QStringLiteral("from carol"));
    ConversationListModel model(&ts.store(), alice);
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal,
                                 &model);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(ts->users().remove(bob, test::TestStore::passwordOf(QStringLiteral("bob"))));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowForPeer(carol.id), 0);
}

QTEST_MAIN(tst_ConversationListModel)
#include "tst_conversationlistmodel.moc"

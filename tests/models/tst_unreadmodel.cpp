#include "modeltesthelpers.h"
#include "teststore.h"
#include "unreadmodel.h"

#include "messagerepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace signalbox;

class tst_UnreadModel : public QObject
{
    Q_OBJECT

private slots:
    void follows();
};

void tst_UnreadModel::follows()
{
    test::TestStore ts;
    test::useSteppingClock(ts.store());
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const User carol = ts.addUser(QStringLiteral("carol"));
    const Message one = ts.send(bob, alice, QStringLiteral("one"));
    const Message two = ts.send(carol, alice, QStringLiteral("two"));
    ts.send(alice, bob, QStringLiteral("sent by alice"), one.id);

    test::ChangedCost cost(ts.store());
    UnreadModel model(&ts.store(), alice);
    cost.close();
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal,
                                 &model);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data(UnreadModel::MessageIdRole).toLongLong(), two.id);
    QCOMPARE(model.index(1).data(UnreadModel::SenderNameRole).toString(), QStringLiteral("bob"));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    const Message reply = ts.send(bob, alice, QStringLiteral("three"), one.id);
    QCOMPARE(cost.last(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(model.index(0).data(UnreadModel::ParentIdRole).toLongLong(), one.id);
    QCOMPARE(model.index(0).data(UnreadModel::ContentRole).toString(), QStringLiteral("three"));
    QVERIFY(model.index(0).data(UnreadModel::TimestampRole).toDateTime().isValid());

    QVERIFY(ts->messages().markRead(alice, two.id));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 1);
    QCOMPARE(model.rowCount(), 2);

    QVERIFY(ts->messages().markUnread(alice, two.id));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.last().at(1).toInt(), 1);

    QVERIFY(ts->messages().markConversationRead(alice, bob.id));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.messageAt(0).id, two.id);
    QCOMPARE(reset.count(), 0);
    Q_UNUSED(reply);
}

QTEST_MAIN(tst_UnreadModel)
#include "tst_unreadmodel.moc"

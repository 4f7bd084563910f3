#include "modeltesthelpers.h"
#include "teststore.h"
#include "userlistmodel.h"

#include "userrepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace signalbox;

class tst_UserListModel : public QObject
{
    Q_OBJECT

private slots:
    void follows();
};

void tst_UserListModel::follows()
{
    test::TestStore ts;
    test::useSteppingClock(ts.store());
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User carol = ts.addUser(QStringLiteral("carol"));
    const User me = ts.addUser(QStringLiteral("me"));

    UserListModel model(&ts.store(), me);
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal,
                                 &model);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("alice"));
    QCOMPARE(model.index(1).data(UserListModel::UserIdRole).toLongLong(), carol.id);
    QCOMPARE(model.rowForUser(me.id), -1);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const User bob = ts.addUser(QStringLiteral("bob"));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 1); // by name, between alice and carol
    QCOMPARE(model.index(1).data(UserListModel::UserNameRole).toString(), QStringLiteral("bob"));

    QVERIFY(ts->users().remove(alice, test::TestStore::passwordOf(QStringLiteral("alice"))));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.userAt(0).id, bob.id);
    QCOMPARE(reset.count(), 0);
}

QTEST_MAIN(tst_UserListModel)
#include "tst_userlistmodel.moc"

#include "historymodel.h"
#include "modeltesthelpers.h"
#include "teststore.h"

#include "messagerepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace signalbox;

class tst_HistoryModel : public QObject
{
    Q_OBJECT

private slots:
    void versions();
    void refused();
};

void tst_HistoryModel::versions()
{
    test::TestStore ts;
    test::useSteppingClock(ts.store());
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const Message m = ts.send(alice, bob, QStringLiteral("version one"));
    QVERIFY(ts->messages().edit(alice, m.id, QStringLiteral("version two")));

    HistoryModel model(&ts.store(), bob, m.id);
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal,
                                 &model);
    QVERIFY(model.errorString().isEmpty());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data(HistoryModel::ContentRole).toString(),
             QStringLiteral("version one"));
    QCOMPARE(model.index(0).data(HistoryModel::VersionRole).toInt(), 1);
    QCOMPARE(model.index(0).data(HistoryModel::EditedAtRole).toDateTime(), m.timestamp);
    QCOMPARE(model.index(0).data(HistoryModel::EditorRole).toString(), QStringLiteral("alice"));
    QVERIFY(!model.index(0).data(HistoryModel::IsCurrentRole).toBool());
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("version two"));
    QVERIFY(model.index(1).data(HistoryModel::IsCurrentRole).toBool());
    QCOMPARE(model.index(1).data(HistoryModel::VersionRole).toInt(), 2);
    QVERIFY(model.index(1).data(HistoryModel::EditedAtRole).toDateTime() > m.timestamp);
    QVERIFY(model.index(1)
                .data(HistoryModel::DiffHtmlRole)
                .toString()
                .contains(QStringLiteral("two</ins>")));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(ts->messages().edit(alice, m.id, QStringLiteral("version three")));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 2);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!model.index(1).data(HistoryModel::IsCurrentRole).toBool());
    QCOMPARE(model.index(2).data().toString(), QStringLiteral("version three"));

    QVERIFY(model.load());
    QCOMPARE(model.rowCount(), 3);

    // Gone: the model empties and says why.
    QSignalSpy failed(&model, &HistoryModel::errorOccurred);
    QVERIFY(ts->messages().remove(alice, m.id));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(failed.count(), 1);
    QVERIFY(!model.errorString().isEmpty());
}

void tst_HistoryModel::refused()
{
    test::TestStore ts;
    test::useSteppingClock(ts.store());
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const User eve = ts.addUser(QStringLiteral("eve"));
    const Message m = ts.send(alice, bob, QStringLiteral("private"));
    HistoryModel model(&ts.store(), eve, m.id);
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal,
                                 &model);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.load());
    QVERIFY(!model.errorString().isEmpty());

    HistoryModel unedited(&ts.store(), bob, m.id);
    QCOMPARE(unedited.rowCount(), 1);
    QVERIFY(unedited.index(0).data(HistoryModel::IsCurrentRole).toBool());
}

QTEST_MAIN(tst_HistoryModel)
#include "tst_historymodel.moc"

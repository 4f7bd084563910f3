#include "modeltesthelpers.h"
#include "teststore.h"
#include "userlistmodel.h"

#include "rawdatabase.h"
#include "usernames.h"
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
    void lookAlikesAreShownDistinguishably();
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

void tst_UserListModel::lookAlikesAreShownDistinguishably()
{
    if (test::TestStore::onPostgres())
        QSKIP("The old account is written into the SQLite file directly.");
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User carol = ts.addUser(QStringLiteral("carol"));
    const User me = ts.addUser(QStringLiteral("me"));
    UserListModel model(&ts.store(), me);
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal,
                                 &model);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("alice"));

    // An account an older Signalbox let in beside alice, arriving as another program's change.
    const QString lookalike = QStringLiteral("\u0430lice");
    {
        test::RawDatabase raw(ts.path());
        raw.rows(QStringLiteral("INSERT INTO users (username, username_key, username_skeleton, "
                                "password_hash, created_at) VALUES (?, ?, ?, 'x', 0)"),
                 {lookalike, lookalike.toCaseFolded(), Usernames::skeleton(lookalike)});
    }
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 3);
    const int real = model.rowForUser(alice.id);
    int other = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row).data(UserListModel::UserNameRole).toString() == lookalike)
            other = row;
    }
    QVERIFY(other >= 0);
    QCOMPARE(model.index(real).data().toString(), QStringLiteral("alice (Latin)"));
    QCOMPARE(model.index(other).data().toString(),
             lookalike + QStringLiteral(" (Cyrillic, Latin: U+0430)"));
    QCOMPARE(model.index(other).data(UserListModel::UserNameRole).toString(), lookalike);
    QCOMPARE(model.index(other).data(Qt::AccessibleTextRole), model.index(other).data());
    // carol looks like nobody: shown as she is.
    QCOMPARE(model.index(model.rowForUser(carol.id)).data().toString(), QStringLiteral("carol"));
    QVERIFY(!changed.isEmpty());
    // Only the names the newcomer resembles change, and only in how they are shown.
    const QList<int> shown = test::rolesFor(changed, model.index(real));
    QVERIFY(shown.contains(Qt::DisplayRole));
    QVERIFY(shown.contains(Qt::AccessibleTextRole));
    QVERIFY(!shown.contains(UserListModel::UserNameRole));
    QVERIFY(test::rolesFor(changed, model.index(model.rowForUser(carol.id))).isEmpty());
}

QTEST_MAIN(tst_UserListModel)
#include "tst_userlistmodel.moc"

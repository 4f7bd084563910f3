#include "modeltesthelpers.h"
#include "storeassert.h"
#include "teststore.h"

#include "messagerepository.h"
#include "searchmodel.h"
#include "searchrepository.h"
#include "searchsnippet.h"
#include "userrepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace signalbox;

class tst_SearchModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useFastPasswordHashing(); }
    void rowsNewestFirstWithRoles();
    void badQueryEmptiesTheListAndSaysWhy();
    void scopeToOneConversation();
    void followsTheStore();
};

void tst_SearchModel::rowsNewestFirstWithRoles()
{
    test::TestStore ts;
    test::useSteppingClock(ts.store());
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const Message one = ts.send(alice, bob, QStringLiteral("Picnic on Sunday"));
    const Message two = ts.send(bob, alice, QStringLiteral("picnic it is"));
    ts.send(bob, alice, QStringLiteral("unrelated"));

    SearchModel model(&ts.store(), alice);
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal,
                                 &model);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy searched(&model, &SearchModel::searched);
    // The sends wait on the search index's pending list (SQLite): a first search takes them in.
    SB_VERIFY_OK(ts->search().search(alice, QStringLiteral("picnic")));
    const qint64 before = ts->statementCount();
    model.setQuery(QStringLiteral("PICNIC"));
    // The repository's search and nothing else: on SQLite, the question whether changes wait on
    // the list, and the search.
    QCOMPARE(ts->statementCount() - before, test::TestStore::onPostgres() ? 1 : 2);
    QCOMPARE(searched.size(), 1);
    QCOMPARE(searched.first().first().toString(), QString());
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex first = model.index(0);
    QCOMPARE(first.data(SearchModel::MessageIdRole).toLongLong(), two.id);
    QCOMPARE(first.data(SearchModel::PeerIdRole).toLongLong(), bob.id);
    QCOMPARE(first.data(SearchModel::PeerNameRole).toString(), QStringLiteral("bob"));
    QCOMPARE(first.data(SearchModel::SenderNameRole).toString(), QStringLiteral("bob"));
    QCOMPARE(first.data(SearchModel::TimestampRole).toDateTime(), two.timestamp);
    QCOMPARE(first.data(SearchModel::SnippetRole).toString(),
             QString(SearchSnippet::MatchStart) + QStringLiteral("picnic") + SearchSnippet::MatchEnd
                 + QStringLiteral(" it is"));
    QCOMPARE(first.data(Qt::DisplayRole).toString(), QStringLiteral("picnic it is"));
    QVERIFY(first.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("bob")));
    const QModelIndex second = model.index(1);
    QCOMPARE(second.data(SearchModel::MessageIdRole).toLongLong(), one.id);
    QCOMPARE(second.data(SearchModel::PeerNameRole).toString(), QStringLiteral("bob"));
    QCOMPARE(model.hitAt(1).message.content, one.content);
    QCOMPARE(model.roleNames().value(SearchModel::SnippetRole), QByteArray("snippet"));

    model.setQuery(QString());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.errorString(), QString());
}

void tst_SearchModel::badQueryEmptiesTheListAndSaysWhy()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    ts.send(alice, bob, QStringLiteral("hello there"));
    SearchModel model(&ts.store(), alice);
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal,
                                 &model);
    model.setQuery(QStringLiteral("hello"));
    QCOMPARE(model.rowCount(), 1);
    QSignalSpy searched(&model, &SearchModel::searched);
    model.setQuery(QStringLiteral("hello \"there"));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.errorString().contains(QStringLiteral("quotation mark")));
    QCOMPARE(searched.last().first().toString(), model.errorString());
    model.setQuery(QStringLiteral("hello \"there\""));
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.errorString().isEmpty());
}

void tst_SearchModel::scopeToOneConversation()
{
    test::TestStore ts;
    test::useSteppingClock(ts.store());
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const User carol = ts.addUser(QStringLiteral("carol"));
    ts.send(alice, bob, QStringLiteral("plan A"));
    const Message c = ts.send(carol, alice, QStringLiteral("plan C"));
    SearchModel model(&ts.store(), alice);
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal,
                                 &model);
    model.setQuery(QStringLiteral("plan"));
    QCOMPARE(model.rowCount(), 2);
    model.setScopePeer(carol.id);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(SearchModel::MessageIdRole).toLongLong(), c.id);
    model.setScopePeer(0);
    QCOMPARE(model.rowCount(), 2);
}

void tst_SearchModel::followsTheStore()
{
    test::TestStore ts;
    test::useSteppingClock(ts.store());
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const User carol = ts.addUser(QStringLiteral("carol"));
    const User dave = ts.addUser(QStringLiteral("dave"));
    const Message m = ts.send(alice, bob, QStringLiteral("budget draft"));
    SearchModel model(&ts.store(), alice);
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal,
                                 &model);
    model.setQuery(QStringLiteral("budget"));
    QCOMPARE(model.rowCount(), 1);

    const Message n = ts.send(bob, alice, QStringLiteral("budget approved"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data(SearchModel::MessageIdRole).toLongLong(), n.id);

    // Others' conversations do not make it search again.
    QSignalSpy searched(&model, &SearchModel::searched);
    ts.send(carol, dave, QStringLiteral("budget of theirs"));
    QCOMPARE(searched.size(), 0);
    QCOMPARE(model.rowCount(), 2);

    SB_VERIFY_OK(ts->messages().edit(alice, m.id, QStringLiteral("spending draft")));
    QCOMPARE(model.rowCount(), 1);
    SB_VERIFY_OK(ts->messages().remove(bob, n.id));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(tst_SearchModel)
#include "tst_searchmodel.moc"

#include "apptest.h"
#include "teststore.h"

#include "messagerepository.h"
#include "searchmodel.h"
#include "searchpane.h"
#include "searchsnippet.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>

using namespace signalbox;

// The search pane on its own over a temporary store, driven by the keyboard as a person would.
class tst_SearchPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings(); }
    void namesForScreenReaders();
    void resultsFollowTypingWithoutEnter();
    void keyboardOnlyChoosesAResult();
    void escapeCloses();
    void badQuerySaysWhy();
    void scopeToOneConversation();
    void snippetIsEscapedBeforeHighlighting();
};

void tst_SearchPane::namesForScreenReaders()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    SearchPane pane(&ts.store(), alice);
    for (const char *name : {"searchField", "searchResults", "searchStatus", "searchScope"}) {
        auto *widget = test::child(&pane, name);
        QVERIFY2(widget, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
    QCOMPARE(pane.focusProxy(), pane.field());
    QVERIFY(!pane.field()->placeholderText().isEmpty());
}

void tst_SearchPane::resultsFollowTypingWithoutEnter()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    ts.send(bob, alice, QStringLiteral("Café tomorrow?"));
    ts.send(alice, bob, QStringLiteral("cafeteria is closed"));
    ts.send(alice, bob, QStringLiteral("something else"));
    SearchPane pane(&ts.store(), alice);
    pane.show();
    pane.activate();
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    QTest::keyClicks(pane.field(), QStringLiteral("caf"));
    QCOMPARE(pane.results()->model()->rowCount(), 0); // a whole word, not yet a match
    QTest::keyClicks(pane.field(), QStringLiteral("e"));
    QCOMPARE(pane.results()->model()->rowCount(), 1);
    QCOMPARE(pane.results()->model()->index(0, 0).data(SearchModel::PeerNameRole).toString(),
             QStringLiteral("bob"));
    QTest::keyClicks(pane.field(), QStringLiteral("*"));
    QCOMPARE(pane.results()->model()->rowCount(), 2);
    // Emptying the field empties the results, with nothing to complain about.
    pane.clear();
    QCOMPARE(pane.results()->model()->rowCount(), 0);
    QVERIFY(test::child<QLabel>(&pane, "searchStatus")->isHidden());
}

void tst_SearchPane::keyboardOnlyChoosesAResult()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const User carol = ts.addUser(QStringLiteral("carol"));
    const Message older = ts.send(bob, alice, QStringLiteral("the report is late"));
    QTest::qWait(2); // a later timestamp
    const Message newer = ts.send(carol, alice, QStringLiteral("report attached"));
    SearchPane pane(&ts.store(), alice);
    QSignalSpy chosen(&pane, &SearchPane::messageChosen);
    QSignalSpy inConversation(&pane, &SearchPane::messageInConversationChosen);
    pane.show();
    pane.activate();
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    QTest::keyClicks(pane.field(), QStringLiteral("report"));
    QCOMPARE(pane.results()->model()->rowCount(), 2);
    // Enter in the field opens the first (newest) result.
    QTest::keyClick(pane.field(), Qt::Key_Return);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.last().first().value<Id>(), newer.id);
    QCOMPARE(inConversation.last().at(0).value<Id>(), carol.id);
    // Down into the results, down again, Enter: the older one.
    QTest::keyClick(pane.field(), Qt::Key_Down);
    QVERIFY(pane.results()->hasFocus());
    QTest::keyClick(pane.results(), Qt::Key_Down);
    QTest::keyClick(pane.results(), Qt::Key_Return);
    QCOMPARE(chosen.size(), 2);
    QCOMPARE(chosen.last().first().value<Id>(), older.id);
    QCOMPARE(inConversation.last().at(0).value<Id>(), bob.id);
    // Up from the first result goes back to the field.
    QTest::keyClick(pane.results(), Qt::Key_Up);
    QTest::keyClick(pane.results(), Qt::Key_Up);
    QVERIFY(pane.field()->hasFocus());
}

void tst_SearchPane::escapeCloses()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    ts.send(bob, alice, QStringLiteral("hello"));
    SearchPane pane(&ts.store(), alice);
    QSignalSpy closed(&pane, &SearchPane::closed);
    pane.show();
    pane.activate();
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    QTest::keyClicks(pane.field(), QStringLiteral("hello"));
    QTest::keyClick(pane.field(), Qt::Key_Escape);
    QCOMPARE(closed.size(), 1);
    QTest::keyClick(pane.field(), Qt::Key_Down);
    QTest::keyClick(pane.results(), Qt::Key_Escape);
    QCOMPARE(closed.size(), 2);
}

void tst_SearchPane::badQuerySaysWhy()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    SearchPane pane(&ts.store(), alice);
    pane.show();
    QTest::keyClicks(pane.field(), QStringLiteral("before:tomorrow"));
    auto *status = test::child<QLabel>(&pane, "searchStatus");
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().contains(QStringLiteral("YYYY-MM-DD")), qPrintable(status->text()));
    pane.field()->setText(QStringLiteral("nothing"));
    QVERIFY(status->isVisible());
    QVERIFY(!status->text().contains(QStringLiteral("YYYY-MM-DD")));
}

void tst_SearchPane::scopeToOneConversation()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    const User carol = ts.addUser(QStringLiteral("carol"));
    ts.send(bob, alice, QStringLiteral("lunch?"));
    const Message c = ts.send(carol, alice, QStringLiteral("lunch!"));
    SearchPane pane(&ts.store(), alice);
    pane.show();
    pane.setScopePeer(carol.id, carol.username);
    QCOMPARE(pane.scopePeer(), carol.id);
    auto *scope = test::child<QLabel>(&pane, "searchScope");
    QVERIFY(scope->isVisible());
    QVERIFY(scope->text().contains(QStringLiteral("carol")));
    pane.field()->setText(QStringLiteral("lunch"));
    QCOMPARE(pane.results()->model()->rowCount(), 1);
    QCOMPARE(pane.results()->model()->index(0, 0).data(SearchModel::MessageIdRole).value<Id>(),
             c.id);
    pane.setScopePeer(0);
    QVERIFY(scope->isHidden());
    QCOMPARE(pane.results()->model()->rowCount(), 2);
}

void tst_SearchPane::snippetIsEscapedBeforeHighlighting()
{
    const QString snippet = QStringLiteral("<b>x</b> & ") + SearchSnippet::MatchStart
                            + QStringLiteral("<i>hit</i>") + SearchSnippet::MatchEnd;
    const QString html = SearchPane::highlighted(snippet);
    QVERIFY(html.startsWith(QStringLiteral("&lt;b&gt;x&lt;/b&gt; &amp; <b ")));
    QVERIFY(html.contains(QStringLiteral("&lt;i&gt;hit&lt;/i&gt;</b>")));
    QVERIFY(!html.contains(SearchSnippet::MatchStart));
}

QTEST_MAIN(tst_SearchPane)
#include "tst_searchpane.moc"

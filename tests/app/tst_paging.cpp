#include "apptest.h"
#include "mainwindow.h"
#include "teststore.h"
#include "threadmodel.h"

#include <QScrollBar>
#include <QTest>
#include <QTreeView>

using namespace signalbox;

// A long conversation opens on its newest page; older pages load only when the reader
// scrolls to the top, one page at a time, and the view stays on what the reader was reading.
class tst_Paging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings(); }
    void olderPagesLoadOnlyAtTheTop();
};

void tst_Paging::olderPagesLoadOnlyAtTheTop()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    constexpr int Roots = 3 * ThreadModel::PageSize + 7;
    for (int i = 0; i < Roots; ++i)
        QVERIFY(
            ts.send(i % 2 ? alice : bob, i % 2 ? bob : alice, QStringLiteral("message %1").arg(i))
                .isValid());

    MainWindow window(&ts.store(), alice);
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openConversation(bob);
    auto *view = test::child<QTreeView>(&window, "threadView");
    QVERIFY(view);
    ThreadModel *model = window.threadModel();

    // The view is at the newest message and asks for nothing more by itself.
    QTest::qWait(200);
    QCOMPARE(model->loadedRootCount(), ThreadModel::PageSize);
    QVERIFY(model->hasOlder());
    QCOMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());

    // At the top, one older page arrives, and the message that was at the top stays in view.
    const QString topBefore = model->index(0, 0).data(ThreadModel::ContentRole).toString();
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->minimum());
    QTRY_COMPARE(model->loadedRootCount(), 2 * ThreadModel::PageSize);
    QCOMPARE(model->index(ThreadModel::PageSize, 0).data(ThreadModel::ContentRole).toString(),
             topBefore);
    QVERIFY(view->verticalScrollBar()->value() > view->verticalScrollBar()->minimum());

    // Scrolling up again and again reaches the first message, and then stops asking.
    for (int i = 0; i < 10 && model->hasOlder(); ++i) {
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->minimum());
        QCoreApplication::processEvents();
    }
    QCOMPARE(model->loadedRootCount(), Roots);
    QVERIFY(!model->hasOlder());
    QCOMPARE(model->index(0, 0).data(ThreadModel::ContentRole).toString(),
             QStringLiteral("message 0"));
}

QTEST_MAIN(tst_Paging)
#include "tst_paging.moc"

#include "apptest.h"
#include "composer.h"
#include "mainwindow.h"
#include "messagerepository.h"
#include "rawdatabase.h"
#include "teststore.h"

#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QTest>

using namespace signalbox;

class tst_StoreFull : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings(); }
    void fullStoreKeepsTheComposerText();
};

// The disk is full (simulated with the store's page limit): the send fails with a clear
// "store is full", nothing is half-written, the window keeps running and keeps the text.
void tst_StoreFull::fullStoreKeepsTheComposerText()
{
    if (test::TestStore::onPostgres())
        QSKIP("The page limit is SQLite's.");
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    MainWindow window(&ts.store(), alice);
    window.show();
    window.openConversation(bob);
    {
        // No free pages left (migrations that drop indexes leave some), then no new ones.
        QSqlQuery limit(ts->database().connection());
        QVERIFY(limit.exec(QStringLiteral("VACUUM")));
        QVERIFY(limit.exec(QStringLiteral("PRAGMA page_count")) && limit.next());
        const int pages = limit.value(0).toInt();
        limit.finish();
        QVERIFY(limit.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    }
    const QString text = QStringLiteral("x").repeated(MessageRepository::MaxContentLength);
    auto *editor = test::child<QPlainTextEdit>(&window, "composerEdit");
    QVERIFY(editor);
    editor->setPlainText(text);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(window.composer()->text(), text);
    QVERIFY(window.lastError().contains(QStringLiteral("full")));
    QCOMPARE(test::RawDatabase(ts.path()).count(QStringLiteral("messages")), 0);
    QCOMPARE(test::RawDatabase(ts.path()).count(QStringLiteral("notifications")), 0);
    QVERIFY(window.isVisible());
}

QTEST_MAIN(tst_StoreFull)
#include "tst_storefull.moc"

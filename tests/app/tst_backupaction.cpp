#include "apptest.h"
#include "composer.h"
#include "mainwindow.h"
#include "messagerepository.h"
#include "rawdatabase.h"
#include "teststore.h"

#include <QAction>
#include <QFileDialog>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QTest>

using namespace signalbox;

// File ▸ Back up…: a consistent copy of the store while the window keeps using it.
class tst_BackupAction : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings(); }
    void backsUpFromTheFileMenu();
    void refusesToOverwriteAndSaysWhy();
};

void tst_BackupAction::backsUpFromTheFileMenu()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    QVERIFY(ts.send(alice, bob, QStringLiteral("keep me")).isValid());
    MainWindow window(&ts.store(), alice);
    window.show();

    auto *action = window.findChild<QAction *>(QStringLiteral("actionBackUp"));
    QVERIFY(action);
    QVERIFY(!action->text().isEmpty());
    action->trigger();
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<QFileDialog *>(QStringLiteral("backupFileDialog"))));
    QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);

    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("copy.sqlite3"));
    dialog->fileSelected(target);
    dialog->close();
    QVERIFY(QFileInfo::exists(target));
    test::RawDatabase copy(target);
    QCOMPARE(copy.scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
             QStringLiteral("ok"));
    QCOMPARE(copy.count(QStringLiteral("messages")), 1);
    QVERIFY(window.lastError().isEmpty());
}

void tst_BackupAction::refusesToOverwriteAndSaysWhy()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    MainWindow window(&ts.store(), alice);
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("taken.sqlite3"));
    QFile taken(target);
    QVERIFY(taken.open(QIODevice::WriteOnly));
    taken.write("somebody else's file");
    taken.close();

    QVERIFY(!window.backUpTo(target));
    QVERIFY(!window.lastError().isEmpty());
    QVERIFY(window.findChild<QMessageBox *>(QStringLiteral("errorBox")));
    QVERIFY(taken.open(QIODevice::ReadOnly));
    QCOMPARE(taken.readAll(), QByteArray("somebody else's file"));
}

QTEST_MAIN(tst_BackupAction)
#include "tst_backupaction.moc"

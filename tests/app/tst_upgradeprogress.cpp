#include "migrator.h"
#include "upgradeprogress.h"

#include <QApplication>
#include <QPointer>
#include <QProgressDialog>
#include <QTest>

using namespace signalbox;

// The app's side of a long store upgrade: the migrator's progress in a dialog, only while the
// upgrade runs.
class TestUpgradeProgress : public QObject
{
    Q_OBJECT

private slots:
    void showsTheMigratorsProgress();
    void nothingBeforeOrAfter();
};

void TestUpgradeProgress::showsTheMigratorsProgress()
{
    UpgradeProgress progress;
    QVERIFY(!progress.dialog()); // nothing reported yet: nothing shown
    Migrator::reportProgress(QStringLiteral("Building the search index"), 0, 1000000);
    Migrator::reportProgress(QStringLiteral("Building the search index"), 500000, 1000000);
    QProgressDialog *dialog = progress.dialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->objectName(), QStringLiteral("upgradeProgress"));
    QVERIFY(dialog->labelText().startsWith(QStringLiteral("Building the search index…")));
    QCOMPARE(dialog->maximum(), 1001);
    QCOMPARE(dialog->value(), 500);
    QVERIFY(dialog->windowModality() == Qt::ApplicationModal);
}

void TestUpgradeProgress::nothingBeforeOrAfter()
{
    QPointer<QProgressDialog> shown;
    {
        UpgradeProgress progress;
        Migrator::reportProgress(QStringLiteral("step"), 1, 2);
        shown = progress.dialog();
        QVERIFY(shown);
    }
    QVERIFY(!shown); // the dialog goes with the upgrade
    // No handler any more: reporting shows nothing and touches nothing that has gone.
    Migrator::reportProgress(QStringLiteral("step"), 2, 2);
    QVERIFY(QApplication::topLevelWidgets().isEmpty()
            || std::none_of(QApplication::topLevelWidgets().cbegin(),
                            QApplication::topLevelWidgets().cend(), [](const QWidget *w) {
                                return w->objectName() == QStringLiteral("upgradeProgress");
                            }));
}

QTEST_MAIN(TestUpgradeProgress)
#include "tst_upgradeprogress.moc"

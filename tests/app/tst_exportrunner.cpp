#include "apptest.h"
#include "storeassert.h"
#include "teststore.h"

#include "deleteaccountdialog.h"
#include "exportrunner.h"
#include "messagerepository.h"
#include "userrepository.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace signalbox;

// File ▸ Export… and "Download your data first": the export flow with its progress dialog.
class tst_ExportRunner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings(); }
    void exportsWithProgress();
    void cancellingLeavesNoFile();
    void chooserPicksPathAndFormat();
    void deleteAccountOffersTheExportFirst();
};

namespace {

QStringList filesIn(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

bool sendMany(test::TestStore &ts, const User &from, const User &to, int count)
{
    auto written = ts->write([&]() -> Status {
        for (int i = 0; i < count; ++i) {
            auto sent = ts->messages().send(from, to, QStringLiteral("message %1").arg(i));
            if (!sent)
                return sent.error();
        }
        return success();
    });
    return written.ok();
}

} // namespace

void tst_ExportRunner::exportsWithProgress()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    QVERIFY(sendMany(ts, alice, bob, 1200));
    QWidget window;
    window.show();
    ExportRunner runner(&ts.store(), alice, &window);
    runner.setShowErrors(false);
    QSignalSpy progressed(&runner, &ExportRunner::progressed);
    QSignalSpy finished(&runner, &ExportRunner::finished);
    bool dialogSeen = false;
    connect(&runner, &ExportRunner::progressed, this, [&] {
        dialogSeen = dialogSeen
                     || (runner.progressDialog()
                         && runner.progressDialog()->objectName() == QLatin1String("exportProgress")
                         && !runner.progressDialog()->accessibleName().isEmpty());
    });
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bob.json"));
    SB_VERIFY_OK(runner.run(bob.id, Exporter::Format::Json, path));
    QVERIFY(dialogSeen);
    QVERIFY(progressed.size() >= 3); // the start, every 500, the end
    QCOMPARE(progressed.last().at(0).toLongLong(), 1200);
    QCOMPARE(progressed.last().at(1).toLongLong(), 1200);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(filesIn(dir), QStringList{QStringLiteral("bob.json")});
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(doc.value(QStringLiteral("format")).toString(), QStringLiteral("signalbox-export"));
    QVERIFY(!runner.progressDialog());
}

void tst_ExportRunner::cancellingLeavesNoFile()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    QVERIFY(sendMany(ts, alice, bob, 1200));
    QWidget window;
    window.show();
    ExportRunner runner(&ts.store(), alice, &window);
    runner.setShowErrors(false);
    // The person presses Cancel half-way (after 500 of 1,200 messages).
    connect(&runner, &ExportRunner::progressed, this, [&](qint64 done) {
        if (done >= 500 && runner.progressDialog())
            QTest::mouseClick(runner.progressDialog()->findChild<QPushButton *>(), Qt::LeftButton);
    });
    QSignalSpy finished(&runner, &ExportRunner::finished);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("all.html"));
    SB_VERIFY_ERROR(runner.run(0, Exporter::Format::Html, path), StoreError::Cancelled);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(filesIn(dir).isEmpty());
    // An existing file of that name stays as it was.
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("before");
    old.close();
    SB_VERIFY_ERROR(runner.run(0, Exporter::Format::Html, path), StoreError::Cancelled);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("before"));
    QCOMPARE(filesIn(dir), QStringList{QStringLiteral("all.html")});
}

void tst_ExportRunner::chooserPicksPathAndFormat()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    ts.send(alice, bob, QStringLiteral("<b>not bold</b>"));
    QWidget window;
    ExportRunner runner(&ts.store(), alice, &window);
    QTemporaryDir dir;
    QString suggestedSeen;
    runner.setPathChooser([&](const QString &suggested, Exporter::Format *format) {
        suggestedSeen = suggested;
        *format = Exporter::Format::Html;
        return dir.filePath(QStringLiteral("page.html"));
    });
    QVERIFY(runner.exportInteractively(bob.id, bob.username));
    QVERIFY(suggestedSeen.endsWith(QStringLiteral(".html")));
    QVERIFY(suggestedSeen.contains(QStringLiteral("bob")));
    QFile file(dir.filePath(QStringLiteral("page.html")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray html = file.readAll();
    QVERIFY(html.contains("&lt;b&gt;not bold&lt;/b&gt;"));
    // A cancelled save dialog exports nothing.
    runner.setPathChooser([](const QString &, Exporter::Format *) { return QString(); });
    QVERIFY(!runner.exportInteractively());
    QCOMPARE(filesIn(dir), QStringList{QStringLiteral("page.html")});
}

void tst_ExportRunner::deleteAccountOffersTheExportFirst()
{
    test::TestStore ts;
    const User alice = ts.addUser(QStringLiteral("alice"));
    const User bob = ts.addUser(QStringLiteral("bob"));
    ts.send(bob, alice, QStringLiteral("keep a copy of this"));
    DeleteAccountDialog dialog(&ts.store(), alice);
    dialog.show();
    auto *button = test::child<QPushButton>(&dialog, "exportFirstButton");
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QVERIFY(!button->accessibleName().isEmpty());
    QVERIFY(button->text().contains(QStringLiteral("Download your data first")));
    QTemporaryDir dir;
    dialog.exportRunner()->setPathChooser([&](const QString &, Exporter::Format *format) {
        *format = Exporter::Format::Json;
        return dir.filePath(QStringLiteral("alice.json"));
    });
    QSignalSpy exported(&dialog, &DeleteAccountDialog::dataExported);
    QSignalSpy deleted(&dialog, &DeleteAccountDialog::accountDeleted);
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
    QCOMPARE(exported.size(), 1);
    QCOMPARE(exported.first().first().toString(), dir.filePath(QStringLiteral("alice.json")));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("alice.json"))));
    // Exporting deleted nothing, and the dialog is still open for the decision.
    QCOMPARE(deleted.size(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY(ts->users().byName(QStringLiteral("alice")).ok());
}

QTEST_MAIN(tst_ExportRunner)
#include "tst_exportrunner.moc"

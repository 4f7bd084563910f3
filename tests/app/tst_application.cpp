#include "application.h"
#include "apptest.h"
#include "conversationlistmodel.h"
#include "mainwindow.h"
#include "signindialog.h"
#include "store.h"
#include "teststore.h"
#include "userrepository.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

using namespace signalbox;

class TestApplication : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parsesTheCommandLine_data();
    void parsesTheCommandLine();
    void storeUrlPrecedence();
    void startsAtTheSignInDialog();
    void refusesBrokenStores_data();
    void refusesBrokenStores();
    void remembersTheLastUsername();
    void demoSignsInStraightAway();
    void accountDeletedElsewhereEndsTheSession();
    void asksOnlyForANewExplicitStore();
    void askingCreatesOrQuits_data();
    void askingCreatesOrQuits();
    void signInShowsTheStore();

private:
    QTemporaryDir m_dir;
};

void TestApplication::initTestCase()
{
    test::useFastPasswordHashing();
    test::isolateSettings();
    QVERIFY(m_dir.isValid());
}

void TestApplication::parsesTheCommandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("db");
    QTest::addColumn<bool>("demo");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("error");

    QTest::newRow("nothing") << QStringList{} << QString() << false << QString() << false;
    QTest::newRow("db") << QStringList{QStringLiteral("--db"), QStringLiteral("/tmp/a.sqlite3")}
                        << QStringLiteral("/tmp/a.sqlite3") << false << QString() << false;
    QTest::newRow("db=") << QStringList{QStringLiteral("--db=sqlite:/tmp/b")}
                         << QStringLiteral("sqlite:/tmp/b") << false << QString() << false;
    QTest::newRow("demo and lang")
        << QStringList{QStringLiteral("--demo"), QStringLiteral("--lang"), QStringLiteral("de")}
        << QString() << true << QStringLiteral("de") << false;
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--frobnicate")} << QString() << false << QString() << true;
    QTest::newRow("missing value")
        << QStringList{QStringLiteral("--db")} << QString() << false << QString() << true;
    QTest::newRow("stray argument")
        << QStringList{QStringLiteral("file.sqlite3")} << QString() << false << QString() << true;
}

void TestApplication::parsesTheCommandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, db);
    QFETCH(bool, demo);
    QFETCH(QString, language);
    QFETCH(bool, error);

    arguments.prepend(QStringLiteral("signalbox"));
    const Application::Options options = Application::parseArguments(arguments);
    QCOMPARE(!options.error.isEmpty(), error);
    if (error)
        return;
    QCOMPARE(options.storeUrl, db);
    QCOMPARE(options.demo, demo);
    QCOMPARE(options.language, language);
}

void TestApplication::storeUrlPrecedence()
{
    qunsetenv("SIGNALBOX_DB");
    QCOMPARE(Application::resolveStoreUrl({}), Database::defaultUrl());
    qputenv("SIGNALBOX_DB", "/tmp/from-env.sqlite3");
    QCOMPARE(Application::resolveStoreUrl({}), QStringLiteral("/tmp/from-env.sqlite3"));
    QCOMPARE(Application::resolveStoreUrl(QStringLiteral("/tmp/option.sqlite3")),
             QStringLiteral("/tmp/option.sqlite3"));
    qunsetenv("SIGNALBOX_DB");
}

void TestApplication::startsAtTheSignInDialog()
{
    Application app;
    Application::Options options;
    options.storeUrl = m_dir.filePath(QStringLiteral("fresh.sqlite3"));
    QVERIFY(app.start(options).ok());
    QVERIFY(app.store());
    QVERIFY(app.signInDialog());
    QVERIFY(app.signInDialog()->isVisible());
    QVERIFY(!app.mainWindow());
    QVERIFY(QFile::exists(options.storeUrl));
}

void TestApplication::refusesBrokenStores_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("phrase");

    QTest::newRow("not a store") << QStringLiteral("garbage") << int(StoreError::Corrupt)
                                 << QStringLiteral("damaged");
    QTest::newRow("newer schema") << QStringLiteral("newer") << int(StoreError::NewerSchema)
                                  << QStringLiteral("newer version");
    QTest::newRow("a folder") << QStringLiteral("folder") << int(StoreError::CannotOpen)
                              << QStringLiteral("cannot be opened");
}

void TestApplication::refusesBrokenStores()
{
    QFETCH(QString, kind);
    QFETCH(int, code);
    QFETCH(QString, phrase);

    const QString path = m_dir.filePath(kind + QStringLiteral(".sqlite3"));
    if (kind == QLatin1String("garbage")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
    } else if (kind == QLatin1String("newer")) {
        QVERIFY(Store::open(path).ok());
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(
                QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) "
                               "VALUES (9999, 'future', 0)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    } else {
        QVERIFY(QDir(m_dir.path()).mkdir(kind + QStringLiteral(".sqlite3")));
    }
    const QByteArray before = kind == QLatin1String("folder") ? QByteArray() : [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();

    Application app;
    Application::Options options;
    options.storeUrl = path;
    const Status started = app.start(options);
    QVERIFY(!started.ok());
    QCOMPARE(int(started.error().code), code);
    QVERIFY(!app.signInDialog());
    QVERIFY(!app.mainWindow());
    const QString text = Application::startupErrorText(path, started.error());
    QVERIFY2(text.contains(phrase), qPrintable(text));
    QVERIFY(text.contains(path));
    if (!before.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before); // refused, never modified
    }
}

void TestApplication::remembersTheLastUsername()
{
    const QString path = m_dir.filePath(QStringLiteral("remember.sqlite3"));
    {
        auto store = Store::open(path);
        QVERIFY(store.ok());
        QVERIFY((*store)
                    ->users()
                    .create(QStringLiteral("alice"), QStringLiteral("alice-password"))
                    .ok());
    }
    Application app;
    Application::Options options;
    options.storeUrl = path;
    QVERIFY(app.start(options).ok());
    app.signIn(app.store()->users().byName(QStringLiteral("alice")).value());
    QVERIFY(app.mainWindow());
    QCOMPARE(app.mainWindow()->windowTitle(), QStringLiteral("Signalbox — alice"));
    app.signOut();
    QVERIFY(app.signInDialog());
    QCOMPARE(test::child<QLineEdit>(app.signInDialog(), "usernameEdit")->text(),
             QStringLiteral("alice"));
}

void TestApplication::demoSignsInStraightAway()
{
    Application app;
    Application::Options options;
    options.demo = true;
    QVERIFY(app.start(options).ok());
    QVERIFY(!app.signInDialog());
    QVERIFY(app.mainWindow());
    QVERIFY(app.mainWindow()->conversationModel()->rowCount() > 0);
    QVERIFY(app.storeLocation().endsWith(QStringLiteral(".sqlite3")));
}

// Issue 12: another program deletes the account that is signed in; the window goes and the
// sign-in dialog says why. Nothing of the deleted account stays on screen.
void TestApplication::accountDeletedElsewhereEndsTheSession()
{
    const QString path = m_dir.filePath(QStringLiteral("deleted-elsewhere.sqlite3"));
    {
        auto store = Store::open(path);
        QVERIFY(store.ok());
        QVERIFY(
            (*store)->users().create(QStringLiteral("carol"), QStringLiteral("carol-password")));
        QVERIFY((*store)->users().create(QStringLiteral("dave"), QStringLiteral("dave-password")));
    }
    Application app;
    Application::Options options;
    options.storeUrl = path;
    QVERIFY(app.start(options).ok());
    app.signIn(app.store()->users().byName(QStringLiteral("carol")).value());
    QVERIFY(app.mainWindow());
    QCOMPARE(app.signedInUser().username, QStringLiteral("carol"));

    // Another program (its own connection) deletes dave: carol's session goes on.
    auto other = Store::open(path);
    QVERIFY(other.ok());
    auto dave = (*other)->users().byName(QStringLiteral("dave"));
    QVERIFY(dave.ok());
    QVERIFY((*other)->users().remove(*dave, QStringLiteral("dave-password")));
    QSignalSpy changed(app.store(), &Store::changed);
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 5000);
    QCoreApplication::processEvents(); // the queued reaction to it
    QVERIFY(app.mainWindow());
    QVERIFY(!app.signInDialog() || !app.signInDialog()->isVisible());

    // Now carol herself, deleted by the other program.
    auto carol = (*other)->users().byName(QStringLiteral("carol"));
    QVERIFY(carol.ok());
    QVERIFY((*other)->users().remove(*carol, QStringLiteral("carol-password")));
    QTRY_VERIFY_WITH_TIMEOUT(!app.mainWindow(), 5000);
    QVERIFY(app.signInDialog());
    QVERIFY(app.signInDialog()->isVisible());
    auto *notice = test::child<QLabel>(app.signInDialog(), "noticeLabel");
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("carol"))
                 && notice->text().contains(QStringLiteral("deleted")),
             qPrintable(notice->text()));
    QVERIFY(!app.signedInUser().isValid());
}

void TestApplication::asksOnlyForANewExplicitStore()
{
    qunsetenv("SIGNALBOX_DB");
    const QString existing = m_dir.filePath(QStringLiteral("existing.sqlite3"));
    QVERIFY(Store::open(existing).ok());
    const QString missing = m_dir.filePath(QStringLiteral("no/such/folder/store.sqlite3"));
    QCOMPARE(Application::newStoreFile(missing), missing);
    QCOMPARE(Application::newStoreFile(QStringLiteral("sqlite:") + missing), missing);
    QCOMPARE(Application::newStoreFile(m_dir.filePath(QStringLiteral("new.sqlite3"))),
             m_dir.filePath(QStringLiteral("new.sqlite3")));
    QVERIFY(Application::newStoreFile(existing).isEmpty());
    QVERIFY(Application::newStoreFile(QStringLiteral(":memory:")).isEmpty());
    QVERIFY(Application::newStoreFile(QStringLiteral("postgresql://u@localhost/db")).isEmpty());
    // The default store is created on the first start without a question.
    QVERIFY(Application::newStoreFile(QString()).isEmpty());
    // SIGNALBOX_DB names a store as explicitly as --db does.
    qputenv("SIGNALBOX_DB", missing.toUtf8());
    QCOMPARE(Application::newStoreFile(QString()), missing);
    qunsetenv("SIGNALBOX_DB");
    // Nothing was created by asking.
    QVERIFY(!QFileInfo::exists(missing));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no"))));
}

void TestApplication::askingCreatesOrQuits_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<bool>("created");
    QTest::newRow("create") << QStringLiteral("createStoreButton") << true;
    QTest::newRow("quit") << QStringLiteral("quitButton") << false;
}

void TestApplication::askingCreatesOrQuits()
{
    QFETCH(QString, button);
    QFETCH(bool, created);
    const QString path = m_dir.filePath(QStringLiteral("ask/%1/store.sqlite3").arg(button));
    QString shownText;
    QString informative;
    QTimer::singleShot(0, this, [&] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(widget);
            if (!box || box->objectName() != QLatin1String("newStoreBox"))
                continue;
            shownText = box->text();
            informative = box->informativeText();
            QVERIFY(!box->accessibleName().isEmpty());
            auto *chosen = box->findChild<QPushButton *>(button);
            QVERIFY(chosen);
            chosen->click();
        }
    });
    QCOMPARE(Application::askToCreateStore(path), created);
    QVERIFY2(shownText.contains(path), qPrintable(shownText));
    // The folder that is missing is named too.
    QVERIFY2(informative.contains(QFileInfo(path).absolutePath()), qPrintable(informative));
    QVERIFY(!QFileInfo::exists(path));
}

void TestApplication::signInShowsTheStore()
{
    Application app;
    Application::Options options;
    options.storeUrl = m_dir.filePath(QStringLiteral("shown.sqlite3"));
    QVERIFY(app.start(options).ok());
    QVERIFY(app.signInDialog());
    QCOMPARE(app.signInDialog()->storeLocation(), options.storeUrl);
    auto *label = test::child<QLabel>(app.signInDialog(), "storeLabel");
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QVERIFY(label->text().contains(options.storeUrl));
    QVERIFY(!label->accessibleName().isEmpty());
}

QTEST_MAIN(TestApplication)
#include "tst_application.moc"

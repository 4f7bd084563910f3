// SingleInstance in one process: which stores share a socket, claiming it, a stale socket,
// requests that are not ours, and Application::activate. The two-process behaviour of the
// real binary is tst_singleinstance_process.
#include "application.h"
#include "signindialog.h"
#include "singleinstance.h"
#include "teststore.h"

#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <future>
#include <thread>

using namespace signalbox;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void sameStoreSameSocket();
    void otherStoresOtherSockets();
    void firstClaimListensSecondActivates();
    void staleSocketIsReplaced();
    void strangersAreNotObeyed();
    void activateBringsTheSignInForward();

private:
    QTemporaryDir m_runtime;
    QTemporaryDir m_stores;
};

void TestSingleInstance::initTestCase()
{
    QVERIFY(m_runtime.isValid() && m_stores.isValid());
    QFile::setPermissions(m_runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
    QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation), m_runtime.path());
}

void TestSingleInstance::sameStoreSameSocket()
{
    const QString path = m_stores.filePath(QStringLiteral("a.sqlite3"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString link = m_stores.filePath(QStringLiteral("link.sqlite3"));
    QVERIFY(QFile::link(path, link));

    const QString name = SingleInstance::serverNameFor(path);
    QVERIFY(name.startsWith(m_runtime.path() + QLatin1Char('/')));
    QVERIFY(!name.contains(QStringLiteral("a.sqlite3"))); // a hash, not the path
    QCOMPARE(SingleInstance::serverNameFor(QStringLiteral("sqlite:") + path), name);
    QCOMPARE(SingleInstance::serverNameFor(link), name);
    QCOMPARE(SingleInstance::serverNameFor(m_stores.path() + QStringLiteral("/./a.sqlite3")), name);
    QCOMPARE(SingleInstance::serverNameFor(
                 QStringLiteral("postgresql://bob:secret@db.example:5432/team")),
             SingleInstance::serverNameFor(QStringLiteral("postgres://bob:other@DB.example/team")));
}

void TestSingleInstance::otherStoresOtherSockets()
{
    const QString a = SingleInstance::serverNameFor(m_stores.filePath(QStringLiteral("a.sqlite3")));
    const QString b = SingleInstance::serverNameFor(m_stores.filePath(QStringLiteral("b.sqlite3")));
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    QVERIFY(a != b);
    QVERIFY(SingleInstance::serverNameFor(QStringLiteral("postgresql://bob@db.example/team"))
            != SingleInstance::serverNameFor(QStringLiteral("postgresql://carol@db.example/team")));
    QVERIFY(SingleInstance::serverNameFor(QStringLiteral(":memory:")).isEmpty());
    QVERIFY(SingleInstance::serverNameFor(QStringLiteral("mysql://x/y")).isEmpty());
    SingleInstance instance;
    QCOMPARE(instance.claim(QString()), SingleInstance::Outcome::Failed);
    QVERIFY(!instance.isListening());
}

void TestSingleInstance::firstClaimListensSecondActivates()
{
    const QString name = SingleInstance::serverNameFor(m_stores.filePath(QStringLiteral("c.db")));
    SingleInstance first;
    QCOMPARE(first.claim(name), SingleInstance::Outcome::Primary);
    QVERIFY(first.isListening());
    QSignalSpy activated(&first, &SingleInstance::activationRequested);

    // A second start blocks while it asks: in its own thread, as it would be its own process.
    auto asked = std::async(std::launch::async, [name] {
        SingleInstance second;
        return second.claim(name);
    });
    QTRY_COMPARE(activated.count(), 1);
    QCOMPARE(asked.get(), SingleInstance::Outcome::Activated);

    auto again
        = std::async(std::launch::async, [name] { return SingleInstance::activateRunning(name); });
    QTRY_COMPARE(activated.count(), 2);
    QVERIFY(again.get());
}

void TestSingleInstance::staleSocketIsReplaced()
{
    const QString name = SingleInstance::serverNameFor(m_stores.filePath(QStringLiteral("d.db")));
    // What a crashed process leaves behind: the socket's file, nobody listening.
    QFile stale(name);
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.close();
    QVERIFY(!SingleInstance::activateRunning(name));
    SingleInstance instance;
    QCOMPARE(instance.claim(name), SingleInstance::Outcome::Primary);
    QVERIFY(instance.isListening());
}

void TestSingleInstance::strangersAreNotObeyed()
{
    const QString name = SingleInstance::serverNameFor(m_stores.filePath(QStringLiteral("e.db")));
    SingleInstance instance;
    QCOMPARE(instance.claim(name), SingleInstance::Outcome::Primary);
    QSignalSpy activated(&instance, &SingleInstance::activationRequested);
    QLocalSocket socket;
    socket.connectToServer(name);
    QVERIFY(socket.waitForConnected(2000));
    socket.write("quit\n");
    QTRY_COMPARE(socket.state(), QLocalSocket::UnconnectedState);
    QCOMPARE(activated.count(), 0);
    QVERIFY(socket.readAll().isEmpty());
}

void TestSingleInstance::activateBringsTheSignInForward()
{
    test::TestStore store;
    QVERIFY(store.isValid());
    Application application;
    Application::Options options;
    options.storeUrl = store.path();
    QVERIFY(application.start(options).ok());
    SignInDialog *dialog = application.signInDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    QWidget other;
    other.setObjectName(QStringLiteral("otherWindow"));
    other.show();
    other.activateWindow();
    QTRY_VERIFY(other.isActiveWindow());
    dialog->showMinimized();
    QTRY_VERIFY(dialog->isMinimized());

    application.activate();
    QTRY_VERIFY(dialog->isActiveWindow());
    QVERIFY(!dialog->isMinimized());
}

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"

// One Signalbox per person and store, with real processes of the signalbox binary: a second
// start for the same store brings the first one's window forward and exits, --new-instance
// opts out, and a socket left by a killed process does not block the next start.
#include "teststore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace signalbox;

namespace {
const QByteArray Listening = "listening for later starts";
const QByteArray Asked = "another start asked for this window";
const QByteArray Raised = "brought \"signInDialog\" to the front";
const QByteArray NewInstance = "--new-instance: not looking for a running Signalbox";
} // namespace

class TestSingleInstanceProcess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void secondStartActivatesTheFirst();
    void killedInstanceDoesNotBlock();
    void otherStoresGetTheirOwnWindow();
    void versionNeedsNoDisplay();

private:
    struct Running
    {
        std::unique_ptr<QProcess> process;
        QByteArray err;
        // Everything it has written to standard error so far.
        const QByteArray &stderrText()
        {
            err += process->readAllStandardError();
            return err;
        }
    };
    Running &start(const QStringList &arguments);
    int countOf(Running &running, const QByteArray &text);

    QTemporaryDir m_runtime;
    std::unique_ptr<test::TestStore> m_store;
    QList<Running *> m_running;
};

void TestSingleInstanceProcess::initTestCase()
{
    if (test::TestStore::onPostgres())
        QSKIP("the processes share a SQLite file");
    QVERIFY(m_runtime.isValid());
    QFile::setPermissions(m_runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestSingleInstanceProcess::cleanup()
{
    for (Running *running : std::as_const(m_running)) {
        if (running->process->state() != QProcess::NotRunning) {
            running->process->kill();
            running->process->waitForFinished(10000);
        }
        delete running;
    }
    m_running.clear();
    m_store.reset();
}

TestSingleInstanceProcess::Running &TestSingleInstanceProcess::start(const QStringList &arguments)
{
    auto *running = new Running{std::make_unique<QProcess>(), {}};
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("signalbox.instance.debug=true"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("SIGNALBOX_DB"));
    running->process->setProcessEnvironment(env);
    running->process->start(QStringLiteral(SIGNALBOX_APP), arguments);
    m_running.append(running);
    return *running;
}

int TestSingleInstanceProcess::countOf(Running &running, const QByteArray &text)
{
    return int(running.stderrText().count(text));
}

void TestSingleInstanceProcess::secondStartActivatesTheFirst()
{
    m_store = std::make_unique<test::TestStore>();
    QVERIFY(m_store->isValid());
    Running &first = start({QStringLiteral("--db"), m_store->path()});
    QTRY_COMPARE_WITH_TIMEOUT(countOf(first, Listening), 1, 30000);

    // The same store, spelt another way.
    Running &second = start({QStringLiteral("--db"), QStringLiteral("sqlite:") + m_store->path()});
    QVERIFY(second.process->waitForFinished(30000));
    QCOMPARE(second.process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.process->exitCode(), 0);
    QVERIFY2(second.stderrText().contains("already running for this store"), second.err);
    QTRY_COMPARE_WITH_TIMEOUT(countOf(first, Asked), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(countOf(first, Raised), 1, 10000);
    QCOMPARE(first.process->state(), QProcess::Running);

    // --new-instance opens its own window and leaves the socket to the first one ...
    Running &own
        = start({QStringLiteral("--db"), m_store->path(), QStringLiteral("--new-instance")});
    QTRY_COMPARE_WITH_TIMEOUT(countOf(own, NewInstance), 1, 30000);
    QCOMPARE(countOf(own, Listening), 0);
    QCOMPARE(own.process->state(), QProcess::Running);
    // ... so a later start still reaches the first.
    Running &third = start({QStringLiteral("--db"), m_store->path()});
    QVERIFY(third.process->waitForFinished(30000));
    QCOMPARE(third.process->exitCode(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(countOf(first, Asked), 2, 10000);
}

void TestSingleInstanceProcess::killedInstanceDoesNotBlock()
{
    m_store = std::make_unique<test::TestStore>();
    QVERIFY(m_store->isValid());
    Running &first = start({QStringLiteral("--db"), m_store->path()});
    QTRY_COMPARE_WITH_TIMEOUT(countOf(first, Listening), 1, 30000);
    first.process->kill(); // no clean-up: its socket file stays behind
    QVERIFY(first.process->waitForFinished(10000));

    Running &next = start({QStringLiteral("--db"), m_store->path()});
    QTRY_COMPARE_WITH_TIMEOUT(countOf(next, Listening), 1, 30000);
    QCOMPARE(next.process->state(), QProcess::Running);
}

void TestSingleInstanceProcess::otherStoresGetTheirOwnWindow()
{
    m_store = std::make_unique<test::TestStore>();
    test::TestStore other;
    QVERIFY(m_store->isValid() && other.isValid());
    Running &first = start({QStringLiteral("--db"), m_store->path()});
    QTRY_COMPARE_WITH_TIMEOUT(countOf(first, Listening), 1, 30000);
    Running &second = start({QStringLiteral("--db"), other.path()});
    QTRY_COMPARE_WITH_TIMEOUT(countOf(second, Listening), 1, 30000);
    QCOMPARE(countOf(first, Asked), 0);
    QCOMPARE(second.process->state(), QProcess::Running);
}

// `signalbox --version` prints CMake's project version, in a terminal without any display.
void TestSingleInstanceProcess::versionNeedsNoDisplay()
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SIGNALBOX_APP), {QStringLiteral("--version")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(process.readAllStandardOutput(),
             QByteArray("signalbox " SIGNALBOX_PROJECT_VERSION "\n"));
}

QTEST_GUILESS_MAIN(TestSingleInstanceProcess)
#include "tst_singleinstance_process.moc"

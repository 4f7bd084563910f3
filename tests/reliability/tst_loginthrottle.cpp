#include "loginattempts.h"
#include "loginthrottle.h"
#include "privatefiles.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace signalbox;
using namespace std::chrono_literals;

// Repeated wrong passwords are slowed down per username, measured on an injected clock.
class tst_LoginThrottle : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void freeFailuresThenGrowingDelay();
    void delayRunsOutWithTime();
    void successForgets();
    void usernamesAreIndependentAndCaseFolded();
    void delayIsCapped();
    void cliWaitsWhatTheThrottleSays();
    void cliFileNamesNoStoreAndNoUser();
    void cliFileIsForTheOwnerOnly();
    void cliBrakeIsPerStoreNotPerSpelling();
    void cliForgetsWhatOlderVersionsWroteInClear();

private:
    std::chrono::steady_clock::time_point m_now;
    LoginThrottle::Clock clock()
    {
        return [this] {
            return m_now;
        };
    }
};

void tst_LoginThrottle::init()
{
    m_now = std::chrono::steady_clock::time_point{} + 1000h;
}

void tst_LoginThrottle::freeFailuresThenGrowingDelay()
{
    LoginThrottle throttle(clock());
    QCOMPARE(throttle.delayFor(QStringLiteral("alice")), 0ms);
    for (int i = 0; i < LoginThrottle::FreeFailures; ++i) {
        throttle.recordFailure(QStringLiteral("alice"));
        QCOMPARE(throttle.delayFor(QStringLiteral("alice")), 0ms);
    }
    throttle.recordFailure(QStringLiteral("alice"));
    QCOMPARE(throttle.delayFor(QStringLiteral("alice")), 1000ms);
    throttle.recordFailure(QStringLiteral("alice"));
    QCOMPARE(throttle.delayFor(QStringLiteral("alice")), 2000ms);
    throttle.recordFailure(QStringLiteral("alice"));
    QCOMPARE(throttle.delayFor(QStringLiteral("alice")), 4000ms);
    QCOMPARE(throttle.failures(QStringLiteral("alice")), LoginThrottle::FreeFailures + 3);
}

void tst_LoginThrottle::delayRunsOutWithTime()
{
    LoginThrottle throttle(clock());
    for (int i = 0; i < LoginThrottle::FreeFailures + 2; ++i)
        throttle.recordFailure(QStringLiteral("bob"));
    QCOMPARE(throttle.delayFor(QStringLiteral("bob")), 2000ms);
    m_now += 500ms;
    QCOMPARE(throttle.delayFor(QStringLiteral("bob")), 1500ms);
    m_now += 1500ms;
    QCOMPARE(throttle.delayFor(QStringLiteral("bob")), 0ms);
    m_now += 1h;
    QCOMPARE(throttle.delayFor(QStringLiteral("bob")), 0ms);
    // The count is kept: the next failure waits longer still.
    throttle.recordFailure(QStringLiteral("bob"));
    QCOMPARE(throttle.delayFor(QStringLiteral("bob")), 4000ms);
}

void tst_LoginThrottle::successForgets()
{
    LoginThrottle throttle(clock());
    for (int i = 0; i < 10; ++i)
        throttle.recordFailure(QStringLiteral("carol"));
    QVERIFY(throttle.delayFor(QStringLiteral("carol")) > 0ms);
    throttle.recordSuccess(QStringLiteral("carol"));
    QCOMPARE(throttle.delayFor(QStringLiteral("carol")), 0ms);
    QCOMPARE(throttle.failures(QStringLiteral("carol")), 0);
    throttle.recordFailure(QStringLiteral("carol"));
    QCOMPARE(throttle.delayFor(QStringLiteral("carol")), 0ms);
}

void tst_LoginThrottle::usernamesAreIndependentAndCaseFolded()
{
    LoginThrottle throttle(clock());
    for (int i = 0; i < LoginThrottle::FreeFailures + 1; ++i)
        throttle.recordFailure(QStringLiteral("Dave"));
    QCOMPARE(throttle.delayFor(QStringLiteral("dave")), 1000ms);
    QCOMPARE(throttle.delayFor(QStringLiteral("DAVE")), 1000ms);
    QCOMPARE(throttle.delayFor(QStringLiteral("erin")), 0ms);
    throttle.recordSuccess(QStringLiteral("erin"));
    QCOMPARE(throttle.delayFor(QStringLiteral("dave")), 1000ms);
}

void tst_LoginThrottle::delayIsCapped()
{
    LoginThrottle throttle(clock());
    for (int i = 0; i < 1000; ++i)
        throttle.recordFailure(QStringLiteral("mallory"));
    QCOMPARE(throttle.delayFor(QStringLiteral("mallory")), LoginThrottle::MaxDelay);
    QCOMPARE(LoginThrottle::delayAfter(0), 0ms);
    QCOMPARE(LoginThrottle::delayAfter(1000000), LoginThrottle::MaxDelay);
    for (int n = 1; n < 100; ++n)
        QVERIFY(LoginThrottle::delayAfter(n + 1) >= LoginThrottle::delayAfter(n));
}

// The CLI remembers failures across runs in a file, but waits exactly LoginThrottle's delays:
// one policy for the app and the CLI.
void tst_LoginThrottle::cliWaitsWhatTheThrottleSays()
{
    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral("state.json"));
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
    LoginAttempts attempts(state, dir.filePath(QStringLiteral("store.sqlite3")));
    for (int failures = 1; failures <= 10; ++failures) {
        attempts.recordFailure(QStringLiteral("alice"), now);
        QCOMPARE(attempts.waitFor(QStringLiteral("alice"), now),
                 LoginThrottle::delayAfter(failures));
        QCOMPARE(attempts.waitFor(QStringLiteral("ALICE"), now),
                 LoginThrottle::delayAfter(failures));
    }
    QCOMPARE(attempts.waitFor(QStringLiteral("bob"), now), 0ms);
    attempts.recordSuccess(QStringLiteral("alice"));
    QCOMPARE(attempts.waitFor(QStringLiteral("alice"), now), 0ms);
}

void tst_LoginThrottle::cliFileNamesNoStoreAndNoUser()
{
    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral("state.json"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    LoginAttempts team(state,
                       QStringLiteral("postgresql://bob:hunter2-secret@db.example.org/team"));
    team.recordFailure(QStringLiteral("Mallory"), now);
    LoginAttempts local(state, dir.filePath(QStringLiteral("private-store.sqlite3")));
    local.recordFailure(QStringLiteral("Mallory"), now);
    const QByteArray bytes
        = test::files::readAll(state) + test::files::readAll(LoginAttempts::keyFileOf(state));
    QVERIFY(!bytes.isEmpty());
    for (const char *clear :
         {"hunter2", "db.example.org", "postgresql", "team", "allory", "private-store", "sqlite"})
        QVERIFY2(!bytes.contains(clear), clear);
    // Two entries, one per store.
    QCOMPARE(test::files::readAll(state).count("failures"), 2);
}

void tst_LoginThrottle::cliFileIsForTheOwnerOnly()
{
    const mode_t previous = ::umask(022);
    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral("data/signalbox/state.json"));
    LoginAttempts attempts(state, dir.filePath(QStringLiteral("store.sqlite3")));
    attempts.recordFailure(QStringLiteral("alice"), QDateTime::currentDateTimeUtc());
    ::umask(previous);
    QCOMPARE(PrivateFiles::modeOf(state), 0600);
    QCOMPARE(PrivateFiles::modeOf(LoginAttempts::keyFileOf(state)), 0600);
    QCOMPARE(PrivateFiles::modeOf(dir.filePath(QStringLiteral("data/signalbox"))), 0700);
    // A file left 0644 by an older Signalbox is tightened the next time it is written.
    QVERIFY(::chmod(QFile::encodeName(state).constData(), 0644) == 0);
    attempts.recordFailure(QStringLiteral("alice"), QDateTime::currentDateTimeUtc());
    QCOMPARE(PrivateFiles::modeOf(state), 0600);
}

void tst_LoginThrottle::cliBrakeIsPerStoreNotPerSpelling()
{
    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral("state.json"));
    const QString store = dir.filePath(QStringLiteral("store.sqlite3"));
    QVERIFY(test::files::write(store, "a store"));
    const QString link = dir.filePath(QStringLiteral("link.sqlite3"));
    QVERIFY(QFile::link(store, link));
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    LoginAttempts absolute(state, store);
    for (int i = 0; i <= LoginThrottle::FreeFailures; ++i)
        absolute.recordFailure(QStringLiteral("alice"), now);
    for (const QString &spelling :
         {QStringLiteral("sqlite:store.sqlite3"), QStringLiteral("./store.sqlite3"),
          QStringLiteral("store.sqlite3"), QStringLiteral("sqlite:") + store, link,
          QStringLiteral("./link.sqlite3"), dir.path() + QStringLiteral("/./store.sqlite3")}) {
        QVERIFY2(LoginAttempts(state, spelling).waitFor(QStringLiteral("alice"), now) > 0ms,
                 qPrintable(spelling));
    }
    // Another store is another store.
    QVERIFY(test::files::write(dir.filePath(QStringLiteral("other.sqlite3")), "another"));
    QCOMPARE(
        LoginAttempts(state, QStringLiteral("other.sqlite3")).waitFor(QStringLiteral("alice"), now),
        0ms);
    QVERIFY(QDir::setCurrent(previous));
}

void tst_LoginThrottle::cliForgetsWhatOlderVersionsWroteInClear()
{
    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral("state.json"));
    QVERIFY(test::files::write(
        state,
        "{\"postgresql://bob:hunter2@db.example.org/team\\nalice\":{\"failures\":5,\"last\":1}}"));
    const QString url = QStringLiteral("postgresql://bob:hunter2@db.example.org/team");
    LoginAttempts attempts(state, url);
    // Merely asking rewrites the file without the clear-text entry.
    QCOMPARE(attempts.waitFor(QStringLiteral("alice"), QDateTime::currentDateTimeUtc()), 0ms);
    const QByteArray bytes = test::files::readAll(state);
    QVERIFY2(!bytes.contains("hunter2") && !bytes.contains("alice"), bytes.constData());
    QCOMPARE(PrivateFiles::modeOf(state), 0600);
}

QTEST_GUILESS_MAIN(tst_LoginThrottle)
#include "tst_loginthrottle.moc"

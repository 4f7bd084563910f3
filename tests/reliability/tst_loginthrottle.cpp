#include "loginthrottle.h"

#include <QTest>

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

QTEST_GUILESS_MAIN(tst_LoginThrottle)
#include "tst_loginthrottle.moc"

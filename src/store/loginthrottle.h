#pragma once

#include <QHash>
#include <QString>

#include <chrono>
#include <functional>

namespace signalbox {

// Slows down guessing: after a wrong password for one username, the caller must wait a
// growing delay before the next try. It never sleeps; callers ask delayFor() and refuse (or
// wait) themselves. The clock is injectable so tests need no real waiting.
//
// The one policy of Signalbox: the app's sign-in dialog keeps a LoginThrottle, and the CLI's
// LoginAttempts (which must remember failures across runs, in a file) asks delayAfter(); no
// other place decides how long a wrong password costs.
class LoginThrottle
{
public:
    using Clock = std::function<std::chrono::steady_clock::time_point()>;

    // Failures allowed without any delay (a typing mistake).
    static constexpr int FreeFailures = 1;
    static constexpr std::chrono::milliseconds FirstDelay{1000};
    static constexpr std::chrono::milliseconds MaxDelay{60000};

    explicit LoginThrottle(Clock clock = {});

    // How long the caller must still wait before trying this username again (0 = now).
    [[nodiscard]] std::chrono::milliseconds delayFor(const QString &username) const;
    void recordFailure(const QString &username);
    // A correct password forgets the failures of that username.
    void recordSuccess(const QString &username);
    int failures(const QString &username) const;

    // The delay that follows `failures` consecutive failures: 0 for the free ones, then
    // FirstDelay doubling each time, capped at MaxDelay.
    static std::chrono::milliseconds delayAfter(int failures);

private:
    struct Entry
    {
        int failures = 0;
        std::chrono::steady_clock::time_point lastFailure;
    };
    std::chrono::steady_clock::time_point now() const;
    static QString keyOf(const QString &username) { return username.toCaseFolded(); }

    Clock m_clock;
    QHash<QString, Entry> m_entries;
};

} // namespace signalbox

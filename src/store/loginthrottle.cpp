#include "loginthrottle.h"

#include <algorithm>

namespace signalbox {

LoginThrottle::LoginThrottle(Clock clock)
    : m_clock(std::move(clock))
{}

std::chrono::steady_clock::time_point LoginThrottle::now() const
{
    return m_clock ? m_clock() : std::chrono::steady_clock::now();
}

std::chrono::milliseconds LoginThrottle::delayAfter(int failures)
{
    if (failures <= FreeFailures)
        return std::chrono::milliseconds{0};
    // Doubling stops well before the shift could overflow: the cap is reached first.
    const int doublings = std::min(failures - FreeFailures - 1, 20);
    return std::min<std::chrono::milliseconds>(FirstDelay * (qint64(1) << doublings), MaxDelay);
}

std::chrono::milliseconds LoginThrottle::delayFor(const QString &username) const
{
    const auto it = m_entries.constFind(keyOf(username));
    if (it == m_entries.cend())
        return std::chrono::milliseconds{0};
    const auto until = it->lastFailure + delayAfter(it->failures);
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - now());
    return std::max(left, std::chrono::milliseconds{0});
}

void LoginThrottle::recordFailure(const QString &username)
{
    Entry &entry = m_entries[keyOf(username)];
    ++entry.failures;
    entry.lastFailure = now();
}

void LoginThrottle::recordSuccess(const QString &username)
{
    m_entries.remove(keyOf(username));
}

int LoginThrottle::failures(const QString &username) const
{
    return m_entries.value(keyOf(username)).failures;
}

} // namespace signalbox

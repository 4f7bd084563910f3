#pragma once

#include <QDateTime>

namespace signalbox {
class Store;
}

namespace signalbox::test {

// A clock the test moves by hand, installed as the store's clock: equal or strictly ordered
// timestamps on demand. It must outlive the store's use of it.
class ManualClock
{
public:
    explicit ManualClock(Store &store);
    ManualClock(const ManualClock &) = delete;
    ManualClock &operator=(const ManualClock &) = delete;

    QDateTime now() const { return m_now; }
    void set(const QDateTime &time) { m_now = time; }
    void advance(qint64 ms = 1) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace signalbox::test

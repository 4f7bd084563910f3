#include "manualclock.h"

#include "store.h"

#include <QTimeZone>

namespace signalbox::test {

ManualClock::ManualClock(Store &store)
    : m_now(QDateTime::fromMSecsSinceEpoch(Q_INT64_C(1700000000000), QTimeZone::utc()))
{
    store.setClock([this] { return m_now; });
}

} // namespace signalbox::test

#include "storesignals.h"

namespace signalbox {

StoreSignals::StoreSignals(QObject *parent)
    : QObject(parent)
{}

void StoreSignals::fail(const StoreError &error)
{
    if (!m_failure)
        m_failure = error;
}

std::optional<StoreError> StoreSignals::takeFailure()
{
    return std::exchange(m_failure, std::nullopt);
}

} // namespace signalbox

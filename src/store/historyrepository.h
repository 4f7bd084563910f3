#pragma once

#include "storeerror.h"
#include "values.h"

namespace signalbox {

class Store;

// The kept versions of an edited message.
class HistoryRepository
{
public:
    explicit HistoryRepository(Store &store);

    // Oldest first. Only sender and receiver may see it.
    Result<QList<HistoryEntry>> forMessage(const User &viewer, Id messageId);

private:
    Store &m_store;
};

} // namespace signalbox

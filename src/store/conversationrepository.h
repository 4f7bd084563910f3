#pragma once

#include "storeerror.h"
#include "values.h"

namespace signalbox {

class Store;

// The conversation list: one row per peer from the per-(user, peer) summary table.
class ConversationRepository
{
public:
    explicit ConversationRepository(Store &store);

    // Newest activity first. One statement.
    Result<QList<ConversationSummary>> listFor(const User &user);
    Result<ConversationSummary> summary(const User &user, Id peerId);

private:
    Store &m_store;
};

} // namespace signalbox

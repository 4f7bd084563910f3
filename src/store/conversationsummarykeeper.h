#pragma once

#include "values.h"

#include <QObject>

namespace signalbox {

class Store;

// Keeps the per-(user, peer) conversation rows (last message, unread count) up to date inside
// each write transaction, so that the conversation list never aggregates all messages.
class ConversationSummaryKeeper : public QObject
{
    Q_OBJECT

public:
    explicit ConversationSummaryKeeper(Store &store, QObject *parent = nullptr);

    void onMessageSaved(const signalbox::Message &message, bool created);
    void onMessageRemoved(const signalbox::Message &message, bool keptAsPlaceholder);
    void onReadStateChanged(signalbox::Id receiverId, signalbox::Id senderId, int unreadDelta);

    // Recomputes both rows of a pair from the messages (after deletions and bulk changes).
    bool rebuildPair(Id a, Id b);

private:
    Store &m_store;
};

} // namespace signalbox

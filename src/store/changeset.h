#pragma once

#include "values.h"

#include <QHash>
#include <QSet>

#include <optional>
#include <utility>

namespace signalbox {

// An unordered pair of users: the key of a conversation.
struct ConversationKey
{
    Id low = 0;
    Id high = 0;

    static ConversationKey of(Id a, Id b)
    {
        return a < b ? ConversationKey{a, b} : ConversationKey{b, a};
    }
    bool involves(Id user) const { return low == user || high == user; }

    friend bool operator==(const ConversationKey &, const ConversationKey &) = default;
    friend size_t qHash(const ConversationKey &key, size_t seed = 0) noexcept
    {
        return qHashMulti(seed, key.low, key.high);
    }
};

// What one committed transaction changed: collected while it runs, emitted after COMMIT.
struct ChangeSet
{
    QSet<Id> messagesAdded;
    QSet<Id> messagesChanged; // content, edited flag or placeholder
    QSet<Id> messagesRead;    // read flag changed (either way)
    QSet<Id> messagesRemoved;
    QSet<Id> notificationsAdded;
    QSet<Id> notificationsChanged;
    QSet<Id> usersAdded;
    QSet<Id> usersRemoved;
    QSet<ConversationKey> conversations; // every conversation any of the above touched
    QSet<Id> notifiedUsers;              // users whose notifications or unread count changed
    QSet<Id> draftsChanged;              // users whose drafts changed (DraftRepository)

    bool isEmpty() const
    {
        return messagesAdded.isEmpty() && messagesChanged.isEmpty() && messagesRead.isEmpty()
               && messagesRemoved.isEmpty() && notificationsAdded.isEmpty()
               && notificationsChanged.isEmpty() && usersAdded.isEmpty() && usersRemoved.isEmpty()
               && conversations.isEmpty() && draftsChanged.isEmpty();
    }
    bool touches(ConversationKey key) const { return conversations.contains(key); }
    void unite(const ChangeSet &other);

    // Everyone whose data this changed: both people of every conversation, the notified and
    // the drafts' owners (the audience of a PostgreSQL change log entry).
    QList<Id> concernedUsers() const;
    // {the accounts added and removed: news for everyone; all the rest}.
    std::pair<ChangeSet, ChangeSet> splitDirectory() const;

    // The form kept in the change log for other processes and clients.
    QByteArray toJson() const;
    static std::optional<ChangeSet> fromJson(const QByteArray &json);
};

} // namespace signalbox

Q_DECLARE_METATYPE(signalbox::ChangeSet)

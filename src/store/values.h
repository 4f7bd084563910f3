#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace signalbox {

using Id = qint64;

struct User
{
    Id id = 0;
    QString username;
    QDateTime createdAt;

    bool isValid() const { return id > 0; }
    friend bool operator==(const User &, const User &) = default;
};

struct Message
{
    Id id = 0;
    Id senderId = 0;
    Id receiverId = 0;
    QString senderName;
    QString receiverName;
    Id parentId = 0; // 0 = a root message
    QString content;
    QDateTime timestamp;
    bool edited = false;
    QDateTime editedAt;
    bool read = false;
    bool deleted = false; // a placeholder kept so that replies survive
    int depth = 0;        // filled by thread queries: 0 for the root

    bool isValid() const { return id > 0; }
    Id peerOf(Id userId) const { return userId == senderId ? receiverId : senderId; }
    friend bool operator==(const Message &, const Message &) = default;
};

struct Notification
{
    Id id = 0;
    Id userId = 0;
    QString username;
    Id messageId = 0;
    QDateTime createdAt;
    bool read = false;
    Message message; // sender, content preview, time: filled by listing queries

    friend bool operator==(const Notification &, const Notification &) = default;
};

struct HistoryEntry
{
    Id id = 0;
    Id messageId = 0;
    QString oldContent;
    QDateTime editedAt;
    Id editedById = 0;
    QString editedBy;

    friend bool operator==(const HistoryEntry &, const HistoryEntry &) = default;
};

// One row of the conversation list: a peer and the latest exchange with them.
struct ConversationSummary
{
    Id peerId = 0;
    QString peerName;
    Id lastMessageId = 0;
    QString lastContent;
    Id lastSenderId = 0;
    QDateTime lastTimestamp;
    int unreadCount = 0;
    QString draft; // the start of what the person has typed here but not sent ("" = none)

    friend bool operator==(const ConversationSummary &, const ConversationSummary &) = default;
};

// What deleting a user removed.
struct DeletionCounts
{
    int messages = 0;
    int notifications = 0;
    int history = 0;

    friend bool operator==(const DeletionCounts &, const DeletionCounts &) = default;
};

} // namespace signalbox

Q_DECLARE_METATYPE(signalbox::User)
Q_DECLARE_METATYPE(signalbox::Message)

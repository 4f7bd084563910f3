#pragma once

#include "storeerror.h"
#include "values.h"

namespace signalbox {

class Store;

// Messages: send, edit, delete, read state, and the list queries (conversation, unread).
class MessageRepository
{
public:
    static constexpr int MaxContentLength = 20000;

    explicit MessageRepository(Store &store);

    // Not blank (spaces and invisible format characters only), storable, and at most
    // MaxContentLength characters as a person counts them (characterCount()).
    static Status validateContent(const QString &content);
    // Grapheme clusters: "é" written as e + U+0301 and a family emoji are one character each.
    static int characterCount(const QString &content);
    // Nothing but white space and format characters (Unicode category Cf).
    static bool isBlank(const QString &content);

    enum class Delivery { Unread, AlreadyRead };

    // A reply's parent must belong to the conversation of sender and receiver.
    Result<Message> send(const User &sender, const User &receiver, const QString &content,
                         Id parentId = 0);
    // The bulk path (seeding, imports): a message whose read state is known when it is stored.
    // Same checks and receivers as send(); an already-read message and its notification are
    // written read, instead of being sent unread and marked read afterwards.
    Result<Message> send(const User &sender, const User &receiver, const QString &content,
                         Id parentId, Delivery delivery);
    // Only the sender may edit. Identical content changes nothing and records nothing.
    Result<Message> edit(const User &editor, Id messageId, const QString &content);
    // Only the sender may delete. A message with replies stays as a placeholder; the result
    // says whether it did.
    Result<bool> remove(const User &actor, Id messageId);
    // Only sender and receiver may see a message.
    Result<Message> get(const User &viewer, Id messageId);

    // Only the receiver may change the read state; the notification follows it.
    Status markRead(const User &reader, Id messageId);
    Status markUnread(const User &reader, Id messageId);
    // "Mark unread from here": this message and every later one the reader received in its
    // conversation become unread again; returns how many changed.
    Result<int> markUnreadFrom(const User &reader, Id messageId);
    // Marks everything the peer sent to the reader read; returns how many changed.
    Result<int> markConversationRead(const User &reader, Id peerId);
    // Bulk read flags by id with no permission checks, one transaction (seeding, benchmark).
    Result<int> markReadBulk(const QList<Id> &ids);

    // The UnreadMessagesManager: unread received messages, newest first, reading only the
    // columns a list needs (id, sender, parent, content, time).
    Result<QList<Message>> unreadFor(const User &user);
    Result<int> unreadCount(const User &user);
    // Both directions, oldest first.
    Result<QList<Message>> conversation(const User &viewer, Id peerId);

private:
    Result<Message> load(Id messageId);
    Status setRead(const User &reader, Id messageId, bool read);

    Store &m_store;
};

} // namespace signalbox

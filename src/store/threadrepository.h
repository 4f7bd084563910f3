#pragma once

#include "storeerror.h"
#include "values.h"

namespace signalbox {

class Store;

// Reply trees, each fetched with one recursive query, returned in pre-order (a parent before
// its replies, siblings by timestamp then id) with Message::depth set.
class ThreadRepository
{
public:
    struct Page
    {
        QList<Message> messages; // pre-order forest; roots oldest first
        bool hasOlder = false;   // roots older than the oldest one here exist
    };

    explicit ThreadRepository(Store &store);

    // The whole tree that messageId belongs to, from its root. ONE statement.
    Result<QList<Message>> thread(const User &viewer, Id messageId);
    // The newest `rootLimit` roots of the conversation older than `before` (a root message;
    // invalid = the newest page) with their whole trees. ONE statement.
    Result<Page> page(const User &viewer, Id peerId, int rootLimit, const Message &before = {});

    // Orders rows of one or more trees (any order) into pre-order, setting depth.
    static QList<Message> preorder(QList<Message> rows);

private:
    Store &m_store;
};

} // namespace signalbox

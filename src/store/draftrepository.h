#pragma once

#include "storeerror.h"
#include "values.h"

#include <QSet>

namespace signalbox {

class Store;

// What a person has typed to a peer but not sent yet.
struct Draft
{
    Id peerId = 0;
    QString content;     // empty: there is no draft
    Id replyToId = 0;    // the message it answers, 0 for a new message or when that one is gone
    QDateTime updatedAt; // when it was last saved

    bool isEmpty() const { return content.isEmpty(); }
    friend bool operator==(const Draft &, const Draft &) = default;
};

// Drafts in the store, one per account and peer, so that they survive quitting, signing out
// and a crash. Only the owner ever reads or writes their drafts; UserDataCleaner removes them
// with either account. Every change marks the owner in ChangeSet::draftsChanged.
class DraftRepository
{
public:
    explicit DraftRepository(Store &store);

    // Keeps content as the owner's draft to peerId, replacing the one before (one statement).
    // Text that is empty or only white space clears the draft instead. The text must be one a
    // message could carry (MessageRepository::validateContent); the peer must exist and not be
    // the owner. On an error nothing is written.
    Status save(const User &owner, Id peerId, const QString &content, Id replyToId = 0);
    // The draft to peerId (empty when there is none). replyToId is 0 when the message it
    // answered is deleted or no longer part of the conversation. One statement.
    Result<Draft> load(const User &owner, Id peerId);
    // Removes the draft to peerId, if any (after sending it, or when the text is cleared).
    Status clear(const User &owner, Id peerId);
    // The peers the owner has a draft for: the conversation list marks them. One statement.
    Result<QSet<Id>> peersWithDrafts(const User &owner);

private:
    Store &m_store;
};

} // namespace signalbox

#pragma once

#include "searchquery.h"
#include "storeerror.h"
#include "values.h"

namespace signalbox {

class Store;

// One message a search found, with the part of it around the matches (SearchSnippet).
struct SearchHit
{
    Message message;
    QString snippet;

    friend bool operator==(const SearchHit &, const SearchHit &) = default;
};

// Full-text search over the messages a person may see (they sent or received them), by their
// current text; deleted placeholders are never found. Newest first. One statement per search,
// plus one per user name the query names (from:, with:).
class SearchRepository
{
public:
    static constexpr int DefaultLimit = 50;
    static constexpr int MaxLimit = 10000;

    explicit SearchRepository(Store &store);

    // peerId > 0 keeps the search to the conversation with that peer.
    Result<QList<SearchHit>> search(const User &viewer, const SearchQuery &query, Id peerId = 0,
                                    int limit = DefaultLimit);
    // Parses text first: an unreadable query is an InvalidInput error naming the problem.
    Result<QList<SearchHit>> search(const User &viewer, const QString &text, Id peerId = 0,
                                    int limit = DefaultLimit);

private:
    Store &m_store;
};

} // namespace signalbox

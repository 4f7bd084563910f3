#pragma once

#include "searchquery.h"

#include <QString>

namespace signalbox {

// The part of a message around the first match of a search, with every match marked by
// MatchStart … MatchEnd (control characters a message cannot show; any already in the text are
// replaced). The caller escapes the text for its medium first, then renders the markers.
class SearchSnippet
{
public:
    static constexpr QChar MatchStart = QChar(0x0002);
    static constexpr QChar MatchEnd = QChar(0x0003);
    // Characters of context shown before the first match, and at most this many in all.
    static constexpr qsizetype Lead = 40;
    static constexpr qsizetype Width = 160;

    struct Range
    {
        qsizetype start = 0;
        qsizetype length = 0;
        friend bool operator==(const Range &, const Range &) = default;
    };

    // Where the query's terms match in text, in order, not overlapping.
    static QList<Range> matches(const QString &text, const SearchQuery &query);
    static QString make(const QString &text, const SearchQuery &query);
    // The snippet without its markers (for tool tips and screen readers).
    static QString plain(const QString &snippet);
};

} // namespace signalbox

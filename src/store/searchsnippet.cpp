#include "searchsnippet.h"

#include "textfold.h"

#include <algorithm>

namespace signalbox {

QList<SearchSnippet::Range> SearchSnippet::matches(const QString &text, const SearchQuery &query)
{
    QList<Range> found;
    const QList<textfold::Span> spans = textfold::words(text);
    QStringList folded;
    folded.reserve(spans.size());
    for (const textfold::Span &span : spans)
        folded.append(textfold::fold(QStringView(text).mid(span.start, span.length)));

    for (const SearchQuery::Term &term : query.terms()) {
        if (term.kind == SearchQuery::Term::Kind::Substring) {
            for (qsizetype at = text.indexOf(term.text, 0, Qt::CaseInsensitive); at >= 0;
                 at = text.indexOf(term.text, at + term.text.size(), Qt::CaseInsensitive))
                found.append({at, term.text.size()});
            continue;
        }
        const qsizetype count = term.words.size();
        for (qsizetype w = 0; w + count <= spans.size(); ++w) {
            bool match = true;
            for (qsizetype k = 0; k < count && match; ++k) {
                const QString &word = folded.at(w + k);
                const bool last = k == count - 1;
                match = (last && term.prefix) ? word.startsWith(term.words.at(k))
                                              : word == term.words.at(k);
            }
            if (match) {
                const textfold::Span &first = spans.at(w);
                const textfold::Span &end = spans.at(w + count - 1);
                found.append({first.start, end.start + end.length - first.start});
            }
        }
    }
    std::sort(found.begin(), found.end(),
              [](const Range &a, const Range &b) { return a.start < b.start; });
    // Overlapping matches (a word that is also a prefix of another term) become one.
    QList<Range> merged;
    for (const Range &range : std::as_const(found)) {
        if (!merged.isEmpty() && range.start <= merged.last().start + merged.last().length) {
            Range &last = merged.last();
            last.length = qMax(last.start + last.length, range.start + range.length) - last.start;
        } else {
            merged.append(range);
        }
    }
    return merged;
}

QString SearchSnippet::make(const QString &text, const SearchQuery &query)
{
    const QList<Range> ranges = matches(text, query);
    qsizetype from = 0;
    if (!ranges.isEmpty() && ranges.first().start > Lead) {
        from = ranges.first().start - Lead;
        // Start at a word: move forward to the next space.
        const qsizetype space = text.indexOf(u' ', from);
        if (space >= 0 && space < ranges.first().start)
            from = space + 1;
    }
    if (from > 0 && text.at(from).isLowSurrogate())
        ++from;
    qsizetype to = qMin(text.size(), from + Width);
    for (const Range &range : ranges) {
        // A match that starts inside the window is shown whole.
        if (range.start < to && range.start + range.length > to)
            to = range.start + range.length;
    }
    if (to < text.size() && text.at(to).isLowSurrogate())
        ++to;

    QString snippet;
    snippet.reserve(to - from + 8);
    if (from > 0)
        snippet.append(QChar(0x2026));
    qsizetype next = 0; // the next range to open
    bool open = false;
    for (qsizetype i = from; i < to; ++i) {
        while (next < ranges.size() && !open && ranges.at(next).start + ranges.at(next).length <= i)
            ++next;
        if (!open && next < ranges.size() && ranges.at(next).start == i) {
            snippet.append(MatchStart);
            open = true;
        } else if (!open && next < ranges.size() && ranges.at(next).start < i && i == from) {
            snippet.append(MatchStart);
            open = true;
        }
        QChar c = text.at(i);
        if (c == MatchStart || c == MatchEnd)
            c = QChar(QChar::ReplacementCharacter);
        else if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
        snippet.append(c);
        if (open && i + 1 == ranges.at(next).start + ranges.at(next).length) {
            snippet.append(MatchEnd);
            open = false;
            ++next;
        }
    }
    if (open)
        snippet.append(MatchEnd);
    if (to < text.size())
        snippet.append(QChar(0x2026));
    return snippet;
}

QString SearchSnippet::plain(const QString &snippet)
{
    QString text = snippet;
    text.remove(MatchStart);
    text.remove(MatchEnd);
    return text;
}

} // namespace signalbox

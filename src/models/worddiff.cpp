#include "worddiff.h"

#include <dtl/dtl.hpp>

#include <vector>

namespace signalbox {

QStringList WordDiff::tokenize(const QString &text)
{
    QStringList tokens;
    qsizetype start = 0;
    for (qsizetype i = 1; i <= text.size(); ++i) {
        if (i == text.size() || text.at(i).isSpace() != text.at(start).isSpace()) {
            tokens.append(text.mid(start, i - start));
            start = i;
        }
    }
    return tokens;
}

QList<DiffSegment> WordDiff::compare(const QString &before, const QString &after)
{
    const QStringList a = tokenize(before);
    const QStringList b = tokenize(after);
    dtl::Diff<QString, std::vector<QString>> diff(std::vector<QString>(a.cbegin(), a.cend()),
                                                  std::vector<QString>(b.cbegin(), b.cend()));
    diff.compose();
    const auto sequence = diff.getSes().getSequence();

    QList<DiffSegment> segments;
    auto append = [&segments](DiffSegment::Kind kind, const QString &text) {
        if (text.isEmpty())
            return;
        if (!segments.isEmpty() && segments.last().kind == kind)
            segments.last().text += text;
        else
            segments.append({kind, text});
    };
    // A changed run collects its removed and added text apart, so that the reader sees the
    // old words, then the new ones, instead of a word-by-word zip.
    QString removed;
    QString added;
    auto flush = [&] {
        append(DiffSegment::Removed, removed);
        append(DiffSegment::Added, added);
        removed.clear();
        added.clear();
    };
    for (size_t i = 0; i < sequence.size(); ++i) {
        const auto &[token, info] = sequence[i];
        switch (info.type) {
        case dtl::SES_DELETE:
            removed += token;
            break;
        case dtl::SES_ADD:
            added += token;
            break;
        default: {
            // A lone space between two changes belongs to the change, not to a "same" island.
            const bool inChange = !removed.isEmpty() || !added.isEmpty();
            const bool changeFollows
                = i + 1 < sequence.size() && sequence[i + 1].second.type != dtl::SES_COMMON;
            if (inChange && changeFollows && token.trimmed().isEmpty()) {
                removed += token;
                added += token;
            } else {
                flush();
                append(DiffSegment::Same, token);
            }
            break;
        }
        }
    }
    flush();
    return segments;
}

QString WordDiff::toHtml(const QList<DiffSegment> &segments)
{
    // Translucent backgrounds tint whatever the palette is, so the text keeps its own colour
    // and stays readable on light and dark themes alike.
    static const QString removedOpen
        = QStringLiteral("<del style=\"background-color: rgba(220, 60, 60, 0.30); text-decoration: "
                         "line-through;\">");
    static const QString addedOpen = QStringLiteral(
        "<ins style=\"background-color: rgba(60, 180, 90, 0.30); text-decoration: none;\">");
    QString html;
    for (const DiffSegment &segment : segments) {
        QString text = segment.text.toHtmlEscaped();
        text.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
        switch (segment.kind) {
        case DiffSegment::Same:
            html += text;
            break;
        case DiffSegment::Removed:
            html += removedOpen + text + QStringLiteral("</del>");
            break;
        case DiffSegment::Added:
            html += addedOpen + text + QStringLiteral("</ins>");
            break;
        }
    }
    return html;
}

} // namespace signalbox

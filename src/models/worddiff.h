#pragma once

#include <QList>
#include <QString>

namespace signalbox {

// One run of a word diff: text both versions share, text only the old one had, or new text.
struct DiffSegment
{
    enum Kind { Same, Removed, Added };
    Kind kind = Same;
    QString text;

    friend bool operator==(const DiffSegment &, const DiffSegment &) = default;
};

// A word-level diff of two versions of a message (dtl's O(NP) algorithm over words and the
// whitespace between them), for the edit history dialog.
class WordDiff
{
public:
    // Consecutive tokens of one kind are merged; removed text comes before added text.
    static QList<DiffSegment> compare(const QString &before, const QString &after);
    // Escaped HTML: <del> for removed, <ins> for added, colours readable on light and dark.
    static QString toHtml(const QList<DiffSegment> &segments);
    // Words and the whitespace runs between them, in order; joined they give text back.
    static QStringList tokenize(const QString &text);
};

} // namespace signalbox

#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// How search compares text: one definition for the index, the query and the snippet.
namespace signalbox::textfold {

// Case and accents removed: NFD, combining marks and format characters (bidi controls,
// zero-width joiners) dropped, NFC again, then case folded
// ("Café" -> "cafe", "ΚΑΦΈΣ" -> "καφεσ", "Ёжик" -> "ежик"). The store registers it with SQLite
// as the SQL function signalbox_fold(), so the index and the query fold the same way.
QString fold(QStringView text);

// A word: a maximal run of letters, digits, marks and format characters (what FTS5's
// unicode61 tokenizer keeps of the folded text).
struct Span
{
    qsizetype start = 0;
    qsizetype length = 0;
};
QList<Span> words(QStringView text);

// Scripts written without spaces between words (Han, Hiragana, Katakana, Hangul): a word of
// theirs is a whole sentence to the tokenizer, so search matches them as substrings.
bool isCjk(char32_t c);
bool containsCjk(QStringView text);

} // namespace signalbox::textfold

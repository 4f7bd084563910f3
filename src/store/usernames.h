#pragma once

#include <QString>
#include <QStringList>

namespace signalbox {

// What makes two usernames the same name to a reader, decided by ICU (UTS #39 and #15), not by
// a table of our own: NFKC case folding, and the spoof checker's confusable skeleton.
class Usernames
{
public:
    // The form uniqueness is decided on: NFKC case folded ("ＡＬＩＣＥ" and "Alice" -> "alice"),
    // accents taken off (NFD without the non-spacing marks: "ALİCE" and "José" are "alice" and
    // "jose"), then ICU's confusable skeleton (uspoof_getSkeleton: Cyrillic "а" and Latin
    // "ı" read as "a" and "i"). Two names with the same skeleton are confusable.
    static QString skeleton(const QString &name);
    // Whether the name mixes scripts beyond what ICU's "highly restrictive" level allows
    // (one script, or Latin with Han and Japanese or Korean), or holds invisible characters.
    static bool isSuspicious(const QString &name);
    // The scripts the name is written in, by their English names ("Latin", "Cyrillic"),
    // leaving out those shared by all scripts (digits, punctuation, combining marks).
    static QStringList scripts(const QString &name);
    // The characters outside ASCII as code points: "U+0430 U+0131".
    static QString codePoints(const QString &name);
};

} // namespace signalbox

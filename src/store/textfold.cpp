#include "textfold.h"

namespace signalbox::textfold {

namespace {

// Letters, digits, marks, and format characters (bidi controls, zero-width joiners, soft
// hyphens): those join a word rather than split it, and the fold drops them.
bool isWordCharacter(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return QChar::isLetterOrNumber(c) || category == QChar::Mark_NonSpacing
           || category == QChar::Mark_SpacingCombining || category == QChar::Mark_Enclosing
           || category == QChar::Other_Format;
}

// The code point at `at`, and how many UTF-16 units it takes.
char32_t codePointAt(QStringView text, qsizetype at, qsizetype *units)
{
    const QChar c = text.at(at);
    if (c.isHighSurrogate() && at + 1 < text.size() && text.at(at + 1).isLowSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(c, text.at(at + 1));
    }
    *units = 1;
    return c.unicode();
}

} // namespace

QString fold(QStringView text)
{
    // Plain ASCII (most messages) needs no normalization.
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return text.toString().toCaseFolded();
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString stripped;
    stripped.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing && c.category() != QChar::Other_Format)
            stripped.append(c);
    }
    return stripped.normalized(QString::NormalizationForm_C).toCaseFolded();
}

QList<Span> words(QStringView text)
{
    QList<Span> spans;
    qsizetype start = -1;
    qsizetype units = 1;
    for (qsizetype at = 0; at < text.size(); at += units) {
        const char32_t c = codePointAt(text, at, &units);
        if (isWordCharacter(c)) {
            if (start < 0)
                start = at;
        } else if (start >= 0) {
            spans.append({start, at - start});
            start = -1;
        }
    }
    if (start >= 0)
        spans.append({start, text.size() - start});
    return spans;
}

bool isCjk(char32_t c)
{
    return (c >= 0x2E80 && c <= 0x2FDF)       // CJK radicals
           || (c >= 0x3040 && c <= 0x30FF)    // Hiragana, Katakana
           || (c >= 0x3100 && c <= 0x31FF)    // Bopomofo, Hangul compatibility jamo, Katakana ext.
           || (c >= 0x3400 && c <= 0x4DBF)    // CJK extension A
           || (c >= 0x4E00 && c <= 0x9FFF)    // CJK unified ideographs
           || (c >= 0xAC00 && c <= 0xD7AF)    // Hangul syllables
           || (c >= 0xF900 && c <= 0xFAFF)    // CJK compatibility ideographs
           || (c >= 0xFF66 && c <= 0xFF9F)    // half-width Katakana
           || (c >= 0x20000 && c <= 0x3FFFF); // CJK extensions B and later
}

bool containsCjk(QStringView text)
{
    qsizetype units = 1;
    for (qsizetype at = 0; at < text.size(); at += units) {
        if (isCjk(codePointAt(text, at, &units)))
            return true;
    }
    return false;
}

} // namespace signalbox::textfold

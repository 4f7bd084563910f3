#include "textpreview.h"

namespace signalbox {

QString elided(const QString &text, qsizetype maxLength)
{
    if (text.size() <= maxLength)
        return text;
    if (maxLength <= 0)
        return {};
    qsizetype keep = maxLength - 1; // room for the ellipsis
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep;
    QString cut = text.left(keep);
    while (!cut.isEmpty() && cut.back().isSpace())
        cut.chop(1);
    return cut + QChar(0x2026);
}

QString oneLinePreview(const QString &text, qsizetype maxLength)
{
    return elided(text.simplified(), maxLength);
}

} // namespace signalbox

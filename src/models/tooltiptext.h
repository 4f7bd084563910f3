#pragma once

#include <QString>
#include <QTextDocument>

namespace signalbox {

// A tool tip shows rich text whenever its text looks like HTML (Qt::mightBeRichText): a
// message reading "<b>hi</b>" or "<img src=…>" would be rendered, not shown. Tool tips that
// quote what people wrote go through this, so they show it exactly as written.
inline QString plainToolTip(const QString &text)
{
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

} // namespace signalbox

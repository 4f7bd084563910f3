#include "messagetext.h"

#include <QFontMetrics>
#include <QGuiApplication>
#include <QPainter>
#include <QRegularExpression>
#include <QTextLayout>

#include <cmath>

namespace signalbox {

struct MessageText::Paragraph
{
    QTextLayout layout;
    int start = 0; // offset of the paragraph in the whole text
    qreal top = 0;
    qreal height = 0;
    Qt::LayoutDirection direction = Qt::LeftToRight;
    QList<QTextLayout::FormatRange> linkRanges; // relative to the paragraph
};

MessageText::MessageText(const QString &text, const QFont &font, int width)
    : m_links(findLinks(text))
{
    const QFontMetrics metrics(font);
    const Qt::LayoutDirection messageDirection
        = directionOf(text, QGuiApplication::layoutDirection());
    QTextCharFormat linkFormat;
    linkFormat.setFontUnderline(true);

    qreal y = 0;
    int start = 0;
    const qsizetype size = text.size();
    while (start <= size) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = size;
        QString paragraph = text.mid(start, end - start);
        // "\r\n" is one break: the carriage return is not shown as a character.
        if (paragraph.endsWith(QLatin1Char('\r')))
            paragraph.chop(1);

        auto p = std::make_unique<Paragraph>();
        p->start = start;
        p->top = y;
        p->direction = directionOf(paragraph, messageDirection);
        // U+2028 (line separator) also breaks the line inside QTextLayout.
        p->layout.setText(paragraph);
        p->layout.setFont(font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        option.setTextDirection(p->direction);
        // The leading edge: left for a left-to-right paragraph, right for the others
        // (QTextLayout itself does not mirror Qt::AlignLeading).
        option.setAlignment(p->direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
        p->layout.setTextOption(option);
        p->layout.beginLayout();
        qreal height = 0;
        for (QTextLine line = p->layout.createLine(); line.isValid();
             line = p->layout.createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, height));
            height += metrics.lineSpacing();
        }
        p->layout.endLayout();
        // A blank line keeps the height of a line.
        p->height = std::max<qreal>(height, metrics.lineSpacing());
        y += p->height;

        for (const Link &link : std::as_const(m_links)) {
            const int from = std::max(link.start, start);
            const int to = std::min<int>(link.start + link.length, int(start + paragraph.size()));
            if (from < to)
                p->linkRanges.append({from - start, to - from, linkFormat});
        }
        m_paragraphs.push_back(std::move(p));
        start = int(end) + 1;
    }
    m_height = int(std::ceil(y));
}

MessageText::~MessageText() = default;

int MessageText::lineCount() const
{
    int lines = 0;
    for (const auto &p : m_paragraphs)
        lines += std::max(1, p->layout.lineCount());
    return lines;
}

QList<Qt::LayoutDirection> MessageText::paragraphDirections() const
{
    QList<Qt::LayoutDirection> directions;
    for (const auto &p : m_paragraphs)
        directions.append(p->direction);
    return directions;
}

QString MessageText::plainText() const
{
    QStringList paragraphs;
    for (const auto &p : m_paragraphs)
        paragraphs.append(p->layout.text());
    return paragraphs.join(QLatin1Char('\n'));
}

void MessageText::draw(QPainter *painter, const QPointF &topLeft, const QColor &linkColor) const
{
    for (const auto &p : m_paragraphs) {
        QList<QTextLayout::FormatRange> links = p->linkRanges;
        for (QTextLayout::FormatRange &range : links)
            range.format.setForeground(linkColor);
        p->layout.draw(painter, topLeft + QPointF(0, p->top), links);
    }
}

QUrl MessageText::linkAt(const QPointF &pos) const
{
    for (const auto &p : m_paragraphs) {
        if (pos.y() < p->top || pos.y() >= p->top + p->height || p->linkRanges.isEmpty())
            continue;
        const QPointF local = pos - QPointF(0, p->top);
        for (int i = 0; i < p->layout.lineCount(); ++i) {
            const QTextLine line = p->layout.lineAt(i);
            if (!line.naturalTextRect().contains(local))
                continue;
            const int cursor = line.xToCursor(local.x(), QTextLine::CursorOnCharacter);
            for (const Link &link : m_links) {
                const int at = p->start + cursor;
                if (at >= link.start && at < link.start + link.length)
                    return link.url;
            }
        }
    }
    return {};
}

QList<MessageText::Link> MessageText::findLinks(const QString &text)
{
    // The scheme must start a word: "xhttp://" is no link. Addresses end at white space or at
    // characters that never occur unescaped in one.
    static const QRegularExpression candidate(
        QStringLiteral("(?<![\\w@.+-])(?:https?://|mailto:)[^\\s<>\"]+"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QList<Link> links;
    for (auto it = candidate.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        QString address = match.captured();
        // Sentence punctuation after an address is not part of it; a closing bracket only
        // when the address did not open one.
        while (!address.isEmpty()) {
            const QChar last = address.back();
            if (QStringLiteral(".,;:!?'").contains(last)
                || (last == QLatin1Char(')') && !address.contains(QLatin1Char('(')))
                || (last == QLatin1Char(']') && !address.contains(QLatin1Char('[')))) {
                address.chop(1);
                continue;
            }
            break;
        }
        const QUrl url(address, QUrl::StrictMode);
        if (!url.isValid() || !isOpenable(url))
            continue;
        links.append({int(match.capturedStart()), int(address.size()), url});
    }
    return links;
}

bool MessageText::isOpenable(const QUrl &url)
{
    if (!url.isValid())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return !url.host().isEmpty();
    if (scheme == QLatin1String("mailto"))
        return url.path().contains(QLatin1Char('@'));
    return false;
}

Qt::LayoutDirection MessageText::directionOf(const QString &paragraph, Qt::LayoutDirection fallback)
{
    for (const QChar c : paragraph) {
        switch (c.direction()) {
        case QChar::DirL:
            return Qt::LeftToRight;
        case QChar::DirR:
        case QChar::DirAL:
            return Qt::RightToLeft;
        default:
            break;
        }
    }
    return fallback;
}

} // namespace signalbox

#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>
#include <vector>

class QPainter;
class QTextLayout;

namespace signalbox {

// A message's text laid out as it was written, for painting and hit-testing: every line break
// kept (a blank line stays a blank line), each paragraph laid out in its own direction (its
// first strong character, as the Unicode bidi algorithm says: Arabic or Hebrew right to left),
// and http, https and mailto addresses found and marked as links. Nothing in the text is ever
// read as markup.
class MessageText
{
public:
    struct Link
    {
        int start = 0; // in the whole text
        int length = 0;
        QUrl url;

        friend bool operator==(const Link &, const Link &) = default;
    };

    MessageText(const QString &text, const QFont &font, int width);
    ~MessageText();
    MessageText(const MessageText &) = delete;
    MessageText &operator=(const MessageText &) = delete;

    int height() const { return m_height; }
    int lineCount() const;
    const QList<Link> &links() const { return m_links; }
    // One entry per paragraph (text between line breaks), in order.
    QList<Qt::LayoutDirection> paragraphDirections() const;
    // The text the layouts hold, paragraphs joined with '\n': the message unchanged.
    QString plainText() const;

    // Paints at topLeft; links in linkColor and underlined.
    void draw(QPainter *painter, const QPointF &topLeft, const QColor &linkColor) const;
    // The link at a point relative to the top left corner (an empty URL when there is none).
    QUrl linkAt(const QPointF &pos) const;

    // The links in a text: http://, https:// and mailto: addresses, without the punctuation
    // that ends a sentence after them. No other scheme is ever a link.
    static QList<Link> findLinks(const QString &text);
    // Whether a URL may be opened from a message: http, https or mailto only.
    static bool isOpenable(const QUrl &url);
    // The direction of a paragraph from its first strong character (fallback when it has none).
    static Qt::LayoutDirection directionOf(const QString &paragraph, Qt::LayoutDirection fallback);

private:
    struct Paragraph;
    std::vector<std::unique_ptr<Paragraph>> m_paragraphs;
    QList<Link> m_links;
    int m_height = 0;
};

} // namespace signalbox

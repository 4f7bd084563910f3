#include "messagelistdelegate.h"

#include "timetext.h"

#include <QApplication>
#include <QPainter>

namespace signalbox {

namespace {
constexpr int Padding = 6;
constexpr int LineGap = 2;
} // namespace

MessageListDelegate::MessageListDelegate(Roles roles, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_roles(roles)
{}

void MessageListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool unread = m_roles.read == AlwaysUnread
                        || (m_roles.read != NeverUnread && !index.data(m_roles.read).toBool());
    const QString sender = index.data(m_roles.sender).toString();
    const QString content = index.data(m_roles.content).toString().simplified();
    const QString time = TimeText::brief(index.data(m_roles.time).toDateTime());

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
        = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text
        = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor faint = text;
    faint.setAlphaF(0.65f);

    painter->save();
    QRect area = opt.rect.adjusted(Padding, Padding, -Padding, -Padding);
    if (m_roles.read == NeverUnread) {
        area.setLeft(area.left() - 14);
    } else if (unread) {
        // A dot before unread rows, as mail clients do.
        const int dot = 7;
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? text : opt.palette.color(group, QPalette::Highlight));
        const QFontMetrics metrics(opt.font);
        painter->drawEllipse(
            QRect(area.left(), area.top() + (metrics.height() - dot) / 2, dot, dot));
    }
    area.setLeft(area.left() + 14);

    QFont senderFont = opt.font;
    senderFont.setBold(true);
    QFont smallFont = opt.font;
    smallFont.setPointSizeF(opt.font.pointSizeF() * 0.9);
    QFont contentFont = opt.font;
    contentFont.setBold(unread);
    const QFontMetrics senderMetrics(senderFont);
    const QFontMetrics smallMetrics(smallFont);
    const QFontMetrics contentMetrics(contentFont);

    QRect line(area.left(), area.top(), area.width(), senderMetrics.height());
    const int timeWidth = smallMetrics.horizontalAdvance(time);
    painter->setFont(smallFont);
    painter->setPen(faint);
    painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, time);
    painter->setFont(senderFont);
    painter->setPen(text);
    painter->drawText(
        line, Qt::AlignLeft | Qt::AlignVCenter,
        senderMetrics.elidedText(sender, Qt::ElideRight, line.width() - timeWidth - Padding));

    line = QRect(area.left(), line.bottom() + LineGap, area.width(), contentMetrics.height());
    painter->setFont(contentFont);
    painter->setPen(unread ? text : faint);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                      contentMetrics.elidedText(content, Qt::ElideRight, line.width()));
    painter->restore();
}

QSize MessageListDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    Q_UNUSED(index)
    QFont bold = option.font;
    bold.setBold(true);
    return {100, QFontMetrics(bold).height() * 2 + LineGap + 2 * Padding};
}

} // namespace signalbox

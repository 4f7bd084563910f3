#include "conversationdelegate.h"

#include "appearance.h"
#include "conversationlistmodel.h"
#include "timetext.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace signalbox {

namespace {
constexpr int Padding = 8;
constexpr int LineGap = 3;
} // namespace

ConversationDelegate::ConversationDelegate(Id viewerId, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_viewerId(viewerId)
{}

void ConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const QString name = index.data(ConversationListModel::PeerNameRole).toString();
    QString preview = index.data(ConversationListModel::LastMessageRole).toString().simplified();
    if (index.data(ConversationListModel::LastSenderIdRole).toLongLong() == m_viewerId)
        preview = tr("You: %1").arg(preview);
    // An unsent draft stands in for the last message, marked, as in Telegram and Signal.
    const QString draft = index.data(ConversationListModel::DraftRole).toString().simplified();
    if (!draft.isEmpty())
        preview = tr("Draft: %1").arg(draft);
    const QString time
        = TimeText::brief(index.data(ConversationListModel::LastTimestampRole).toDateTime());
    const int unread = index.data(ConversationListModel::UnreadCountRole).toInt();

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
        = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text
        = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor faint = text;
    faint.setAlphaF(0.65f);

    painter->save();
    const QRect area = opt.rect.adjusted(Padding, Padding, -Padding, -Padding);
    QFont nameFont = opt.font;
    nameFont.setBold(true);
    QFont smallFont = opt.font;
    smallFont.setPointSizeF(opt.font.pointSizeF() * 0.9);
    QFont previewFont = opt.font;
    previewFont.setBold(unread > 0);
    const QFontMetrics nameMetrics(nameFont);
    const QFontMetrics smallMetrics(smallFont);
    const QFontMetrics previewMetrics(previewFont);

    // First line: name, time at the right.
    const int timeWidth = smallMetrics.horizontalAdvance(time);
    QRect line(area.left(), area.top(), area.width(), nameMetrics.height());
    painter->setFont(smallFont);
    painter->setPen(unread > 0 && !selected ? opt.palette.color(group, QPalette::Highlight)
                                            : faint);
    painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, time);
    painter->setFont(nameFont);
    painter->setPen(text);
    painter->drawText(
        line.adjusted(0, 0, -(timeWidth + Padding), 0), Qt::AlignLeft | Qt::AlignVCenter,
        nameMetrics.elidedText(name, Qt::ElideRight, line.width() - timeWidth - Padding));

    // Second line: preview, unread badge at the right.
    line = QRect(area.left(), line.bottom() + LineGap, area.width(), previewMetrics.height());
    int badgeWidth = 0;
    if (unread > 0) {
        const QString count = unread > 99 ? QStringLiteral("99+") : QString::number(unread);
        QFont badgeFont = smallFont;
        badgeFont.setBold(true);
        const QFontMetrics badgeMetrics(badgeFont);
        const int h = badgeMetrics.height() + 2;
        badgeWidth = std::max(h, badgeMetrics.horizontalAdvance(count) + 10);
        const QRect badge(line.right() - badgeWidth + 1, line.center().y() - h / 2, badgeWidth, h);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? opt.palette.color(group, QPalette::HighlightedText)
                                   : opt.palette.color(group, QPalette::Highlight));
        painter->drawRoundedRect(badge, h / 2.0, h / 2.0);
        painter->setFont(badgeFont);
        painter->setPen(selected ? opt.palette.color(group, QPalette::Highlight)
                                 : opt.palette.color(group, QPalette::HighlightedText));
        painter->drawText(badge, Qt::AlignCenter, count);
    }
    painter->setFont(previewFont);
    painter->setPen(!draft.isEmpty() && !selected ? ThemeColors::errorText(opt.palette)
                    : unread > 0                  ? text
                                                  : faint);
    const int previewWidth = line.width() - (badgeWidth ? badgeWidth + Padding : 0);
    painter->drawText(QRect(line.left(), line.top(), previewWidth, line.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      previewMetrics.elidedText(preview, Qt::ElideRight, previewWidth));
    painter->restore();
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    Q_UNUSED(index)
    QFont bold = option.font;
    bold.setBold(true);
    const int height = QFontMetrics(bold).height() * 2 + LineGap + 2 * Padding;
    return {200, height};
}

} // namespace signalbox

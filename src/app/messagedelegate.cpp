#include "messagedelegate.h"

#include "threadmodel.h"
#include "timetext.h"

#include <QApplication>
#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QTextLayout>
#include <QToolTip>
#include <QTreeView>

#include <cmath>

namespace signalbox {

namespace {
constexpr int Padding = 6;
constexpr int LineGap = 3;

QFont headerFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}

QFont smallFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.9);
    return font;
}

// Lays out text at a width, breaking between words (inside a word only when it is longer than
// the line), as QTextLayout does for rich text; returns the height. Fills `layout` if given.
int wrapText(const QFont &font, const QString &text, int width, QTextLayout *layout)
{
    QTextLayout local;
    QTextLayout &target = layout ? *layout : local;
    target.setText(text);
    target.setFont(font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    target.setTextOption(option);
    const QFontMetrics metrics(font);
    qreal height = 0;
    target.beginLayout();
    for (QTextLine line = target.createLine(); line.isValid(); line = target.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += metrics.lineSpacing();
    }
    target.endLayout();
    return int(std::ceil(height));
}

QFont bodyFont(const QFont &base, const QModelIndex &index)
{
    QFont font = base;
    font.setBold(index.data(ThreadModel::UnreadForViewerRole).toBool());
    font.setItalic(index.data(ThreadModel::DeletedRole).toBool());
    return font;
}
} // namespace

MessageDelegate::MessageDelegate(QTreeView *view, Id viewerId, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_view(view)
    , m_viewerId(viewerId)
{
    if (view) {
        m_viewport = view->viewport();
        m_viewport->installEventFilter(this);
        // The reply summary line comes and goes with the branch: re-measure the rows.
        connect(view, &QTreeView::expanded, this, [this] {
            if (m_view)
                m_view->doItemsLayout();
        });
        connect(view, &QTreeView::collapsed, this, [this] {
            if (m_view)
                m_view->doItemsLayout();
        });
    }
}

QString MessageDelegate::headerText(const QModelIndex &index, Id viewerId)
{
    const Id sender = index.data(ThreadModel::SenderIdRole).toLongLong();
    const QString name
        = sender == viewerId ? tr("You") : index.data(ThreadModel::SenderNameRole).toString();
    return name;
}

QString MessageDelegate::bodyText(const QModelIndex &index)
{
    if (index.data(ThreadModel::DeletedRole).toBool())
        return tr("This message was deleted.");
    return index.data(ThreadModel::ContentRole).toString();
}

QString MessageDelegate::replySummary(const QModelIndex &index, bool expanded)
{
    const int replies = index.data(ThreadModel::ReplyCountRole).toInt();
    if (replies <= 0 || expanded)
        return {};
    // The subtree count includes the message itself; the summary is about its replies.
    int unread = index.data(ThreadModel::SubtreeUnreadRole).toInt();
    if (index.data(ThreadModel::UnreadForViewerRole).toBool())
        --unread;
    const QString count = tr("%n reply(s)", nullptr, replies);
    if (unread <= 0)
        return count;
    return tr("%1 · %n unread", nullptr, unread).arg(count);
}

bool MessageDelegate::isExpanded(const QModelIndex &index) const
{
    return m_view && m_view->isExpanded(index);
}

int MessageDelegate::contentWidth(const QModelIndex &index) const
{
    if (!m_view)
        return 400;
    int depth = 0;
    for (QModelIndex i = index.parent(); i.isValid(); i = i.parent())
        ++depth;
    const int indent = m_view->indentation() * (depth + (m_view->rootIsDecorated() ? 1 : 0));
    return std::max(120, m_view->viewport()->width() - indent);
}

MessageDelegate::Layout MessageDelegate::layoutFor(const QStyleOptionViewItem &option,
                                                   const QModelIndex &index, int width) const
{
    Layout layout;
    const int inner = std::max(40, width - 2 * Padding);
    const QFontMetrics header(headerFont(option.font));
    const QFontMetrics body(bodyFont(option.font, index));
    const QFontMetrics small(smallFont(option.font));
    int y = Padding;
    layout.header = QRect(Padding, y, inner, header.height());
    y += header.height() + LineGap;
    const int textHeight = wrapText(bodyFont(option.font, index), bodyText(index), inner, nullptr);
    layout.body = QRect(Padding, y, inner, std::max(textHeight, body.height()));
    y += layout.body.height();
    if (!replySummary(index, isExpanded(index)).isEmpty()) {
        y += LineGap;
        layout.footer = QRect(Padding, y, inner, small.height());
        y += small.height();
    }
    layout.height = y + Padding;
    return layout;
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const Layout layout = layoutFor(opt, index, opt.rect.width());
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
        = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text
        = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor faint = text;
    faint.setAlphaF(0.6f);
    const QColor accent = selected ? text : opt.palette.color(group, QPalette::Highlight);
    const bool unread = index.data(ThreadModel::UnreadForViewerRole).toBool();
    const bool deleted = index.data(ThreadModel::DeletedRole).toBool();

    painter->save();
    painter->translate(opt.rect.topLeft());

    // Header: [●] sender  time  (edited)
    int x = layout.header.left();
    if (unread) {
        const int dot = 7;
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(accent);
        painter->drawEllipse(QRect(x, layout.header.center().y() - dot / 2, dot, dot));
        x += dot + 5;
    }
    const QFont hFont = headerFont(opt.font);
    const QFont sFont = smallFont(opt.font);
    const QString sender = headerText(index, m_viewerId);
    painter->setFont(hFont);
    painter->setPen(text);
    const QFontMetrics hMetrics(hFont);
    painter->drawText(
        QRect(x, layout.header.top(), layout.header.right() - x, layout.header.height()),
        Qt::AlignLeft | Qt::AlignVCenter, sender);
    x += hMetrics.horizontalAdvance(sender) + 10;

    QString meta = TimeText::brief(index.data(ThreadModel::TimestampRole).toDateTime());
    if (index.data(ThreadModel::EditedRole).toBool() && !deleted)
        meta += QStringLiteral("  ") + tr("(edited)");
    painter->setFont(sFont);
    painter->setPen(faint);
    painter->drawText(QRect(x, layout.header.top(), std::max(0, layout.header.right() - x),
                            layout.header.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, meta);

    // Body
    painter->setFont(bodyFont(opt.font, index));
    painter->setPen(deleted ? faint : text);
    {
        QTextLayout lines;
        wrapText(painter->font(), bodyText(index), layout.body.width(), &lines);
        lines.draw(painter, layout.body.topLeft());
    }

    // Footer on collapsed branches
    const QString summary = replySummary(index, isExpanded(index));
    if (!summary.isEmpty()) {
        QFont footerFont = sFont;
        footerFont.setBold(summary.contains(QChar(0x00B7)));
        painter->setFont(footerFont);
        painter->setPen(accent);
        painter->drawText(layout.footer, Qt::AlignLeft | Qt::AlignVCenter,
                          QStringLiteral("↳ ") + summary);
    }
    painter->restore();
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = contentWidth(index);
    return {width, layoutFor(option, index, width).height};
}

bool MessageDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && index.isValid()) {
        QString tip = tr("Sent %1").arg(
            TimeText::full(index.data(ThreadModel::TimestampRole).toDateTime()));
        if (index.data(ThreadModel::EditedRole).toBool())
            tip += QLatin1Char('\n')
                   + tr("Edited %1")
                         .arg(TimeText::full(index.data(ThreadModel::EditedAtRole).toDateTime()));
        QToolTip::showText(event->globalPos(), tip, view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

bool MessageDelegate::eventFilter(QObject *watched, QEvent *event)
{
    // Wrapped text changes height with the width: lay the rows out again after a resize.
    if (event->type() == QEvent::Resize && watched == m_viewport && m_view) {
        const int width = m_view->viewport()->width();
        if (width != m_lastWidth) {
            m_lastWidth = width;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    if (m_view)
                        m_view->doItemsLayout();
                },
                Qt::QueuedConnection);
        }
    }
    return QStyledItemDelegate::eventFilter(watched, event);
}

} // namespace signalbox

#include "messagedelegate.h"

#include "messagetext.h"
#include "threadmodel.h"
#include "timetext.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDesktopServices>
#include <QEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QToolTip>
#include <QTreeView>

#include <cmath>

namespace signalbox {

namespace {
constexpr int Padding = 6;
constexpr int LineGap = 3;
constexpr int HeaderGap = 10;

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

QFont bodyFont(const QFont &base, const QModelIndex &index)
{
    QFont font = base;
    font.setBold(index.data(ThreadModel::UnreadForViewerRole).toBool());
    font.setItalic(index.data(ThreadModel::DeletedRole).toBool());
    return font;
}

QColor linkColor(const QStyleOptionViewItem &option, bool selected)
{
    const QPalette::ColorGroup group
        = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    return option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Link);
}

// A centred label between two hairlines, for the day separator and the "New messages" line.
void paintBand(QPainter *painter, const QRect &rect, const QString &label, const QFont &font,
               const QColor &color)
{
    painter->setFont(font);
    painter->setPen(color);
    const QFontMetrics metrics(font);
    const QString text = metrics.elidedText(label, Qt::ElideRight, rect.width());
    const int textWidth = metrics.horizontalAdvance(text);
    const QRect textRect(rect.center().x() - textWidth / 2, rect.top(), textWidth, rect.height());
    painter->drawText(textRect, Qt::AlignCenter, text);
    QColor line = color;
    line.setAlphaF(0.35f);
    painter->setPen(line);
    const int y = rect.center().y();
    if (textRect.left() - 8 > rect.left())
        painter->drawLine(rect.left(), y, textRect.left() - 8, y);
    if (textRect.right() + 8 < rect.right())
        painter->drawLine(textRect.right() + 8, y, rect.right(), y);
}
} // namespace

MessageDelegate::MessageDelegate(QTreeView *view, Id viewerId, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_view(view)
    , m_viewerId(viewerId)
{
    if (view) {
        m_viewport = view->viewport();
        m_viewObject = view;
        m_viewport->installEventFilter(this);
        view->installEventFilter(this);
        // The pointing hand over links needs the moves without a button held.
        view->viewport()->setMouseTracking(true);
        // The reply summary line comes and goes with the branch: re-measure the rows, after
        // the view's own layout (expandAll() emits expanded from inside it, and a nested
        // layout there freed memory the outer one was still using).
        connect(
            view, &QTreeView::expanded, this,
            [this] {
                if (m_view)
                    m_view->doItemsLayout();
            },
            Qt::QueuedConnection);
        connect(
            view, &QTreeView::collapsed, this,
            [this] {
                if (m_view)
                    m_view->doItemsLayout();
            },
            Qt::QueuedConnection);
    }
}

MessageDelegate::~MessageDelegate() = default;

QString MessageDelegate::headerText(const QModelIndex &index, Id viewerId)
{
    const Id sender = index.data(ThreadModel::SenderIdRole).toLongLong();
    const QString name
        = sender == viewerId ? tr("You") : index.data(ThreadModel::SenderNameRole).toString();
    return name;
}

QString MessageDelegate::timeText(const QModelIndex &index)
{
    QString meta = TimeText::brief(index.data(ThreadModel::TimestampRole).toDateTime());
    if (index.data(ThreadModel::EditedRole).toBool()
        && !index.data(ThreadModel::DeletedRole).toBool())
        meta += QStringLiteral("  ") + tr("(edited)");
    return meta;
}

QString MessageDelegate::seenText(const QModelIndex &index, Id viewerId)
{
    // The sender sees that the peer has read it (the read flag the store keeps).
    if (!index.data(ThreadModel::DeletedRole).toBool()
        && index.data(ThreadModel::SenderIdRole).toLongLong() == viewerId
        && index.data(ThreadModel::ReadRole).toBool())
        //: Shown on your own message once the other person has read it
        return tr("Seen");
    return {};
}

QString MessageDelegate::metaText(const QModelIndex &index, Id viewerId)
{
    const QString seen = seenText(index, viewerId);
    return seen.isEmpty() ? timeText(index) : timeText(index) + QStringLiteral("  ") + seen;
}

MessageDelegate::Header MessageDelegate::fitHeader(const QString &name, const QString &time,
                                                   const QString &seen,
                                                   const QFontMetrics &nameMetrics,
                                                   const QFontMetrics &metaMetrics, int available)
{
    const QString full = seen.isEmpty() ? time : time + QStringLiteral("  ") + seen;
    const int fullWidth = metaMetrics.horizontalAdvance(full);
    const int timeWidth = metaMetrics.horizontalAdvance(time);
    // A name keeps at least its first letter and the ellipsis.
    const int nameWidth = nameMetrics.horizontalAdvance(name);
    const int minName
        = std::min(nameWidth, nameMetrics.horizontalAdvance(name.left(1) + QChar(0x2026)));
    const auto named = [&](const QString &meta, int metaWidth) {
        const QString shown = nameMetrics.elidedText(
            name, Qt::ElideRight, std::max(minName, available - metaWidth - HeaderGap));
        return Header{shown, meta};
    };
    // The time and "(edited)" stay whole; the name is shortened first, then "Seen" goes,
    // and only then is the time itself cut.
    if (minName + HeaderGap + fullWidth <= available)
        return named(full, fullWidth);
    if (minName + HeaderGap + timeWidth <= available)
        return named(time, timeWidth);
    Header header = named(time, timeWidth);
    header.meta = metaMetrics.elidedText(time, Qt::ElideRight,
                                         std::max(0, available - minName - HeaderGap));
    return header;
}

QString MessageDelegate::dayLabel(const QDate &day, const QDate &today)
{
    if (day == today)
        return tr("Today");
    if (day.daysTo(today) == 1)
        return tr("Yesterday");
    const QLocale locale;
    if (day.year() == today.year())
        //: Date separator format for a day of this year (QDate format: d = day, MMMM = month)
        return locale.toString(day, tr("d MMMM"));
    //: Date separator format for a day of another year
    return locale.toString(day, tr("d MMMM yyyy"));
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

int MessageDelegate::bodyHeight(const QFont &font, const QModelIndex &index, int width) const
{
    watchModel(index.model());
    const Id id = index.data(ThreadModel::MessageIdRole).toLongLong();
    const int key = width * 2 + (font.bold() ? 1 : 0);
    if (id != 0) {
        const auto cached = m_heights.constFind(id);
        if (cached != m_heights.cend() && cached->first == key)
            return cached->second;
    }
    const int height = MessageText(bodyText(index), font, width).height();
    if (id != 0)
        m_heights.insert(id, {key, height});
    return height;
}

MessageDelegate::Layout MessageDelegate::layoutFor(const QStyleOptionViewItem &option,
                                                   const QModelIndex &index, int width) const
{
    Layout layout;
    const int inner = std::max(40, width - 2 * Padding);
    const QFontMetrics header(headerFont(option.font));
    const QFont body = bodyFont(option.font, index);
    const QFontMetrics bodyMetrics(body);
    const QFontMetrics small(smallFont(option.font));
    int y = Padding;
    if (index.data(ThreadModel::DaySeparatorRole).toDate().isValid()) {
        layout.separator = QRect(Padding, y, inner, small.height() + 2 * LineGap);
        y += layout.separator.height() + LineGap;
    }
    if (index.data(ThreadModel::FirstUnreadRole).toBool()) {
        layout.newMessages = QRect(Padding, y, inner, small.height() + 2 * LineGap);
        y += layout.newMessages.height() + LineGap;
    }
    layout.header = QRect(Padding, y, inner, header.height());
    y += header.height() + LineGap;
    const int textHeight = bodyHeight(body, index, inner);
    layout.body = QRect(Padding, y, inner, std::max(textHeight, bodyMetrics.height()));
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

    const Layout layout = layoutFor(opt, index, opt.rect.width());
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
        = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor plainText = opt.palette.color(group, QPalette::Text);
    const QColor text
        = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor faint = text;
    faint.setAlphaF(0.6f);
    const QColor accent = selected ? text : opt.palette.color(group, QPalette::Highlight);
    const bool unread = index.data(ThreadModel::UnreadForViewerRole).toBool();
    const QFont hFont = headerFont(opt.font);
    const QFont sFont = smallFont(opt.font);

    // The bands above the message are not part of its selection highlight.
    const int bandsBottom = std::max(layout.separator.bottom(), layout.newMessages.bottom());
    QStyleOptionViewItem panel = opt;
    if (bandsBottom > 0)
        panel.rect.setTop(opt.rect.top() + bandsBottom + LineGap / 2);
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &panel, painter, widget);

    painter->save();
    painter->translate(opt.rect.topLeft());

    if (!layout.separator.isNull()) {
        QColor dayColor = plainText;
        dayColor.setAlphaF(0.6f);
        paintBand(painter, layout.separator,
                  dayLabel(index.data(ThreadModel::DaySeparatorRole).toDate()), sFont, dayColor);
    }
    if (!layout.newMessages.isNull()) {
        QFont bold = sFont;
        bold.setBold(true);
        paintBand(painter, layout.newMessages, tr("New messages"), bold,
                  opt.palette.color(group, QPalette::Highlight));
    }

    // Header: [●] sender  time  (edited)  Seen. The time and marks keep their room; a long
    // name is shortened first.
    int x = layout.header.left();
    if (unread) {
        const int dot = 7;
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(accent);
        painter->drawEllipse(QRect(x, layout.header.center().y() - dot / 2, dot, dot));
        x += dot + 5;
    }
    const QFontMetrics hMetrics(hFont);
    const QFontMetrics sMetrics(sFont);
    const Header header
        = fitHeader(headerText(index, m_viewerId), timeText(index), seenText(index, m_viewerId),
                    hMetrics, sMetrics, std::max(0, layout.header.right() - x));
    const int nameWidth = hMetrics.horizontalAdvance(header.name);
    painter->setFont(hFont);
    painter->setPen(text);
    painter->drawText(QRect(x, layout.header.top(), nameWidth, layout.header.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, header.name);
    x += nameWidth + HeaderGap;

    painter->setFont(sFont);
    painter->setPen(faint);
    painter->drawText(QRect(x, layout.header.top(), std::max(0, layout.header.right() - x),
                            layout.header.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, header.meta);

    // Body
    const bool deleted = index.data(ThreadModel::DeletedRole).toBool();
    const QFont body = bodyFont(opt.font, index);
    painter->setFont(body);
    painter->setPen(deleted ? faint : text);
    MessageText(bodyText(index), body, layout.body.width())
        .draw(painter, layout.body.topLeft(), linkColor(opt, selected));

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

QStyleOptionViewItem MessageDelegate::optionFor(const QModelIndex &index) const
{
    QStyleOptionViewItem option;
    if (m_view) {
        option.initFrom(m_view->viewport());
        option.font = m_view->font();
        option.fontMetrics = QFontMetrics(option.font);
        option.rect = m_view->visualRect(index);
        option.widget = m_view;
    }
    return option;
}

QRect MessageDelegate::bodyRect(const QModelIndex &index) const
{
    if (!m_view || !index.isValid())
        return {};
    const QStyleOptionViewItem option = optionFor(index);
    if (option.rect.isEmpty())
        return {};
    return layoutFor(option, index, option.rect.width()).body.translated(option.rect.topLeft());
}

std::unique_ptr<MessageText> MessageDelegate::textLayout(const QModelIndex &index) const
{
    const QStyleOptionViewItem option = optionFor(index);
    const QRect body = bodyRect(index);
    return std::make_unique<MessageText>(bodyText(index), bodyFont(option.font, index),
                                         std::max(40, body.width()));
}

QUrl MessageDelegate::linkAt(const QModelIndex &index, const QPoint &viewportPos) const
{
    if (!index.isValid() || index.data(ThreadModel::DeletedRole).toBool())
        return {};
    const QRect body = bodyRect(index);
    if (!body.contains(viewportPos))
        return {};
    return textLayout(index)->linkAt(viewportPos - body.topLeft());
}

bool MessageDelegate::openLink(const QUrl &url)
{
    if (!MessageText::isOpenable(url))
        return false;
    return QDesktopServices::openUrl(url);
}

void MessageDelegate::openSelectableText(const QModelIndex &index, const QPoint &viewportPos)
{
    if (!m_view)
        return;
    const QPersistentModelIndex target(index);
    // After the double click has been handled: opening an editor inside it would re-enter.
    QMetaObject::invokeMethod(
        this,
        [this, target, viewportPos] {
            if (!m_view || !target.isValid())
                return;
            m_view->setCurrentIndex(target);
            // QTreeView hides the public edit(index) behind its protected overload.
            static_cast<QAbstractItemView *>(m_view.data())->edit(target);
            auto *editor = qobject_cast<QPlainTextEdit *>(m_view->indexWidget(target));
            if (!editor)
                return;
            // The word under the double click is selected, as in any text.
            QTextCursor cursor = editor->cursorForPosition(
                editor->viewport()->mapFrom(m_view->viewport(), viewportPos));
            cursor.select(QTextCursor::WordUnderCursor);
            editor->setTextCursor(cursor);
            editor->setFocus(Qt::MouseFocusReason);
        },
        Qt::QueuedConnection);
}

bool MessageDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                  const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (!index.isValid())
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    switch (event->type()) {
    case QEvent::MouseButtonRelease: {
        // The press has selected the message as usual; a release on a link opens it.
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton || mouse->modifiers() != Qt::NoModifier)
            break;
        const QUrl url = linkAt(index, mouse->position().toPoint());
        if (url.isEmpty())
            break;
        if (openLink(url))
            emit linkOpened(url);
        return true;
    }
    case QEvent::MouseButtonDblClick: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton || !(model->flags(index) & Qt::ItemIsEditable))
            break;
        const QPoint pos = mouse->position().toPoint();
        if (!bodyRect(index).contains(pos) || !linkAt(index, pos).isEmpty())
            break; // elsewhere a double click still expands or collapses the branch
        openSelectableText(index, pos);
        return true;
    }
    default:
        break;
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

QWidget *MessageDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    auto *editor = new QPlainTextEdit(parent);
    editor->setObjectName(QStringLiteral("messageTextView"));
    editor->setAccessibleName(tr("Message text"));
    editor->setReadOnly(true);
    editor->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    editor->setFrameShape(QFrame::NoFrame);
    editor->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    editor->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    editor->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    editor->document()->setDocumentMargin(0);
    editor->setContentsMargins(0, 0, 0, 0);
    editor->setFont(bodyFont(option.font, index));
    editor->setToolTip(tr("Select text to copy it; Esc closes"));
    return editor;
}

void MessageDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *text = qobject_cast<QPlainTextEdit *>(editor);
    if (!text)
        return;
    // Plain text only: nothing of the message is read as markup.
    text->setPlainText(bodyText(index));
    // Each paragraph in its own direction, as painted.
    for (QTextBlock block = text->document()->begin(); block.isValid(); block = block.next()) {
        QTextCursor cursor(block);
        QTextBlockFormat format = block.blockFormat();
        const Qt::LayoutDirection direction
            = MessageText::directionOf(block.text(), QGuiApplication::layoutDirection());
        if (format.layoutDirection() != direction) {
            format.setLayoutDirection(direction);
            cursor.setBlockFormat(format);
        }
    }
}

void MessageDelegate::setModelData(QWidget *, QAbstractItemModel *, const QModelIndex &) const
{
    // Read-only: selecting and copying never changes the message.
}

void MessageDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    const Layout layout = layoutFor(option, index, option.rect.width());
    editor->setGeometry(layout.body.translated(option.rect.topLeft()));
}

bool MessageDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && index.isValid()) {
        const QUrl link = linkAt(index, event->pos());
        if (!link.isEmpty()) {
            //: Tooltip of a link in a message; %1 is the address
            QToolTip::showText(event->globalPos(),
                               tr("Open %1").arg(link.toDisplayString(QUrl::FullyDecoded)), view);
            return true;
        }
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
    if (watched == m_viewport && m_view) {
        switch (event->type()) {
        case QEvent::Resize: {
            // Wrapped text changes height with the width: lay the rows out again.
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
            break;
        }
        case QEvent::MouseMove: {
            // A pointing hand over links, the arrow everywhere else.
            const QPoint pos = static_cast<QMouseEvent *>(event)->position().toPoint();
            const bool onLink = !linkAt(m_view->indexAt(pos), pos).isEmpty();
            if (onLink)
                m_view->viewport()->setCursor(Qt::PointingHandCursor);
            else
                m_view->viewport()->unsetCursor();
            break;
        }
        default:
            break;
        }
    } else if (watched == m_viewObject && m_view && event->type() == QEvent::KeyPress) {
        // Return on the selected message opens its first link.
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            // (Keys reach the view only while it has the focus, not while an editor has.)
            const QModelIndex current = m_view->currentIndex();
            if (current.isValid() && !current.data(ThreadModel::DeletedRole).toBool()) {
                const auto links = MessageText::findLinks(bodyText(current));
                if (!links.isEmpty()) {
                    if (openLink(links.first().url))
                        emit linkOpened(links.first().url);
                    return true;
                }
            }
        }
    }
    // The view and its viewport are not editors: only editors go to the base class's filter
    // (Esc, Tab and focus changes close them).
    if (watched == m_viewport || watched == m_viewObject)
        return false;
    return QStyledItemDelegate::eventFilter(watched, event);
}

void MessageDelegate::watchModel(const QAbstractItemModel *model) const
{
    if (model == m_cachedModel)
        return;
    if (m_cachedModel)
        disconnect(m_cachedModel, nullptr, this, nullptr);
    m_heights.clear();
    m_cachedModel = model;
    if (!model)
        return;
    // A changed message is measured again; a reset forgets every height.
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                    m_heights.remove(
                        topLeft.siblingAtRow(row).data(ThreadModel::MessageIdRole).toLongLong());
            });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { m_heights.clear(); });
    connect(model, &QObject::destroyed, this, [this] {
        m_heights.clear();
        m_cachedModel = nullptr;
    });
}

} // namespace signalbox

#include "searchpane.h"

#include "searchmodel.h"
#include "searchsnippet.h"
#include "store.h"
#include "timetext.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QVBoxLayout>

namespace signalbox {

namespace {

constexpr int Padding = 6;

// Two lines per result: the peer and the time, then the snippet with its matches in bold on
// a highlight.
class SearchResultDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
        const bool selected = opt.state & QStyle::State_Selected;
        const QColor text
            = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);

        painter->save();
        const QRect area = opt.rect.adjusted(Padding, Padding, -Padding, -Padding);
        QFont bold = opt.font;
        bold.setBold(true);
        const QFontMetrics boldMetrics(bold);
        const QString time = TimeText::brief(index.data(SearchModel::TimestampRole).toDateTime());
        const int timeWidth = opt.fontMetrics.horizontalAdvance(time);
        painter->setPen(text);
        painter->setFont(bold);
        painter->drawText(QRect(area.left(), area.top(), area.width() - timeWidth - Padding,
                                boldMetrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          boldMetrics.elidedText(index.data(SearchModel::PeerNameRole).toString(),
                                                 Qt::ElideRight,
                                                 area.width() - timeWidth - Padding));
        painter->setFont(opt.font);
        painter->drawText(
            QRect(area.right() - timeWidth, area.top(), timeWidth, boldMetrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, time);

        QTextDocument document;
        document.setDefaultFont(opt.font);
        document.setDocumentMargin(0);
        document.setTextWidth(area.width());
        document.setHtml(SearchPane::highlighted(index.data(SearchModel::SnippetRole).toString()));
        painter->translate(area.left(), area.top() + boldMetrics.height() + 2);
        const QRect clip(0, 0, area.width(), opt.fontMetrics.height() * 2);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, text);
        context.clip = clip;
        painter->setClipRect(clip);
        document.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        QFont bold = option.font;
        bold.setBold(true);
        return QSize(200, QFontMetrics(bold).height() + 2 + option.fontMetrics.height() * 2
                              + 2 * Padding);
    }
};

} // namespace

SearchPane::SearchPane(Store *store, const User &viewer, QWidget *parent)
    : QWidget(parent)
    , m_model(new SearchModel(store, viewer, this))
    , m_field(new QLineEdit(this))
    , m_scope(new QLabel(this))
    , m_status(new QLabel(this))
    , m_results(new QListView(this))
{
    setObjectName(QStringLiteral("searchPane"));
    setAccessibleName(tr("Search"));

    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setAccessibleName(tr("Search messages"));
    m_field->setAccessibleDescription(
        tr("Words, \"an exact phrase\", a prefix*, from:name, with:name, before:YYYY-MM-DD, "
           "after:YYYY-MM-DD. Press Down for the results, Esc to close."));
    m_field->setPlaceholderText(tr("Search messages (from:name, \"phrase\", pre*)"));
    m_field->setClearButtonEnabled(true);

    m_scope->setObjectName(QStringLiteral("searchScope"));
    m_scope->setAccessibleName(tr("Search scope"));
    m_scope->setTextFormat(Qt::PlainText);
    m_scope->hide();

    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setAccessibleName(tr("Search status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->hide();

    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setUniformItemSizes(true);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_field);
    layout->addWidget(m_scope);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    setFocusProxy(m_field);

    connect(m_field, &QLineEdit::textChanged, m_model, &SearchModel::setQuery);
    connect(m_model, &SearchModel::searched, this, &SearchPane::showStatus);
    connect(m_results, &QListView::activated, this, &SearchPane::choose);
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        const QModelIndex current = m_results->currentIndex();
        choose(current.isValid() ? current : m_model->index(0));
    });
    m_field->installEventFilter(this);
    m_results->installEventFilter(this);
}

SearchPane::~SearchPane() = default;

void SearchPane::setScopePeer(Id peerId, const QString &peerName)
{
    m_model->setScopePeer(peerId);
    m_scope->setText(peerId > 0 ? tr("In your conversation with %1").arg(peerName) : QString());
    m_scope->setVisible(peerId > 0);
    m_field->setAccessibleName(peerId > 0 ? tr("Search this conversation") : tr("Search messages"));
}

Id SearchPane::scopePeer() const
{
    return m_model->scopePeer();
}

void SearchPane::activate()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchPane::clear()
{
    m_field->clear();
}

QString SearchPane::highlighted(const QString &snippet)
{
    QString html = snippet.toHtmlEscaped();
    html.replace(SearchSnippet::MatchStart,
                 QStringLiteral("<b style=\"background-color: rgba(255, 200, 0, 0.45)\">"));
    html.replace(SearchSnippet::MatchEnd, QStringLiteral("</b>"));
    return html;
}

void SearchPane::choose(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const Id message = index.data(SearchModel::MessageIdRole).toLongLong();
    const Id peer = index.data(SearchModel::PeerIdRole).toLongLong();
    emit messageChosen(message);
    emit messageInConversationChosen(peer, message);
}

void SearchPane::showStatus(const QString &error)
{
    QString text = error;
    if (text.isEmpty() && !m_model->query().trimmed().isEmpty() && m_model->rowCount() == 0)
        text = tr("No messages found.");
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    if (m_model->rowCount() > 0)
        m_results->setCurrentIndex(m_model->index(0));
}

bool SearchPane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() == Qt::Key_Escape) {
        emit closed();
        return true;
    }
    if (watched == m_field && key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        m_results->setFocus(Qt::TabFocusReason);
        if (!m_results->currentIndex().isValid())
            m_results->setCurrentIndex(m_model->index(0));
        return true;
    }
    if (watched == m_results && key->key() == Qt::Key_Up && m_results->currentIndex().row() <= 0) {
        m_field->setFocus(Qt::TabFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace signalbox

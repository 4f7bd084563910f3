#include "conversationview.h"
#include "ui_conversationview.h"

#include "changeset.h"
#include "draftrepository.h"
#include "historydialog.h"
#include "messagedelegate.h"
#include "messagepolicy.h"
#include "messagerepository.h"
#include "store.h"
#include "textpreview.h"
#include "threadmodel.h"
#include "viewcache.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollBar>
#include <QStyle>
#include <QToolButton>

namespace signalbox {

namespace {
constexpr qsizetype DeleteExcerptLength = 120;
// A draft is written this long after the last key (and at once when the conversation changes).
constexpr int DraftDelayMs = 800;
} // namespace

ConversationView::ConversationView(Store *store, const User &viewer, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConversationView>())
    , m_store(store)
    , m_viewer(viewer)
    , m_cache(new ViewCache(store, this))
    , m_thread(new ThreadModel(store, viewer, this))
{
    setObjectName(QStringLiteral("conversationView"));
    m_ui->setupUi(this);
    m_thread->setViewCache(m_cache);

    QFont titleFont = m_ui->conversationTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_ui->conversationTitle->setFont(titleFont);
    m_ui->conversationTitle->setTextFormat(Qt::RichText);
    m_ui->conversationTitle->setContentsMargins(4, 2, 4, 4);

    m_ui->threadStack->setCurrentWidget(m_ui->emptyStateLabel);
    QFont emptyFont = m_ui->emptyStateLabel->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.1);
    m_ui->emptyStateLabel->setFont(emptyFont);
    m_ui->emptyStateLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_ui->emptyStateLabel->setMargin(24);

    setUpThreadView();
    setUpActions();
    connect(m_ui->composer, &Composer::submitted, this, &ConversationView::submit);
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(DraftDelayMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &ConversationView::saveDraft);
    connect(m_ui->composer, &Composer::textChanged, this, [this] {
        if (m_peer.isValid())
            m_draftTimer.start();
    });
    connect(m_store, &Store::changed, this, &ConversationView::onStoreChanged);

    updateHeader();
    updateActions();
}

ConversationView::~ConversationView() = default;

void ConversationView::flushDraft()
{
    if (m_draftTimer.isActive())
        saveDraft();
}

Composer *ConversationView::composer() const
{
    return m_ui->composer;
}

QList<QAction *> ConversationView::messageActions() const
{
    return {m_ui->actionReply,
            m_ui->actionEdit,
            m_ui->actionDelete,
            nullptr,
            m_ui->actionHistory,
            nullptr,
            m_ui->actionMarkUnread,
            m_ui->actionMarkUnreadFromHere,
            m_ui->actionMarkConversationRead};
}

void ConversationView::setUpThreadView()
{
    QTreeView *view = m_ui->threadView;
    // Before setModel(), so that this runs before the view moves its current index.
    connect(m_thread, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this] { m_rowsGoing = true; });
    view->setModel(m_thread);
    connect(m_thread, &QAbstractItemModel::rowsRemoved, this, [this] {
        m_rowsGoing = false;
        updateHeader();
    });
    view->setItemDelegate(new MessageDelegate(view, m_viewer.id, view));
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setIndentation(22);
    view->setExpandsOnDoubleClick(true);
    view->setAlternatingRowColors(false);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &ConversationView::showContextMenu);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentMessageChanged(current); });
    // A click on the message that is already current (after a deletion moved the cursor to
    // it) chooses it too.
    connect(view, &QAbstractItemView::clicked, this, &ConversationView::markReadIfUnread);
    // New replies are shown: every branch opens as it arrives.
    connect(m_thread, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        if (parent.isValid())
            m_ui->threadView->expand(parent);
        updateHeader();
    });
    // Older messages are above: they load when the reader scrolls to the top, a page at a time.
    m_thread->setViewFetches(false);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value == m_ui->threadView->verticalScrollBar()->minimum())
            loadOlderMessages();
        updateJumpButton();
    });
    connect(view->verticalScrollBar(), &QScrollBar::rangeChanged, this,
            &ConversationView::updateJumpButton);

    // "Jump to latest" floats over the bottom of the thread while the reader is scrolled up.
    m_jumpButton = new QToolButton(view);
    m_jumpButton->setObjectName(QStringLiteral("jumpToLatestButton"));
    m_jumpButton->setDefaultAction(m_ui->actionJumpToLatest);
    m_jumpButton->setAccessibleName(tr("Jump to the latest message"));
    m_jumpButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_jumpButton->setArrowType(Qt::DownArrow);
    m_jumpButton->setAutoRaise(false);
    m_jumpButton->hide();
    view->installEventFilter(this);
    connect(m_thread, &QAbstractItemModel::modelReset, this, [this] {
        m_ui->threadView->expandAll();
        updateHeader();
    });
    connect(m_thread, &QAbstractItemModel::dataChanged, this, &ConversationView::updateActions);
}

void ConversationView::setUpActions()
{
    connect(m_ui->actionReply, &QAction::triggered, this, &ConversationView::replyToSelected);
    connect(m_ui->actionEdit, &QAction::triggered, this, &ConversationView::editSelected);
    connect(m_ui->actionDelete, &QAction::triggered, this, &ConversationView::deleteSelected);
    connect(m_ui->actionHistory, &QAction::triggered, this, &ConversationView::showHistory);
    connect(m_ui->actionMarkUnread, &QAction::triggered, this,
            &ConversationView::markSelectedUnread);
    connect(m_ui->actionMarkUnreadFromHere, &QAction::triggered, this,
            &ConversationView::markUnreadFromSelected);
    connect(m_ui->actionMarkConversationRead, &QAction::triggered, this,
            &ConversationView::markConversationRead);
    connect(m_ui->actionCopy, &QAction::triggered, this, &ConversationView::copySelected);
    connect(m_ui->actionGoToParent, &QAction::triggered, this, &ConversationView::goToParent);
    connect(m_ui->actionJumpToLatest, &QAction::triggered, this, &ConversationView::jumpToLatest);

    m_ui->actionMarkConversationRead->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    m_ui->markConversationReadButton->setDefaultAction(m_ui->actionMarkConversationRead);
    m_ui->markConversationReadButton->setAutoRaise(true);
    fitHeader();

    // Copying, going to the parent and jumping to the latest message belong to the thread:
    // their keys work while it has the focus (the composer keeps Ctrl+C for its own text).
    // Jump to latest has no key of its own: Ctrl+End already moves to the last message.
    for (QAction *action : {m_ui->actionCopy, m_ui->actionGoToParent, m_ui->actionJumpToLatest}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_ui->threadView->addAction(action);
    }
    // The rest are the window's Message menu (messageActions()); their keys work anywhere in
    // the window, Delete included.
}

QList<QAction *> ConversationView::contextActions() const
{
    const Message message = selectedMessage();
    QList<QAction *> offered;
    if (!message.isValid())
        return offered;
    for (QAction *action : {m_ui->actionCopy, m_ui->actionReply, m_ui->actionEdit,
                            m_ui->actionHistory, m_ui->actionDelete, m_ui->actionGoToParent,
                            m_ui->actionMarkUnread, m_ui->actionMarkUnreadFromHere}) {
        if (action->isEnabled())
            offered << action;
    }
    return offered;
}

void ConversationView::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_ui->threadView->indexAt(position);
    if (!index.isValid())
        return;
    m_ui->threadView->setCurrentIndex(index); // a right-click chooses the message, as a click does
    const QList<QAction *> actions = contextActions();
    if (actions.isEmpty())
        return;
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("messageContextMenu"));
    menu->setAccessibleName(tr("Message actions"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addActions(actions);
    menu->popup(m_ui->threadView->viewport()->mapToGlobal(position));
}

void ConversationView::copySelected()
{
    const Message message = selectedMessage();
    if (!message.isValid() || message.deleted)
        return;
    QGuiApplication::clipboard()->setText(message.content);
    emit statusMessage(tr("Message copied."));
}

void ConversationView::goToParent()
{
    const Message message = selectedMessage();
    if (message.parentId > 0)
        select(message.parentId);
}

void ConversationView::jumpToLatest()
{
    m_ui->threadView->scrollToBottom();
}

void ConversationView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitHeader();
}

void ConversationView::fitHeader()
{
    // The peer's name comes first: where the button's words would crowd it out (a narrow
    // window, a long translation), the button shows only its icon (its tooltip names it).
    QToolButton *button = m_ui->markConversationReadButton;
    const QString words = m_ui->actionMarkConversationRead->iconText();
    const int wordsWidth = button->fontMetrics().horizontalAdvance(words) + 24;
    const int nameWidth = m_ui->conversationTitle->fontMetrics().horizontalAdvance(
                              m_peer.isValid() ? m_peer.username : tr("No conversation open"))
                          + 120;
    button->setToolButtonStyle(width() >= wordsWidth + nameWidth ? Qt::ToolButtonTextOnly
                                                                 : Qt::ToolButtonIconOnly);
}

bool ConversationView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->threadView && event->type() == QEvent::Resize)
        placeJumpButton();
    return QWidget::eventFilter(watched, event);
}

void ConversationView::placeJumpButton()
{
    const QWidget *viewport = m_ui->threadView->viewport();
    m_jumpButton->adjustSize();
    const QPoint corner = viewport->geometry().bottomRight();
    m_jumpButton->move(corner.x() - m_jumpButton->width() - 12,
                       corner.y() - m_jumpButton->height() - 12);
}

void ConversationView::updateJumpButton()
{
    // More than half a screen above the newest message: offer the way back.
    const QScrollBar *bar = m_ui->threadView->verticalScrollBar();
    const bool scrolledUp = bar->maximum() - bar->value() > bar->pageStep() / 2;
    if (scrolledUp == m_jumpButton->isVisible())
        return;
    if (scrolledUp) {
        placeJumpButton();
        m_jumpButton->raise();
    }
    m_jumpButton->setVisible(scrolledUp);
}

void ConversationView::open(const User &peer)
{
    if (peer.id == m_peer.id && m_peer.isValid())
        return;
    // Each conversation keeps its own unsent text, in the store.
    if (m_peer.isValid()) {
        m_ui->composer->cancelMode(); // an edit in progress gives back the draft it replaced
        saveDraft();
    }
    m_peer = peer;
    m_unreadCount = 0;
    m_closedBecause.clear();
    m_thread->setPeer(peer.id);
    fitHeader();
    m_ui->threadView->expandAll();
    m_ui->composer->setRecipient(peer.username);
    loadDraft();
    updateHeader();
    updateActions();
    m_ui->threadView->scrollToBottom();
    emit peerChanged(m_peer);
}

void ConversationView::saveDraft()
{
    m_draftTimer.stop();
    Composer *composer = m_ui->composer;
    // An edit is not a draft: the new-message draft it put aside stays as it was saved.
    if (!m_peer.isValid() || composer->mode() == Composer::Mode::Edit)
        return;
    const QString text = composer->text();
    if (text == m_storedDraft)
        return;
    const Id replyTo = composer->mode() == Composer::Mode::Reply ? composer->targetId() : 0;
    if (Status saved = m_store->drafts().save(m_viewer, m_peer.id, text, replyTo); !saved) {
        emit statusMessage(tr("The draft was not saved: %1").arg(saved.error().message));
        return;
    }
    m_storedDraft = text;
}

void ConversationView::loadDraft()
{
    m_draftTimer.stop();
    m_storedDraft.clear();
    auto draft = m_store->drafts().load(m_viewer, m_peer.id);
    if (!draft) {
        emit statusMessage(tr("The draft could not be read: %1").arg(draft.error().message));
        m_ui->composer->setText({});
        return;
    }
    m_storedDraft = draft->content;
    if (draft->replyToId > 0) {
        if (auto parent = m_store->messages().get(m_viewer, draft->replyToId); parent) {
            const QString name
                = parent->senderId == m_viewer.id ? tr("yourself") : parent->senderName;
            m_ui->composer->startReply(parent->id, name, parent->content);
        }
    }
    m_ui->composer->setText(draft->content);
    m_draftTimer.stop(); // setting the text is not typing
}

void ConversationView::closeConversation()
{
    m_draftTimer.stop();
    m_storedDraft.clear();
    m_peer = {};
    m_unreadCount = 0;
    m_thread->setPeer(0);
    m_ui->composer->setRecipient({});
    updateHeader();
    updateActions();
    emit peerChanged(m_peer);
}

bool ConversationView::openMessage(Id messageId)
{
    auto message = m_store->messages().get(m_viewer, messageId);
    if (!message) {
        emit failed(tr("The message cannot be opened."), message.error().message);
        return false;
    }
    const bool sent = message->senderId == m_viewer.id;
    open(
        User{message->peerOf(m_viewer.id), sent ? message->receiverName : message->senderName, {}});
    return select(messageId);
}

bool ConversationView::select(Id messageId)
{
    const QModelIndex index = m_thread->indexForMessage(messageId);
    if (!index.isValid()) {
        emit statusMessage(tr("That message is no longer in this conversation."));
        return false;
    }
    reveal(index);
    m_ui->threadView->setCurrentIndex(index);
    m_ui->threadView->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void ConversationView::reveal(const QModelIndex &index)
{
    for (QModelIndex ancestor = index.parent(); ancestor.isValid(); ancestor = ancestor.parent())
        m_ui->threadView->expand(ancestor);
}

Message ConversationView::selectedMessage() const
{
    const QModelIndex current = m_ui->threadView->currentIndex();
    if (!current.isValid())
        return {};
    return m_thread->messageAt(current);
}

void ConversationView::setUnreadCount(int count)
{
    if (count == m_unreadCount)
        return;
    m_unreadCount = count;
    updateHeader();
}

void ConversationView::focusComposer()
{
    m_ui->composer->setFocus();
}

void ConversationView::onCurrentMessageChanged(const QModelIndex &current)
{
    updateActions();
    if (!m_rowsGoing)
        markReadIfUnread(current);
}

void ConversationView::markReadIfUnread(const QModelIndex &index)
{
    if (!index.isValid() || !index.data(ThreadModel::UnreadForViewerRole).toBool())
        return;
    const Id id = index.data(ThreadModel::MessageIdRole).toLongLong();
    if (Status read = m_store->messages().markRead(m_viewer, id); !read)
        emit statusMessage(tr("Could not mark the message read: %1").arg(read.error().message));
}

void ConversationView::submit(Composer::Mode mode, Id targetId, const QString &text)
{
    if (!m_peer.isValid()) {
        m_ui->composer->showError(tr("Choose a conversation first."));
        return;
    }
    Result<Message> result
        = mode == Composer::Mode::Edit
              ? m_store->messages().edit(m_viewer, targetId, text)
              : m_store->messages().send(m_viewer, m_peer, text,
                                         mode == Composer::Mode::Reply ? targetId : 0);
    if (!result) {
        // The text stays in the composer: nothing typed is lost.
        const QString what
            = mode == Composer::Mode::Edit ? tr("Not saved: %1") : tr("Not sent: %1");
        m_ui->composer->showError(what.arg(result.error().message));
        emit notSent(result.error().message);
        emit statusMessage(what.arg(result.error().message));
        return;
    }
    m_ui->composer->submitSucceeded();
    if (mode != Composer::Mode::Edit) {
        // Sent: the draft has gone out.
        m_draftTimer.stop();
        if (Status cleared = m_store->drafts().clear(m_viewer, m_peer.id); cleared)
            m_storedDraft.clear();
        emit messageSent(m_peer, result->id);
        select(result->id);
    }
    emit statusMessage(mode == Composer::Mode::Edit
                           ? tr("Message edited.")
                           : tr("Message sent to %1.").arg(m_peer.username));
}

void ConversationView::replyToSelected()
{
    const Message message = selectedMessage();
    if (!MessagePolicy::canReply(message, m_viewer.id))
        return;
    const QString name = message.senderId == m_viewer.id ? tr("yourself") : message.senderName;
    m_ui->composer->startReply(message.id, name, message.content);
}

void ConversationView::editSelected()
{
    const Message message = selectedMessage();
    if (!MessagePolicy::canEdit(message, m_viewer.id))
        return;
    m_ui->composer->startEdit(message.id, message.content);
}

void ConversationView::deleteSelected()
{
    const Message message = selectedMessage();
    if (!MessagePolicy::canDelete(message, m_viewer.id))
        return;
    const QModelIndex index = m_ui->threadView->currentIndex();
    const int replies = index.data(ThreadModel::ReplyCountRole).toInt();

    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete message"),
                                tr("Delete this message?"), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmDeleteBox"));
    box->setAccessibleName(tr("Confirm deletion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString excerpt = oneLinePreview(message.content, DeleteExcerptLength);
    box->setInformativeText(replies > 0 ? tr("“%1”\n\nIt has %n reply(s): they stay, under a "
                                             "“This message was deleted.” placeholder.",
                                             nullptr, replies)
                                              .arg(excerpt)
                                        : tr("“%1”\n\nThis cannot be undone.").arg(excerpt));
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    remove->setAccessibleName(tr("Delete"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelDeleteButton"));
    cancel->setAccessibleName(tr("Cancel"));
    box->setDefaultButton(cancel);
    const Id id = message.id;
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, id](QAbstractButton *button) {
        if (button != remove)
            return;
        auto removed = m_store->messages().remove(m_viewer, id);
        if (!removed) {
            emit failed(tr("The message was not deleted."), removed.error().message);
            return;
        }
        emit statusMessage(*removed ? tr("Message deleted; its replies remain.")
                                    : tr("Message deleted."));
    });
    box->open();
}

void ConversationView::showHistory()
{
    const Message message = selectedMessage();
    if (!message.isValid())
        return;
    auto *dialog = new HistoryDialog(m_store, m_viewer, message.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ConversationView::markSelectedUnread()
{
    const Message message = selectedMessage();
    if (!MessagePolicy::canMarkUnread(message, m_viewer.id))
        return;
    if (Status done = m_store->messages().markUnread(m_viewer, message.id); !done)
        emit failed(tr("The message was not marked unread."), done.error().message);
    else
        emit statusMessage(tr("Marked unread."));
}

void ConversationView::markUnreadFromSelected()
{
    const Message message = selectedMessage();
    if (!message.isValid())
        return;
    auto count = m_store->messages().markUnreadFrom(m_viewer, message.id);
    if (!count)
        emit failed(tr("The messages were not marked unread."), count.error().message);
    else
        emit statusMessage(tr("%n message(s) marked unread.", nullptr, *count));
}

void ConversationView::markConversationRead()
{
    if (!m_peer.isValid())
        return;
    auto count = m_store->messages().markConversationRead(m_viewer, m_peer.id);
    if (!count) {
        emit failed(tr("The conversation was not marked read."), count.error().message);
        return;
    }
    emit statusMessage(tr("%n message(s) marked read.", nullptr, *count));
}

void ConversationView::loadOlderMessages()
{
    if (!m_thread->hasOlder() || m_thread->rowCount() == 0)
        return;
    // What the reader looks at stays in place while older messages appear above it.
    const Id top = m_thread->messageAt(m_thread->index(0, 0)).id;
    const int before = m_thread->rowCount();
    m_thread->fetchOlder();
    // The older trees arrive above, at the top rows, and open like the rest.
    for (int row = 0; row < m_thread->rowCount() - before; ++row)
        m_ui->threadView->expandRecursively(m_thread->index(row, 0));
    const QModelIndex previousTop = m_thread->indexForMessage(top);
    if (previousTop.isValid())
        m_ui->threadView->scrollTo(previousTop, QAbstractItemView::PositionAtTop);
}

void ConversationView::onStoreChanged(const ChangeSet &changes)
{
    // The person this conversation is with may have deleted their account.
    if (m_peer.isValid() && changes.usersRemoved.contains(m_peer.id)) {
        const QString name = m_peer.username;
        closeConversation();
        // Said where the conversation was, not only in the status bar.
        m_closedBecause = tr("%1 has deleted their account. The conversation and its messages "
                             "are gone.")
                              .arg(name);
        updateHeader();
        emit statusMessage(tr("That person's account has been deleted."));
        return;
    }
    updateHeader();
    updateActions();
}

void ConversationView::updateActions()
{
    const Message message = selectedMessage();
    m_ui->actionReply->setEnabled(MessagePolicy::canReply(message, m_viewer.id));
    m_ui->actionEdit->setEnabled(MessagePolicy::canEdit(message, m_viewer.id));
    m_ui->actionDelete->setEnabled(MessagePolicy::canDelete(message, m_viewer.id));
    m_ui->actionHistory->setEnabled(MessagePolicy::canShowHistory(message, m_viewer.id));
    m_ui->actionMarkUnread->setEnabled(MessagePolicy::canMarkUnread(message, m_viewer.id));
    m_ui->actionMarkUnreadFromHere->setEnabled(message.isValid());
    m_ui->actionMarkConversationRead->setEnabled(m_peer.isValid());
    m_ui->actionCopy->setEnabled(message.isValid() && !message.deleted);
    m_ui->actionGoToParent->setEnabled(message.parentId > 0);
    m_ui->actionJumpToLatest->setEnabled(m_peer.isValid());
}

void ConversationView::updateHeader()
{
    if (!m_peer.isValid()) {
        m_ui->conversationTitle->setText(tr("No conversation open"));
        m_ui->emptyStateLabel->setText(
            m_closedBecause.isEmpty() ? tr("Choose a conversation on the left, or start a new one "
                                           "with File ▸ New conversation (Ctrl+N).")
                                      : m_closedBecause);
        m_ui->threadStack->setCurrentWidget(m_ui->emptyStateLabel);
        return;
    }
    QString title = QStringLiteral("<b>%1</b>").arg(m_peer.username.toHtmlEscaped());
    if (m_unreadCount > 0)
        title
            += QStringLiteral(" <span style=\"color: palette(mid); font-size: small\">· %1</span>")
                   .arg(tr("%n unread", nullptr, m_unreadCount).toHtmlEscaped());
    m_ui->conversationTitle->setText(title);
    m_ui->conversationTitle->setAccessibleDescription(
        tr("Conversation with %1").arg(m_peer.username));
    if (m_thread->rowCount() == 0) {
        m_ui->emptyStateLabel->setText(
            tr("No messages with %1 yet. Write the first one below.").arg(m_peer.username));
        m_ui->threadStack->setCurrentWidget(m_ui->emptyStateLabel);
    } else {
        m_ui->threadStack->setCurrentWidget(m_ui->threadView);
    }
}

} // namespace signalbox

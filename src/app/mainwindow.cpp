#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "aboutdialog.h"
#include "appsettings.h"
#include "backup.h"
#include "conversationdelegate.h"
#include "conversationlistmodel.h"
#include "deleteaccountdialog.h"
#include "historydialog.h"
#include "messagedelegate.h"
#include "messagelistdelegate.h"
#include "messagerepository.h"
#include "newconversationdialog.h"
#include "notificationmodel.h"
#include "notificationrepository.h"
#include "store.h"
#include "threadmodel.h"
#include "unreadmodel.h"
#include "userrepository.h"
#include "viewcache.h"

#if __has_include("traynotifier.h")
#include "systemtraybackend.h"
#include "traynotifier.h"
#define SIGNALBOX_HAVE_TRAY 1
#endif

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStatusBar>

namespace signalbox {

namespace {
constexpr int StatusTimeoutMs = 8000;
} // namespace

MainWindow::MainWindow(Store *store, const User &user, const QString &storeLocation,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_store(store)
    , m_user(user)
    , m_storeLocation(storeLocation.isEmpty() ? store->database().url() : storeLocation)
    , m_cache(new ViewCache(store, this))
    , m_conversations(new ConversationListModel(store, user, this))
    , m_thread(new ThreadModel(store, user, this))
    , m_unread(new UnreadModel(store, user, this))
    , m_notifications(new NotificationModel(store, user, this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Signalbox — %1").arg(user.username));
    setAccessibleName(windowTitle());
    m_thread->setViewCache(m_cache);

    setUpViews();
    setUpActions();
    setUpTray();
    restoreLayout();

    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("signedInLabel"));
    m_userLabel->setAccessibleName(tr("Signed in user"));
    m_userLabel->setText(tr("Signed in as %1").arg(user.username));
    m_userLabel->setToolTip(tr("Store: %1").arg(m_storeLocation));
    statusBar()->addPermanentWidget(m_userLabel);

    connect(m_store, &Store::changed, this, &MainWindow::onStoreChanged);
    connect(m_conversations, &ConversationListModel::errorOccurred, this, &MainWindow::showStatus);
    connect(m_thread, &ThreadModel::errorOccurred, this, &MainWindow::showStatus);
    connect(m_unread, &UnreadModel::errorOccurred, this, &MainWindow::showStatus);
    connect(m_notifications, &NotificationModel::errorOccurred, this, &MainWindow::showStatus);
    connect(m_notifications, &NotificationModel::unreadCountChanged, this,
            &MainWindow::updateCounts);
    connect(m_unread, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);
    connect(m_unread, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCounts);
    connect(m_unread, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);

    updateHeader();
    updateCounts();
    updateActions();
    showStatus(tr("Welcome, %1.").arg(user.username));
}

MainWindow::~MainWindow() = default;

Composer *MainWindow::composer() const
{
    return m_ui->composer;
}

void MainWindow::setUpViews()
{
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({300, 700});
    m_ui->sidebarTabs->setMinimumWidth(220);

    // Conversations
    m_ui->conversationList->setModel(m_conversations);
    m_ui->conversationList->setItemDelegate(
        new ConversationDelegate(m_user.id, m_ui->conversationList));
    m_ui->conversationList->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_ui->conversationList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onConversationActivated(current); });
    connect(m_ui->conversationList, &QListView::clicked, this,
            &MainWindow::onConversationActivated);

    // The open conversation
    QFont titleFont = m_ui->conversationTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_ui->conversationTitle->setFont(titleFont);
    m_ui->conversationTitle->setTextFormat(Qt::RichText);
    m_ui->conversationTitle->setContentsMargins(4, 2, 4, 4);
    m_ui->threadView->setModel(m_thread);
    m_ui->threadView->setItemDelegate(
        new MessageDelegate(m_ui->threadView, m_user.id, m_ui->threadView));
    m_ui->threadView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->threadView->setIndentation(22);
    m_ui->threadView->setExpandsOnDoubleClick(true);
    m_ui->threadView->setAlternatingRowColors(false);
    m_ui->threadView->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_ui->threadView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentMessageChanged(current); });
    // New replies are shown: every branch opens as it arrives.
    connect(m_thread, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (parent.isValid())
                    m_ui->threadView->expand(parent);
                else if (m_loadingOlder)
                    for (int row = first; row <= last; ++row)
                        m_ui->threadView->expandRecursively(m_thread->index(row, 0));
                updateHeader();
            });
    // Older messages are above: they load when the reader scrolls to the top, a page at a time.
    m_thread->setViewFetches(false);
    connect(m_ui->threadView->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this](int value) {
                if (value == m_ui->threadView->verticalScrollBar()->minimum())
                    loadOlderMessages();
            });
    connect(m_thread, &QAbstractItemModel::modelReset, this, [this] {
        m_ui->threadView->expandAll();
        updateHeader();
    });
    connect(m_thread, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateHeader);
    connect(m_thread, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);

    connect(m_ui->composer, &Composer::submitted, this, &MainWindow::submit);

    // Unread messages
    m_ui->unreadList->setModel(m_unread);
    m_ui->unreadList->setItemDelegate(
        new MessageListDelegate({UnreadModel::SenderNameRole, UnreadModel::ContentRole,
                                 UnreadModel::TimestampRole, MessageListDelegate::AlwaysUnread},
                                m_ui->unreadList));
    auto openUnread = [this](const QModelIndex &index) {
        if (index.isValid())
            openMessage(index.data(UnreadModel::MessageIdRole).toLongLong());
    };
    connect(m_ui->unreadList, &QListView::clicked, this, openUnread);
    connect(m_ui->unreadList, &QListView::activated, this, openUnread);

    // Notifications
    m_ui->notificationList->setModel(m_notifications);
    m_ui->notificationList->setItemDelegate(
        new MessageListDelegate({NotificationModel::SenderNameRole, NotificationModel::ContentRole,
                                 NotificationModel::CreatedAtRole, NotificationModel::ReadRole},
                                m_ui->notificationList));
    auto openNotification = [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        const Id notificationId = index.data(NotificationModel::NotificationIdRole).toLongLong();
        const Id messageId = index.data(NotificationModel::MessageIdRole).toLongLong();
        if (!index.data(NotificationModel::ReadRole).toBool()) {
            if (Status read = m_store->notifications().markRead(m_user, notificationId); !read)
                showStatus(read.error().message);
        }
        openMessage(messageId);
    };
    connect(m_ui->notificationList, &QListView::clicked, this, openNotification);
    connect(m_ui->notificationList, &QListView::activated, this, openNotification);
    connect(m_ui->markAllReadButton, &QPushButton::clicked, this,
            &MainWindow::markAllNotificationsRead);
    m_ui->notificationsDock->setMinimumWidth(240);

    for (QAbstractItemView *list : {static_cast<QAbstractItemView *>(m_ui->conversationList),
                                    static_cast<QAbstractItemView *>(m_ui->unreadList),
                                    static_cast<QAbstractItemView *>(m_ui->notificationList)})
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    connect(m_ui->newConversationButton, &QPushButton::clicked, this, &MainWindow::newConversation);
    m_ui->threadStack->setCurrentWidget(m_ui->emptyStateLabel);
    QFont emptyFont = m_ui->emptyStateLabel->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.1);
    m_ui->emptyStateLabel->setFont(emptyFont);
    m_ui->emptyStateLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_ui->emptyStateLabel->setMargin(24);
}

void MainWindow::setUpActions()
{
    connect(m_ui->actionNewConversation, &QAction::triggered, this, &MainWindow::newConversation);
    connect(m_ui->actionSignOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    connect(m_ui->actionBackUp, &QAction::triggered, this, &MainWindow::chooseBackupFile);
    connect(m_ui->actionDeleteAccount, &QAction::triggered, this, &MainWindow::deleteAccount);
    connect(m_ui->actionQuit, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    connect(m_ui->actionReply, &QAction::triggered, this, &MainWindow::replyToSelected);
    connect(m_ui->actionEdit, &QAction::triggered, this, &MainWindow::editSelected);
    connect(m_ui->actionDelete, &QAction::triggered, this, &MainWindow::deleteSelected);
    connect(m_ui->actionHistory, &QAction::triggered, this, &MainWindow::showHistory);
    connect(m_ui->actionMarkUnread, &QAction::triggered, this, &MainWindow::markSelectedUnread);
    connect(m_ui->actionMarkUnreadFromHere, &QAction::triggered, this,
            &MainWindow::markUnreadFromSelected);
    connect(m_ui->actionMarkConversationRead, &QAction::triggered, this,
            &MainWindow::markConversationRead);
    connect(m_ui->actionShowConversations, &QAction::triggered, this,
            &MainWindow::showConversations);
    connect(m_ui->actionShowUnread, &QAction::triggered, this, &MainWindow::showUnread);
    connect(m_ui->actionShowNotifications, &QAction::toggled, m_ui->notificationsDock,
            &QDockWidget::setVisible);
    connect(m_ui->notificationsDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!isMinimized() && isVisible())
            m_ui->actionShowNotifications->setChecked(visible
                                                      || !m_ui->notificationsDock->isHidden());
    });
    connect(m_ui->actionDoNotDisturb, &QAction::toggled, this, &MainWindow::setDoNotDisturb);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

    m_ui->actionShowNotifications->setChecked(true);
    m_ui->markConversationReadButton->setDefaultAction(m_ui->actionMarkConversationRead);
    m_ui->markConversationReadButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_ui->markConversationReadButton->setAutoRaise(true);

    // The message actions also live in the thread's context menu.
    for (QAction *action :
         {m_ui->actionReply, m_ui->actionEdit, m_ui->actionDelete, m_ui->actionHistory,
          m_ui->actionMarkUnread, m_ui->actionMarkUnreadFromHere})
        m_ui->threadView->addAction(action);

    // Shortcuts are shown in tooltips as well as in the menus.
    const QList<QAction *> actions = findChildren<QAction *>();
    for (QAction *action : actions) {
        if (!action->shortcut().isEmpty())
            action->setToolTip(QStringLiteral("%1 (%2)").arg(
                action->text().remove(QLatin1Char('&')),
                action->shortcut().toString(QKeySequence::NativeText)));
    }

    m_doNotDisturb = AppSettings().doNotDisturb();
    m_ui->actionDoNotDisturb->setChecked(m_doNotDisturb);
}

void MainWindow::setUpTray()
{
#ifdef SIGNALBOX_HAVE_TRAY
    auto *backend = new SystemTrayBackend(this);
    m_tray = new TrayNotifier(m_store, m_user, backend, this);
    backend->setParent(m_tray); // destroyed after the notifier that uses it, not before
    m_tray->setDoNotDisturb(m_doNotDisturb);
    auto bringToFront = [this] {
        showNormal();
        raise();
        activateWindow();
    };
    connect(m_tray, &TrayNotifier::openMessageRequested, this, [this, bringToFront](Id messageId) {
        bringToFront();
        openMessage(messageId);
    });
    connect(m_tray, &TrayNotifier::showWindowRequested, this, bringToFront);
    connect(backend, &SystemTrayBackend::quitRequested, qApp, &QApplication::closeAllWindows,
            Qt::QueuedConnection);
#endif
}

void MainWindow::restoreLayout()
{
    AppSettings settings;
    if (const QByteArray geometry = settings.windowGeometry(); !geometry.isEmpty())
        restoreGeometry(geometry);
    else
        resize(1100, 700);
    if (const QByteArray state = settings.windowState(); !state.isEmpty())
        restoreState(state);
    if (const QByteArray splitter = settings.splitterState(); !splitter.isEmpty())
        m_ui->mainSplitter->restoreState(splitter);
    m_ui->actionShowNotifications->setChecked(!m_ui->notificationsDock->isHidden());
}

void MainWindow::saveLayout()
{
    AppSettings().setWindowLayout(saveGeometry(), saveState(), m_ui->mainSplitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::openConversationWith(Id peerId)
{
    if (peerId == m_peer.id && m_peer.isValid())
        return;
    const int row = m_conversations->rowForPeer(peerId);
    if (row >= 0) {
        const ConversationSummary summary = m_conversations->summaryAt(row);
        openConversation(User{summary.peerId, summary.peerName, {}});
        return;
    }
    auto peer = m_store->users().byId(peerId);
    if (!peer) {
        showError(tr("The conversation cannot be opened."), peer.error());
        return;
    }
    openConversation(*peer);
}

void MainWindow::openConversation(const User &peer)
{
    const int row = m_conversations->rowForPeer(peer.id);
    {
        // Keep the list's selection in step without coming back here.
        const QScopedValueRollback guard(m_selecting, true);
        if (row >= 0)
            m_ui->conversationList->setCurrentIndex(m_conversations->index(row));
        else
            m_ui->conversationList->selectionModel()->clear();
    }
    if (peer.id == m_peer.id && m_peer.isValid())
        return;
    // Each conversation keeps its own unsent text.
    if (m_peer.isValid()) {
        m_ui->composer->cancelMode();
        m_drafts.insert(m_peer.id, m_ui->composer->text());
    }
    m_peer = peer;
    m_thread->setPeer(peer.id);
    m_ui->threadView->expandAll();
    m_ui->composer->setRecipient(peer.username);
    m_ui->composer->setText(m_drafts.take(peer.id));
    updateHeader();
    updateActions();
    m_ui->threadView->scrollToBottom();
}

void MainWindow::onConversationActivated(const QModelIndex &index)
{
    if (m_selecting || !index.isValid())
        return;
    openConversation(User{index.data(ConversationListModel::PeerIdRole).toLongLong(),
                          index.data(ConversationListModel::PeerNameRole).toString(),
                          {}});
}

bool MainWindow::openMessage(Id messageId)
{
    auto message = m_store->messages().get(m_user, messageId);
    if (!message) {
        showError(tr("The message cannot be opened."), message.error());
        return false;
    }
    openConversationWith(message->peerOf(m_user.id));
    if (m_peer.id != message->peerOf(m_user.id))
        return false;
    return selectMessage(messageId);
}

bool MainWindow::selectMessage(Id messageId)
{
    const QModelIndex index = m_thread->indexForMessage(messageId);
    if (!index.isValid()) {
        showStatus(tr("That message is no longer in this conversation."));
        return false;
    }
    revealIndex(index);
    m_ui->threadView->setCurrentIndex(index);
    m_ui->threadView->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void MainWindow::revealIndex(const QModelIndex &index)
{
    for (QModelIndex ancestor = index.parent(); ancestor.isValid(); ancestor = ancestor.parent())
        m_ui->threadView->expand(ancestor);
}

Message MainWindow::selectedMessage() const
{
    const QModelIndex current = m_ui->threadView->currentIndex();
    if (!current.isValid())
        return {};
    return m_thread->messageAt(current);
}

void MainWindow::onCurrentMessageChanged(const QModelIndex &current)
{
    updateActions();
    if (!current.isValid() || !current.data(ThreadModel::UnreadForViewerRole).toBool())
        return;
    const Id id = current.data(ThreadModel::MessageIdRole).toLongLong();
    if (Status read = m_store->messages().markRead(m_user, id); !read)
        showStatus(tr("Could not mark the message read: %1").arg(read.error().message));
}

void MainWindow::submit(Composer::Mode mode, Id targetId, const QString &text)
{
    if (!m_peer.isValid()) {
        m_ui->composer->showError(tr("Choose a conversation first."));
        return;
    }
    Result<Message> result
        = mode == Composer::Mode::Edit
              ? m_store->messages().edit(m_user, targetId, text)
              : m_store->messages().send(m_user, m_peer, text,
                                         mode == Composer::Mode::Reply ? targetId : 0);
    if (!result) {
        // The text stays in the composer: nothing typed is lost.
        const QString what
            = mode == Composer::Mode::Edit ? tr("Not saved: %1") : tr("Not sent: %1");
        m_ui->composer->showError(what.arg(result.error().message));
        m_lastError = result.error().message;
        showStatus(what.arg(result.error().message));
        return;
    }
    m_ui->composer->submitSucceeded();
    if (mode != Composer::Mode::Edit) {
        openConversation(m_peer); // selects the conversation once its first message exists
        selectMessage(result->id);
    }
    showStatus(mode == Composer::Mode::Edit ? tr("Message edited.")
                                            : tr("Message sent to %1.").arg(m_peer.username));
}

void MainWindow::newConversation()
{
    auto *dialog = new NewConversationDialog(m_store, m_user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewConversationDialog::userChosen, this, [this](const User &peer) {
        showConversations();
        openConversation(peer);
        m_ui->composer->setFocus();
        m_ui->composer->findChild<QWidget *>(QStringLiteral("composerEdit"))->setFocus();
    });
    dialog->open();
}

void MainWindow::replyToSelected()
{
    const Message message = selectedMessage();
    if (!message.isValid() || message.deleted)
        return;
    const QString name = message.senderId == m_user.id ? tr("yourself") : message.senderName;
    m_ui->composer->startReply(message.id, name, message.content);
}

void MainWindow::editSelected()
{
    const Message message = selectedMessage();
    if (!message.isValid() || message.deleted || message.senderId != m_user.id)
        return;
    m_ui->composer->startEdit(message.id, message.content);
}

void MainWindow::deleteSelected()
{
    const Message message = selectedMessage();
    if (!message.isValid() || message.deleted || message.senderId != m_user.id)
        return;
    const QModelIndex index = m_ui->threadView->currentIndex();
    const int replies = index.data(ThreadModel::ReplyCountRole).toInt();

    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete message"),
                                tr("Delete this message?"), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmDeleteBox"));
    box->setAccessibleName(tr("Confirm deletion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QString excerpt = message.content.simplified();
    if (excerpt.size() > 120)
        excerpt = excerpt.left(119) + QChar(0x2026);
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
        auto removed = m_store->messages().remove(m_user, id);
        if (!removed) {
            showError(tr("The message was not deleted."), removed.error());
            return;
        }
        showStatus(*removed ? tr("Message deleted; its replies remain.") : tr("Message deleted."));
    });
    box->open();
}

void MainWindow::showHistory()
{
    const Message message = selectedMessage();
    if (!message.isValid())
        return;
    auto *dialog = new HistoryDialog(m_store, m_user, message.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::markSelectedUnread()
{
    const Message message = selectedMessage();
    if (!message.isValid() || message.receiverId != m_user.id)
        return;
    if (Status done = m_store->messages().markUnread(m_user, message.id); !done)
        showError(tr("The message was not marked unread."), done.error());
    else
        showStatus(tr("Marked unread."));
}

void MainWindow::markUnreadFromSelected()
{
    const Message message = selectedMessage();
    if (!message.isValid())
        return;
    auto count = m_store->messages().markUnreadFrom(m_user, message.id);
    if (!count)
        showError(tr("The messages were not marked unread."), count.error());
    else
        showStatus(tr("%n message(s) marked unread.", nullptr, *count));
}

void MainWindow::markConversationRead()
{
    if (!m_peer.isValid())
        return;
    auto count = m_store->messages().markConversationRead(m_user, m_peer.id);
    if (!count) {
        showError(tr("The conversation was not marked read."), count.error());
        return;
    }
    showStatus(tr("%n message(s) marked read.", nullptr, *count));
}

void MainWindow::markAllNotificationsRead()
{
    auto count = m_store->notifications().markAllRead(m_user);
    if (!count) {
        showError(tr("The notifications were not marked read."), count.error());
        return;
    }
    showStatus(tr("%n notification(s) marked read.", nullptr, *count));
}

void MainWindow::deleteAccount()
{
    auto *dialog = new DeleteAccountDialog(m_store, m_user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeleteAccountDialog::accountDeleted, this, [this](const User &user) {
        // Queued: the dialog finishes closing before the window goes away with it.
        QMetaObject::invokeMethod(
            this, [this, user] { emit accountDeleted(user); }, Qt::QueuedConnection);
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(m_storeLocation, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showUnread()
{
    m_ui->sidebarTabs->setCurrentWidget(m_ui->unreadTab);
    m_ui->unreadList->setFocus();
}

void MainWindow::showConversations()
{
    m_ui->sidebarTabs->setCurrentWidget(m_ui->conversationsTab);
}

void MainWindow::setDoNotDisturb(bool on)
{
    if (m_ui->actionDoNotDisturb->isChecked() != on)
        m_ui->actionDoNotDisturb->setChecked(on); // comes back here through toggled()
    if (m_doNotDisturb == on)
        return;
    m_doNotDisturb = on;
#ifdef SIGNALBOX_HAVE_TRAY
    if (m_tray)
        m_tray->setDoNotDisturb(on);
#endif
    AppSettings().setDoNotDisturb(on);
    showStatus(on ? tr("Do not disturb is on: no notification bubbles.")
                  : tr("Do not disturb is off."));
}

void MainWindow::onStoreChanged()
{
    // The person this conversation is with may have deleted their account.
    if (m_peer.isValid() && m_conversations->rowForPeer(m_peer.id) < 0
        && m_thread->rowCount() == 0) {
        auto still = m_store->users().byId(m_peer.id);
        if (!still && still.error().code == StoreError::NotFound) {
            m_peer = {};
            m_thread->setPeer(0);
            m_ui->composer->setRecipient({});
            showStatus(tr("That person's account has been deleted."));
        }
    }
    updateHeader();
    updateCounts();
    updateActions();
}

void MainWindow::updateActions()
{
    const Message message = selectedMessage();
    const bool has = message.isValid() && !message.deleted;
    const bool own = has && message.senderId == m_user.id;
    m_ui->actionReply->setEnabled(has);
    m_ui->actionEdit->setEnabled(own);
    m_ui->actionDelete->setEnabled(own);
    m_ui->actionHistory->setEnabled(has && message.edited);
    m_ui->actionMarkUnread->setEnabled(has && message.receiverId == m_user.id && message.read);
    m_ui->actionMarkUnreadFromHere->setEnabled(message.isValid());
    m_ui->actionMarkConversationRead->setEnabled(m_peer.isValid());
}

void MainWindow::updateHeader()
{
    if (!m_peer.isValid()) {
        m_ui->conversationTitle->setText(tr("No conversation open"));
        m_ui->emptyStateLabel->setText(tr("Choose a conversation on the left, or start a new one "
                                          "with File ▸ New conversation (Ctrl+N)."));
        m_ui->threadStack->setCurrentWidget(m_ui->emptyStateLabel);
        return;
    }
    const int row = m_conversations->rowForPeer(m_peer.id);
    const int unread = row >= 0 ? m_conversations->summaryAt(row).unreadCount : 0;
    QString title = QStringLiteral("<b>%1</b>").arg(m_peer.username.toHtmlEscaped());
    if (unread > 0)
        title
            += QStringLiteral(" <span style=\"color: palette(mid); font-size: small\">· %1</span>")
                   .arg(tr("%n unread", nullptr, unread).toHtmlEscaped());
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

void MainWindow::updateCounts()
{
    const int unread = m_unread->rowCount();
    m_ui->sidebarTabs->setTabText(m_ui->sidebarTabs->indexOf(m_ui->unreadTab),
                                  unread > 0 ? tr("Unread (%1)").arg(unread) : tr("Unread"));
    const int notifications = m_notifications->unreadCount();
    m_ui->notificationsDock->setWindowTitle(
        notifications > 0 ? tr("Notifications (%1)").arg(notifications) : tr("Notifications"));
    m_ui->markAllReadButton->setEnabled(notifications > 0);
}

void MainWindow::loadOlderMessages()
{
    if (m_loadingOlder || !m_thread->hasOlder() || m_thread->rowCount() == 0)
        return;
    // What the reader looks at stays in place while older messages appear above it.
    const Id top = m_thread->messageAt(m_thread->index(0, 0)).id;
    {
        QScopedValueRollback<bool> loading(m_loadingOlder, true);
        m_thread->fetchOlder();
    }
    const QModelIndex previousTop = m_thread->indexForMessage(top);
    if (previousTop.isValid())
        m_ui->threadView->scrollTo(previousTop, QAbstractItemView::PositionAtTop);
}

void MainWindow::chooseBackupFile()
{
    const QString name
        = QStringLiteral("signalbox-backup-%1.sqlite3")
              .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(this, tr("Back up the store"), QDir(folder).filePath(name),
                                   tr("Signalbox stores (*.sqlite3)"));
    dialog->setObjectName(QStringLiteral("backupFileDialog"));
    dialog->setAccessibleName(tr("Back up the store"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::backUpTo);
    dialog->open();
}

bool MainWindow::backUpTo(const QString &path)
{
    if (Status written = Backup::write(*m_store, path); !written) {
        showError(tr("The backup was not written."), written.error());
        return false;
    }
    showStatus(tr("Backed up to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, StatusTimeoutMs);
}

void MainWindow::showError(const QString &what, const StoreError &error)
{
    m_lastError = error.message;
    showStatus(QStringLiteral("%1 %2").arg(what, error.message));
    if (m_errorBox)
        m_errorBox->close();
    m_errorBox
        = new QMessageBox(QMessageBox::Warning, tr("Signalbox"), what, QMessageBox::Ok, this);
    m_errorBox->setObjectName(QStringLiteral("errorBox"));
    m_errorBox->setAccessibleName(tr("Error"));
    m_errorBox->setInformativeText(error.message);
    m_errorBox->setAttribute(Qt::WA_DeleteOnClose);
    m_errorBox->open();
}

} // namespace signalbox

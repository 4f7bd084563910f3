#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "aboutdialog.h"
#include "appearance.h"
#include "appsettings.h"
#include "backup.h"
#include "changepassworddialog.h"
#include "conversationlistmodel.h"
#include "conversationspane.h"
#include "conversationview.h"
#include "deleteaccountdialog.h"
#include "desktopnotifier.h"
#include "exportrunner.h"
#include "newconversationdialog.h"
#include "notificationmodel.h"
#include "notificationsdock.h"
#include "store.h"
#include "systemtraybackend.h"
#include "traynotifier.h"
#include "unreadmodel.h"
#include "userrepository.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QResizeEvent>
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
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Signalbox — %1").arg(user.username));
    setAccessibleName(windowTitle());

    setUpPanes();
    setUpActions();
    setUpTray();
    restoreLayout();

    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("signedInLabel"));
    m_userLabel->setAccessibleName(tr("Signed in user"));
    m_userLabel->setText(tr("Signed in as %1").arg(user.username));
    m_userLabel->setToolTip(tr("Store: %1").arg(m_storeLocation));
    statusBar()->addPermanentWidget(m_userLabel);

    showStatus(tr("Welcome, %1.").arg(user.username));
    reopenLastConversation();
}

void MainWindow::reopenLastConversation()
{
    const Id last = AppSettings().lastPeer(m_storeLocation, m_user.username);
    if (last <= 0)
        return;
    User peer = m_conversationsPane->peerAt(last);
    if (!peer.isValid()) {
        // A conversation without messages yet; gone if the person has gone.
        auto found = m_store->users().byId(last);
        if (!found)
            return;
        peer = *found;
    }
    openConversation(peer);
}

MainWindow::~MainWindow()
{
    // While every pane is still whole: the write it makes reaches them all.
    m_conversationView->flushDraft();
}

User MainWindow::peer() const
{
    return m_conversationView->peer();
}

ConversationListModel *MainWindow::conversationModel() const
{
    return m_conversationsPane->conversationModel();
}

ThreadModel *MainWindow::threadModel() const
{
    return m_conversationView->threadModel();
}

UnreadModel *MainWindow::unreadModel() const
{
    return m_conversationsPane->unreadModel();
}

NotificationModel *MainWindow::notificationModel() const
{
    return m_notificationsDock->model();
}

Composer *MainWindow::composer() const
{
    return m_conversationView->composer();
}

void MainWindow::setUpPanes()
{
    m_conversationsPane = new ConversationsPane(m_store, m_user, m_ui->mainSplitter);
    m_conversationView = new ConversationView(m_store, m_user, m_ui->mainSplitter);
    m_ui->mainSplitter->addWidget(m_conversationsPane);
    m_ui->mainSplitter->addWidget(m_conversationView);
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({300, 700});

    m_notificationsDock = new NotificationsDock(m_store, m_user, this);
    addDockWidget(Qt::RightDockWidgetArea, m_notificationsDock);
    resizeDocks({m_notificationsDock}, {260}, Qt::Horizontal);

    // What the person chose in one pane opens in the conversation view.
    connect(m_conversationsPane, &ConversationsPane::conversationChosen, m_conversationView,
            &ConversationView::open);
    connect(m_conversationsPane, &ConversationsPane::messageChosen, this, &MainWindow::openMessage);
    connect(m_conversationsPane, &ConversationsPane::newConversationRequested, this,
            &MainWindow::newConversation);
    connect(m_notificationsDock, &NotificationsDock::messageChosen, this, &MainWindow::openMessage);

    // The list follows the open conversation, and the view's header the list's unread count.
    connect(m_conversationView, &ConversationView::peerChanged, this,
            &MainWindow::followOpenConversation);
    connect(m_conversationView, &ConversationView::peerChanged, this, [this](const User &peer) {
        AppSettings().setLastPeer(m_storeLocation, m_user.username, peer.id);
    });
    connect(m_conversationView, &ConversationView::messageSent, this,
            &MainWindow::followOpenConversation);
    ConversationListModel *conversations = m_conversationsPane->conversationModel();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(conversations, signal, this, &MainWindow::followOpenConversation);
    connect(conversations, &QAbstractItemModel::dataChanged, this,
            &MainWindow::followOpenConversation);

    for (auto *model : {static_cast<ViewerListModel *>(conversations),
                        static_cast<ViewerListModel *>(m_conversationsPane->unreadModel()),
                        static_cast<ViewerListModel *>(m_notificationsDock->model())})
        connect(model, &ViewerListModel::errorOccurred, this, &MainWindow::showStatus);

    connect(m_conversationView, &ConversationView::statusMessage, this, &MainWindow::showStatus);
    connect(m_conversationView, &ConversationView::failed, this, &MainWindow::showError);
    connect(m_notificationsDock, &NotificationsDock::statusMessage, this, &MainWindow::showStatus);
    connect(m_notificationsDock, &NotificationsDock::failed, this, &MainWindow::showError);
    connect(m_conversationView, &ConversationView::notSent, this,
            [this](const QString &why) { m_lastError = why; });
}

void MainWindow::followOpenConversation()
{
    const User peer = m_conversationView->peer();
    m_conversationsPane->setCurrentPeer(peer.id);
    const ConversationListModel *conversations = m_conversationsPane->conversationModel();
    m_conversationView->setUnreadCount(
        conversations->summaryAt(conversations->rowForPeer(peer.id)).unreadCount);
}

void MainWindow::setUpActions()
{
    connect(m_ui->actionNewConversation, &QAction::triggered, this, &MainWindow::newConversation);
    connect(m_ui->actionSignOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    // File ▸ Change password…, beside Sign out (both back ends; on a team store the server's).
    auto *changePasswordAction = new QAction(tr("Change &password…"), this);
    changePasswordAction->setObjectName(QStringLiteral("actionChangePassword"));
    m_ui->menuFile->insertAction(m_ui->actionSignOut, changePasswordAction);
    connect(changePasswordAction, &QAction::triggered, this, &MainWindow::changePassword);
    connect(m_ui->actionBackUp, &QAction::triggered, this, &MainWindow::chooseBackupFile);
    connect(m_ui->actionDeleteAccount, &QAction::triggered, this, &MainWindow::deleteAccount);
    connect(m_ui->actionQuit, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    connect(m_ui->actionShowConversations, &QAction::triggered, this,
            &MainWindow::showConversations);
    connect(m_ui->actionShowUnread, &QAction::triggered, this, &MainWindow::showUnread);
    connect(m_ui->actionShowNotifications, &QAction::toggled, m_notificationsDock,
            &QDockWidget::setVisible);
    connect(m_notificationsDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!isMinimized() && isVisible())
            m_ui->actionShowNotifications->setChecked(visible || !m_notificationsDock->isHidden());
    });
    connect(m_ui->actionDoNotDisturb, &QAction::toggled, this, &MainWindow::setDoNotDisturb);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionFind, &QAction::triggered, this,
            [this] { m_conversationsPane->showSearch(); });
    connect(m_ui->actionFindInConversation, &QAction::triggered, this,
            [this] { m_conversationsPane->showSearch(peer()); });

    // File ▸ Export: the open conversation, or all of them.
    m_exporter = new ExportRunner(m_store, m_user, this);
    connect(m_ui->actionExportConversation, &QAction::triggered, this,
            [this] { m_exporter->exportInteractively(peer().id, peer().username); });
    connect(m_ui->actionExportAll, &QAction::triggered, this,
            [this] { m_exporter->exportInteractively(0); });
    connect(m_exporter, &ExportRunner::finished, this, [this](bool written, const QString &path) {
        if (written)
            showStatus(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
    });
    auto followPeer = [this](const User &open) {
        m_ui->actionExportConversation->setEnabled(open.isValid());
        m_ui->actionFindInConversation->setEnabled(open.isValid());
    };
    connect(m_conversationView, &ConversationView::peerChanged, this, followPeer);
    followPeer(peer());
    m_ui->actionShowNotifications->setChecked(true);

    // The conversation view's actions on the selected message make the Message menu.
    for (QAction *action : m_conversationView->messageActions()) {
        if (action)
            m_ui->menuMessage->addAction(action);
        else
            m_ui->menuMessage->addSeparator();
    }

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
    m_ui->actionCloseToTray->setChecked(AppSettings().closeToTray());
    connect(m_ui->actionCloseToTray, &QAction::toggled, this,
            [](bool on) { AppSettings().setCloseToTray(on); });

    // View ▸ Appearance: System, Light, Dark.
    if (AppearanceController *appearance = AppearanceController::instance())
        m_ui->menuView->addMenu(appearance->createMenu(this));
}

void MainWindow::setUpTray()
{
    auto *backend = new SystemTrayBackend(this);
    m_tray = new TrayNotifier(m_store, m_user, backend, this);
    backend->setParent(m_tray); // destroyed after the notifier that uses it, not before
    m_tray->setDoNotDisturb(m_doNotDisturb);
    // The desktop's notification server, where the session has one: it takes over the bubbles.
    // Widget tests (Qt's test mode) never reach the desktop of whoever runs them.
    if (!QStandardPaths::isTestModeEnabled())
        m_tray->useDesktopNotifier(DesktopNotifier::createForSession(m_store, m_user));
    connect(m_tray, &TrayNotifier::errorOccurred, this, &MainWindow::showStatus);
    auto bringToFront = [this] {
        showNormal();
        raise();
        activateWindow();
    };
    connect(m_tray, &TrayNotifier::openMessageRequested, this, [this, bringToFront](Id messageId) {
        bringToFront();
        if (messageId > 0) // 0: a note, such as "still running in the tray"
            openMessage(messageId);
    });
    connect(m_tray, &TrayNotifier::showWindowRequested, this, bringToFront);
    connect(backend, &SystemTrayBackend::quitRequested, qApp, &QApplication::closeAllWindows,
            Qt::QueuedConnection);
    m_ui->actionCloseToTray->setVisible(m_tray->isAvailable());
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
    m_ui->actionShowNotifications->setChecked(!m_notificationsDock->isHidden());
}

void MainWindow::saveLayout()
{
    AppSettings().setWindowLayout(saveGeometry(), saveState(), m_ui->mainSplitter->saveState());
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    fitPanes();
}

void MainWindow::fitPanes()
{
    // The open conversation keeps most of a small window: the list and the dock give up width
    // down to their minimums (22 % of the window each at most). They never grow back on
    // their own, so a width the person chose in a large window stays.
    const int total = width();
    QList<int> sizes = m_ui->mainSplitter->sizes();
    const int sidebarCap
        = std::max(m_conversationsPane->minimumSizeHint().width(), total * 22 / 100);
    if (sizes.size() == 2 && sizes.at(0) > sidebarCap) {
        sizes[1] += sizes.at(0) - sidebarCap;
        sizes[0] = sidebarCap;
        m_ui->mainSplitter->setSizes(sizes);
    }
    const int dockCap = std::max(m_notificationsDock->minimumWidth(), total * 22 / 100);
    if (m_notificationsDock->isVisible() && !m_notificationsDock->isFloating()
        && m_notificationsDock->width() > dockCap)
        resizeDocks({m_notificationsDock}, {dockCap}, Qt::Horizontal);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    m_conversationView->flushDraft();
    // The window's close button (a spontaneous close from the window manager) keeps Signalbox
    // running in the tray, as Telegram and Element do; Quit, signing out and deleting the
    // account close it for real.
    if (event->spontaneous() && m_tray && m_tray->isAvailable() && AppSettings().closeToTray()) {
        event->ignore();
        hide();
        AppSettings settings;
        if (!settings.closeToTrayExplained()) {
            settings.setCloseToTrayExplained();
            m_tray->showNote(tr("Signalbox is still running"),
                             tr("New messages appear here. To quit, use File ▸ Quit or the "
                                "tray icon's menu."));
        }
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::openConversationWith(Id peerId)
{
    if (peerId == peer().id && peer().isValid())
        return;
    if (const User known = m_conversationsPane->peerAt(peerId); known.isValid()) {
        openConversation(known);
        return;
    }
    auto found = m_store->users().byId(peerId);
    if (!found) {
        showError(tr("The conversation cannot be opened."), found.error().message);
        return;
    }
    openConversation(*found);
}

void MainWindow::openConversation(const User &peer)
{
    m_conversationView->open(peer);
    followOpenConversation();
}

bool MainWindow::openMessage(Id messageId)
{
    return m_conversationView->openMessage(messageId);
}

bool MainWindow::selectMessage(Id messageId)
{
    return m_conversationView->select(messageId);
}

Message MainWindow::selectedMessage() const
{
    return m_conversationView->selectedMessage();
}

void MainWindow::newConversation()
{
    auto *dialog = new NewConversationDialog(m_store, m_user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewConversationDialog::userChosen, this, [this](const User &peer) {
        showConversations();
        openConversation(peer);
        m_conversationView->focusComposer();
    });
    dialog->open();
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

void MainWindow::changePassword()
{
    auto *dialog
        = new ChangePasswordDialog(m_store, m_user, ChangePasswordDialog::Reason::Chosen, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangePasswordDialog::passwordChanged, this,
            [this] { showStatus(tr("Your password has been changed.")); });
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
    m_conversationsPane->showUnread();
}

void MainWindow::showConversations()
{
    m_conversationsPane->showConversations();
}

void MainWindow::setDoNotDisturb(bool on)
{
    if (m_ui->actionDoNotDisturb->isChecked() != on)
        m_ui->actionDoNotDisturb->setChecked(on); // comes back here through toggled()
    if (m_doNotDisturb == on)
        return;
    m_doNotDisturb = on;
    if (m_tray)
        m_tray->setDoNotDisturb(on);
    AppSettings().setDoNotDisturb(on);
    showStatus(on ? tr("Do not disturb is on: no notifications.") : tr("Do not disturb is off."));
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
        showError(tr("The backup was not written."), written.error().message);
        return false;
    }
    showStatus(tr("Backed up to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, StatusTimeoutMs);
}

void MainWindow::showError(const QString &what, const QString &why)
{
    m_lastError = why;
    showStatus(QStringLiteral("%1 %2").arg(what, why));
    if (m_errorBox)
        m_errorBox->close();
    m_errorBox
        = new QMessageBox(QMessageBox::Warning, tr("Signalbox"), what, QMessageBox::Ok, this);
    m_errorBox->setObjectName(QStringLiteral("errorBox"));
    m_errorBox->setAccessibleName(tr("Error"));
    m_errorBox->setInformativeText(why);
    m_errorBox->setAttribute(Qt::WA_DeleteOnClose);
    m_errorBox->open();
}

} // namespace signalbox

#pragma once

#include "composer.h"
#include "values.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QMessageBox;

namespace Ui {
class MainWindow;
}

namespace signalbox {

class ConversationListModel;
class ConversationView;
class ConversationsPane;
class ExportRunner;
class NotificationModel;
class NotificationsDock;
class Store;
class ThreadModel;
class TrayNotifier;
class UnreadModel;

// The signed-in window: a frame around three panes — the conversations pane on the left, the
// open conversation (ConversationView) beside it, the notifications dock — with the menus, the
// status bar, the window's dialogs and the tray. It only joins the panes: what one pane chose,
// another shows. All dialogs open without blocking (open()), so that tests and the event loop
// keep running.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Store *store, const User &user, const QString &storeLocation = {},
               QWidget *parent = nullptr);
    ~MainWindow() override;

    User user() const { return m_user; }
    // The person the open conversation is with (invalid when none is open).
    User peer() const;

    ConversationsPane *conversationsPane() const { return m_conversationsPane; }
    ConversationView *conversationView() const { return m_conversationView; }
    NotificationsDock *notificationsDock() const { return m_notificationsDock; }
    ConversationListModel *conversationModel() const;
    ThreadModel *threadModel() const;
    UnreadModel *unreadModel() const;
    NotificationModel *notificationModel() const;
    Composer *composer() const;
    TrayNotifier *trayNotifier() const { return m_tray; }
    ExportRunner *exportRunner() const { return m_exporter; }

    // Opens the conversation with a person (with or without messages yet).
    void openConversation(const User &peer);
    void openConversationWith(Id peerId);
    // Opens the message's conversation, expands its ancestors, selects it (which marks it read).
    bool openMessage(Id messageId);
    // The selected message of the open conversation (invalid when none).
    Message selectedMessage() const;
    bool selectMessage(Id messageId);

    bool doNotDisturb() const { return m_doNotDisturb; }
    void setDoNotDisturb(bool on);

    // The last error shown to the user ("" when none since the window opened).
    QString lastError() const { return m_lastError; }

public slots:
    void newConversation();
    void deleteAccount();
    // File ▸ Change password…: the dialog, without blocking.
    void changePassword();
    void showAbout();
    void showUnread();
    void showConversations();
    // File ▸ Back up…: asks where, then backUpTo().
    void chooseBackupFile();
    // Writes a consistent copy of the store (it stays in use); false with the error shown.
    bool backUpTo(const QString &path);

signals:
    void signOutRequested();
    void accountDeleted(const signalbox::User &user);

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void setUpPanes();
    void setUpActions();
    void setUpTray();
    void restoreLayout();
    void saveLayout();
    void followOpenConversation();
    void reopenLastConversation();
    void fitPanes();
    void showStatus(const QString &message);
    void showError(const QString &what, const QString &why);

    std::unique_ptr<Ui::MainWindow> m_ui;
    Store *m_store = nullptr;
    User m_user;
    QString m_storeLocation;
    ConversationsPane *m_conversationsPane = nullptr;
    ConversationView *m_conversationView = nullptr;
    NotificationsDock *m_notificationsDock = nullptr;
    TrayNotifier *m_tray = nullptr;
    ExportRunner *m_exporter = nullptr;
    QLabel *m_userLabel = nullptr;
    QPointer<QMessageBox> m_errorBox;
    QString m_lastError;
    bool m_doNotDisturb = false;
};

} // namespace signalbox

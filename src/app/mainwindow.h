#pragma once

#include "composer.h"
#include "storeerror.h"
#include "values.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QMessageBox;

namespace Ui {
class MainWindow;
}

namespace signalbox {

class AppSettings;
class ConversationListModel;
class NotificationModel;
class Store;
class ThreadModel;
class TrayNotifier;
class UnreadModel;
class ViewCache;

// The signed-in window: conversations and unread messages on the left, the open conversation
// as a reply tree with the composer under it, notifications in a dock; menus for everything.
// All dialogs open without blocking (open()), so that tests and the event loop keep running.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Store *store, const User &user, const QString &storeLocation = {},
               QWidget *parent = nullptr);
    ~MainWindow() override;

    User user() const { return m_user; }
    // The person the open conversation is with (invalid when none is open).
    User peer() const { return m_peer; }

    ConversationListModel *conversationModel() const { return m_conversations; }
    ThreadModel *threadModel() const { return m_thread; }
    UnreadModel *unreadModel() const { return m_unread; }
    NotificationModel *notificationModel() const { return m_notifications; }
    Composer *composer() const;
    TrayNotifier *trayNotifier() const { return m_tray; }

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
    void replyToSelected();
    void editSelected();
    void deleteSelected();
    void showHistory();
    void markSelectedUnread();
    // The selected message and every later one received in this conversation become unread.
    void markUnreadFromSelected();
    void markConversationRead();
    void markAllNotificationsRead();
    void deleteAccount();
    void showAbout();
    void showUnread();
    void showConversations();
    // Loads the next older page of the open conversation, keeping the view where it was.
    void loadOlderMessages();
    // File ▸ Back up…: asks where, then backUpTo().
    void chooseBackupFile();
    // Writes a consistent copy of the store (it stays in use); false with the error shown.
    bool backUpTo(const QString &path);

signals:
    void signOutRequested();
    void accountDeleted(const signalbox::User &user);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpViews();
    void setUpActions();
    void setUpTray();
    void restoreLayout();
    void saveLayout();
    void submit(Composer::Mode mode, Id targetId, const QString &text);
    void onCurrentMessageChanged(const QModelIndex &current);
    void onConversationActivated(const QModelIndex &index);
    void onStoreChanged();
    void updateActions();
    void updateHeader();
    void updateCounts();
    void revealIndex(const QModelIndex &index);
    void showStatus(const QString &message);
    void showError(const QString &what, const StoreError &error);

    std::unique_ptr<Ui::MainWindow> m_ui;
    Store *m_store = nullptr;
    bool m_loadingOlder = false;
    User m_user;
    User m_peer;
    QString m_storeLocation;
    ViewCache *m_cache = nullptr;
    ConversationListModel *m_conversations = nullptr;
    ThreadModel *m_thread = nullptr;
    UnreadModel *m_unread = nullptr;
    NotificationModel *m_notifications = nullptr;
    TrayNotifier *m_tray = nullptr;
    QLabel *m_userLabel = nullptr;
    QPointer<QMessageBox> m_errorBox;
    QString m_lastError;
    QHash<Id, QString> m_drafts; // unsent text per conversation
    bool m_doNotDisturb = false;
    bool m_selecting = false;
};

} // namespace signalbox

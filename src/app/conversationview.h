#pragma once

#include "composer.h"
#include "values.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QAction;
class QToolButton;

namespace Ui {
class ConversationView;
}

namespace signalbox {

class Store;
class ThreadModel;
class ViewCache;
struct ChangeSet;

// The open conversation: its header, the reply tree, the composer under it and the actions on
// the selected message. Selecting a message marks it read; each conversation keeps its unsent
// text; older messages load when the reader scrolls to the top. What it cannot do itself (an
// error box, the status bar) it reports by signal to the window.
class ConversationView : public QWidget
{
    Q_OBJECT

public:
    ConversationView(Store *store, const User &viewer, QWidget *parent = nullptr);
    ~ConversationView() override;

    // The person the open conversation is with (invalid when none is open).
    User peer() const { return m_peer; }
    ThreadModel *threadModel() const { return m_thread; }
    Composer *composer() const;
    // Reply, Edit, Delete, History, Mark unread, Mark unread from here, Mark conversation read:
    // for the window's Message menu (nullptr stands for a separator).
    QList<QAction *> messageActions() const;

    // Opens the conversation with a person (with or without messages yet).
    void open(const User &peer);
    // Opens the message's conversation, expands its ancestors and selects it.
    bool openMessage(Id messageId);
    // Selects a message of the open conversation (which marks it read).
    bool select(Id messageId);
    // The selected message (invalid when none).
    Message selectedMessage() const;
    // The header's unread count, as the conversation list has it.
    void setUnreadCount(int count);
    // Writes the draft now if keys were typed since it was last written (before the window
    // goes: not from a destructor, since the write tells every pane).
    void flushDraft();
    // The actions the thread's context menu offers for the selected message: only those that
    // apply to it.
    QList<QAction *> contextActions() const;

public slots:
    void replyToSelected();
    void editSelected();
    void deleteSelected();
    void showHistory();
    void markSelectedUnread();
    // The selected message and every later one received in this conversation become unread.
    void markUnreadFromSelected();
    void markConversationRead();
    // Loads the next older page, keeping the view where it was.
    void loadOlderMessages();
    void focusComposer();
    // Copies the selected message's text to the clipboard.
    void copySelected();
    // Selects the message the selected reply answers.
    void goToParent();
    // Scrolls to the newest message.
    void jumpToLatest();

signals:
    // Another conversation is open (invalid peer: none).
    void peerChanged(const signalbox::User &peer);
    // A message was sent or replied to in the open conversation.
    void messageSent(const signalbox::User &peer, signalbox::Id messageId);
    // A sentence for the status bar.
    void statusMessage(const QString &message);
    // An action the person asked for failed: worth a box.
    void failed(const QString &what, const QString &why);
    // The composer's text was not sent or saved; the composer shows why and keeps the text.
    void notSent(const QString &why);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void setUpThreadView();
    void showContextMenu(const QPoint &position);
    void placeJumpButton();
    void fitHeader();
    void updateJumpButton();
    void setUpActions();
    void submit(Composer::Mode mode, Id targetId, const QString &text);
    void onCurrentMessageChanged(const QModelIndex &current);
    void markReadIfUnread(const QModelIndex &index);
    void onStoreChanged(const ChangeSet &changes);
    void closeConversation();
    void saveDraft();
    void loadDraft();
    void updateActions();
    void updateHeader();
    void reveal(const QModelIndex &index);

    std::unique_ptr<Ui::ConversationView> m_ui;
    Store *m_store = nullptr;
    User m_viewer;
    User m_peer;
    ViewCache *m_cache = nullptr;
    ThreadModel *m_thread = nullptr;
    int m_unreadCount = 0;
    // Rows are going (a deletion, here or by anyone): the view moves the current index to a
    // neighbour, which is not the person choosing it, so it is not marked read.
    bool m_rowsGoing = false;
    QToolButton *m_jumpButton = nullptr;
    QString m_closedBecause; // why no conversation is open, when it was closed for the person
    // Unsent text is kept in the store per conversation (DraftRepository): a moment after the
    // last key, when another conversation opens and when the view goes.
    QTimer m_draftTimer;
    QString m_storedDraft; // what the store holds for the open conversation
};

} // namespace signalbox

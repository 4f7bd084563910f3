#pragma once

#include "values.h"

#include <QWidget>

#include <memory>

class QStackedWidget;

namespace Ui {
class ConversationsPane;
}

namespace signalbox {

class ConversationListModel;
class SearchPane;
class Store;
class UnreadModel;

// The left side of the window: the viewer's conversations (newest activity first) and, on a
// second tab, every unread message. It owns both models and says what the person chose; the
// window decides what that opens.
class ConversationsPane : public QWidget
{
    Q_OBJECT

public:
    ConversationsPane(Store *store, const User &viewer, QWidget *parent = nullptr);
    ~ConversationsPane() override;

    ConversationListModel *conversationModel() const { return m_conversations; }
    UnreadModel *unreadModel() const { return m_unread; }
    SearchPane *searchPane() const { return m_search; }

    // Keeps the list's selection on the open conversation (none when it has no row yet),
    // without emitting conversationChosen.
    void setCurrentPeer(Id peerId);
    // The peer's row as a User (invalid when there is no conversation with them).
    User peerAt(Id peerId) const;

public slots:
    void showConversations();
    void showUnread();
    // The search field over the lists (Ctrl+F): every conversation (peer invalid) or only the
    // one with peer (Ctrl+Shift+F). Its results replace the lists until Esc.
    void showSearch(const signalbox::User &peer = {});

signals:
    void conversationChosen(const signalbox::User &peer);
    void messageChosen(signalbox::Id messageId);
    void newConversationRequested();

private:
    void onConversationActivated(const QModelIndex &index);
    void updateUnreadTitle();

    std::unique_ptr<Ui::ConversationsPane> m_ui;
    ConversationListModel *m_conversations = nullptr;
    UnreadModel *m_unread = nullptr;
    QStackedWidget *m_stack = nullptr; // the lists, or the search
    SearchPane *m_search = nullptr;
    bool m_selecting = false;
};

} // namespace signalbox

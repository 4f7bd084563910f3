#include "conversationspane.h"
#include "ui_conversationspane.h"

#include "conversationdelegate.h"
#include "conversationlistmodel.h"
#include "messagelistdelegate.h"
#include "searchpane.h"
#include "unreadmodel.h"

#include <QScopedValueRollback>
#include <QStackedWidget>

namespace signalbox {

ConversationsPane::ConversationsPane(Store *store, const User &viewer, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConversationsPane>())
    , m_conversations(new ConversationListModel(store, viewer, this))
    , m_unread(new UnreadModel(store, viewer, this))
{
    setObjectName(QStringLiteral("conversationsPane"));
    m_ui->setupUi(this);
    // The search takes the lists' place while it is open.
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("sidebarStack"));
    m_stack->setAccessibleName(tr("Conversations or search"));
    delete m_ui->conversationsPaneLayout->replaceWidget(m_ui->sidebarTabs, m_stack); // its old item
    m_stack->addWidget(m_ui->sidebarTabs);
    m_search = new SearchPane(store, viewer, m_stack);
    m_stack->addWidget(m_search);
    connect(m_search, &SearchPane::messageChosen, this, &ConversationsPane::messageChosen);
    connect(m_search, &SearchPane::closed, this, &ConversationsPane::showConversations);
    m_ui->sidebarTabs->setMinimumWidth(160);
    // In a narrow pane the tab titles shorten instead of scrolling out of sight.
    m_ui->sidebarTabs->setUsesScrollButtons(false);
    m_ui->sidebarTabs->setElideMode(Qt::ElideRight);

    m_ui->conversationList->setModel(m_conversations);
    m_ui->conversationList->setItemDelegate(
        new ConversationDelegate(viewer.id, m_ui->conversationList));
    m_ui->conversationList->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_ui->conversationList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onConversationActivated(current); });
    connect(m_ui->conversationList, &QListView::clicked, this,
            &ConversationsPane::onConversationActivated);
    connect(m_ui->newConversationButton, &QPushButton::clicked, this,
            &ConversationsPane::newConversationRequested);

    m_ui->unreadList->setModel(m_unread);
    m_ui->unreadList->setItemDelegate(
        new MessageListDelegate({UnreadModel::SenderNameRole, UnreadModel::ContentRole,
                                 UnreadModel::TimestampRole, MessageListDelegate::AlwaysUnread},
                                m_ui->unreadList));
    auto openUnread = [this](const QModelIndex &index) {
        if (index.isValid())
            emit messageChosen(index.data(UnreadModel::MessageIdRole).toLongLong());
    };
    connect(m_ui->unreadList, &QListView::clicked, this, openUnread);
    connect(m_ui->unreadList, &QListView::activated, this, openUnread);

    for (QAbstractItemView *list : {static_cast<QAbstractItemView *>(m_ui->conversationList),
                                    static_cast<QAbstractItemView *>(m_ui->unreadList)})
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    connect(m_unread, &QAbstractItemModel::rowsInserted, this,
            &ConversationsPane::updateUnreadTitle);
    connect(m_unread, &QAbstractItemModel::rowsRemoved, this,
            &ConversationsPane::updateUnreadTitle);
    connect(m_unread, &QAbstractItemModel::modelReset, this, &ConversationsPane::updateUnreadTitle);
    updateUnreadTitle();
}

ConversationsPane::~ConversationsPane() = default;

void ConversationsPane::setCurrentPeer(Id peerId)
{
    const QScopedValueRollback guard(m_selecting, true);
    const int row = m_conversations->rowForPeer(peerId);
    if (row >= 0)
        m_ui->conversationList->setCurrentIndex(m_conversations->index(row));
    else
        m_ui->conversationList->selectionModel()->clear();
}

User ConversationsPane::peerAt(Id peerId) const
{
    const int row = m_conversations->rowForPeer(peerId);
    if (row < 0)
        return {};
    const ConversationSummary summary = m_conversations->summaryAt(row);
    return User{summary.peerId, summary.peerName, {}};
}

void ConversationsPane::showSearch(const User &peer)
{
    m_search->setScopePeer(peer.isValid() ? peer.id : 0, peer.username);
    m_stack->setCurrentWidget(m_search);
    m_search->activate();
}

void ConversationsPane::showConversations()
{
    m_stack->setCurrentWidget(m_ui->sidebarTabs);
    m_ui->sidebarTabs->setCurrentWidget(m_ui->conversationsTab);
    m_ui->conversationList->setFocus();
}

void ConversationsPane::showUnread()
{
    m_stack->setCurrentWidget(m_ui->sidebarTabs);
    m_ui->sidebarTabs->setCurrentWidget(m_ui->unreadTab);
    m_ui->unreadList->setFocus();
}

void ConversationsPane::onConversationActivated(const QModelIndex &index)
{
    if (m_selecting || !index.isValid())
        return;
    emit conversationChosen(User{index.data(ConversationListModel::PeerIdRole).toLongLong(),
                                 index.data(ConversationListModel::PeerNameRole).toString(),
                                 {}});
}

void ConversationsPane::updateUnreadTitle()
{
    const int unread = m_unread->rowCount();
    m_ui->sidebarTabs->setTabText(m_ui->sidebarTabs->indexOf(m_ui->unreadTab),
                                  unread > 0 ? tr("Unread (%1)").arg(unread) : tr("Unread"));
}

} // namespace signalbox

#include "conversationlistmodel.h"

#include "changeset.h"
#include "conversationrepository.h"
#include "store.h"
#include "tooltiptext.h"

#include <QFont>

namespace signalbox {

namespace {

QList<int> changedRoles(const ConversationSummary &old, const ConversationSummary &now)
{
    QList<int> roles;
    if (old.peerName != now.peerName)
        roles << Qt::DisplayRole << ConversationListModel::PeerNameRole;
    if (old.lastContent != now.lastContent)
        roles << ConversationListModel::LastMessageRole;
    if (old.lastTimestamp != now.lastTimestamp)
        roles << ConversationListModel::LastTimestampRole;
    if (old.unreadCount != now.unreadCount)
        roles << ConversationListModel::UnreadCountRole << Qt::FontRole;
    if (old.lastSenderId != now.lastSenderId)
        roles << ConversationListModel::LastSenderIdRole;
    if (old.lastMessageId != now.lastMessageId)
        roles << ConversationListModel::LastMessageIdRole;
    if (!roles.isEmpty())
        roles << Qt::ToolTipRole;
    return roles;
}

} // namespace

ConversationListModel::ConversationListModel(Store *store, const User &viewer, QObject *parent)
    : SyncedListModel(parent)
    , m_store(store)
    , m_viewer(viewer)
{
    if (auto list = m_store->conversations().listFor(m_viewer))
        m_rows = std::move(list).value();
    else
        m_error = list.error().message;
    connect(m_store, &Store::changed, this, &ConversationListModel::applyChanges);
}

ConversationListModel::~ConversationListModel() = default;

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConversationSummary &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case PeerNameRole:
        return s.peerName;
    case Qt::ToolTipRole:
        if (s.unreadCount > 0)
            return plainToolTip(
                tr("%1: %2 (%n unread)", nullptr, s.unreadCount).arg(s.peerName, s.lastContent));
        return plainToolTip(tr("%1: %2").arg(s.peerName, s.lastContent));
    case Qt::FontRole:
        if (s.unreadCount > 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case PeerIdRole:
        return s.peerId;
    case LastMessageRole:
        return s.lastContent;
    case LastTimestampRole:
        return s.lastTimestamp;
    case UnreadCountRole:
        return s.unreadCount;
    case LastSenderIdRole:
        return s.lastSenderId;
    case LastMessageIdRole:
        return s.lastMessageId;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(PeerIdRole, "peerId");
    names.insert(PeerNameRole, "peerName");
    names.insert(LastMessageRole, "lastMessage");
    names.insert(LastTimestampRole, "lastTimestamp");
    names.insert(UnreadCountRole, "unreadCount");
    names.insert(LastSenderIdRole, "lastSenderId");
    names.insert(LastMessageIdRole, "lastMessageId");
    return names;
}

int ConversationListModel::rowForPeer(Id peer) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).peerId == peer)
            return int(i);
    }
    return -1;
}

ConversationSummary ConversationListModel::summaryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : ConversationSummary{};
}

bool ConversationListModel::reload()
{
    auto list = m_store->conversations().listFor(m_viewer);
    if (!list) {
        m_error = list.error().message;
        emit errorOccurred(m_error);
        return false;
    }
    m_error.clear();
    syncRows(
        m_rows, *list, [](const ConversationSummary &s) { return s.peerId; }, &changedRoles);
    return true;
}

void ConversationListModel::applyChanges(const ChangeSet &changes)
{
    const bool mine
        = std::any_of(changes.conversations.cbegin(), changes.conversations.cend(),
                      [this](const ConversationKey &key) { return key.involves(m_viewer.id); });
    if (mine || !changes.usersRemoved.isEmpty())
        (void)reload();
}

} // namespace signalbox

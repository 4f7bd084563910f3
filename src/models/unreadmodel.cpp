#include "unreadmodel.h"

#include "changeset.h"
#include "messagerepository.h"
#include "store.h"

namespace signalbox {

namespace {

QList<int> changedRoles(const Message &old, const Message &now)
{
    QList<int> roles;
    if (old.content != now.content)
        roles << UnreadModel::ContentRole << Qt::DisplayRole << Qt::ToolTipRole;
    if (old.senderName != now.senderName)
        roles << UnreadModel::SenderNameRole << Qt::ToolTipRole;
    return roles;
}

} // namespace

UnreadModel::UnreadModel(Store *store, const User &viewer, QObject *parent)
    : SyncedListModel(parent)
    , m_store(store)
    , m_viewer(viewer)
{
    if (auto list = m_store->messages().unreadFor(m_viewer))
        m_rows = std::move(list).value();
    else
        m_error = list.error().message;
    connect(m_store, &Store::changed, this, &UnreadModel::applyChanges);
}

UnreadModel::~UnreadModel() = default;

int UnreadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant UnreadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Message &m = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ContentRole:
        return m.content;
    case Qt::ToolTipRole:
        //: Tooltip of an unread message: who sent it, when.
        return tr("From %1, %2")
            .arg(m.senderName, m.timestamp.toLocalTime().toString(Qt::TextDate));
    case MessageIdRole:
        return m.id;
    case SenderIdRole:
        return m.senderId;
    case SenderNameRole:
        return m.senderName;
    case TimestampRole:
        return m.timestamp;
    case ParentIdRole:
        return m.parentId;
    default:
        return {};
    }
}

QHash<int, QByteArray> UnreadModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(MessageIdRole, "messageId");
    names.insert(SenderIdRole, "senderId");
    names.insert(SenderNameRole, "senderName");
    names.insert(ContentRole, "content");
    names.insert(TimestampRole, "timestamp");
    names.insert(ParentIdRole, "parentId");
    return names;
}

Message UnreadModel::messageAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Message{};
}

bool UnreadModel::reload()
{
    auto list = m_store->messages().unreadFor(m_viewer);
    if (!list) {
        m_error = list.error().message;
        emit errorOccurred(m_error);
        return false;
    }
    m_error.clear();
    syncRows(
        m_rows, *list, [](const Message &m) { return m.id; }, &changedRoles);
    return true;
}

void UnreadModel::applyChanges(const ChangeSet &changes)
{
    const bool mine
        = changes.notifiedUsers.contains(m_viewer.id)
          || std::any_of(changes.conversations.cbegin(), changes.conversations.cend(),
                         [this](const ConversationKey &key) { return key.involves(m_viewer.id); });
    if (mine)
        (void)reload();
}

} // namespace signalbox

#include "notificationmodel.h"

#include "changeset.h"
#include "notificationrepository.h"
#include "store.h"
#include "tooltiptext.h"

#include <QFont>

namespace signalbox {

namespace {

constexpr int PreviewLength = 60;

QList<int> changedRoles(const Notification &old, const Notification &now)
{
    QList<int> roles;
    if (old.read != now.read)
        roles << NotificationModel::ReadRole << Qt::FontRole;
    if (old.message.content != now.message.content)
        roles << NotificationModel::ContentRole << Qt::DisplayRole << Qt::ToolTipRole;
    if (old.message.senderName != now.message.senderName)
        roles << NotificationModel::SenderNameRole << Qt::DisplayRole;
    if (old.createdAt != now.createdAt)
        roles << NotificationModel::CreatedAtRole;
    return roles;
}

int countUnread(const QList<Notification> &rows)
{
    return int(
        std::count_if(rows.cbegin(), rows.cend(), [](const Notification &n) { return !n.read; }));
}

} // namespace

NotificationModel::NotificationModel(Store *store, const User &viewer, QObject *parent)
    : SyncedListModel(parent)
    , m_store(store)
    , m_viewer(viewer)
{
    if (auto list = m_store->notifications().listFor(m_viewer)) {
        m_rows = std::move(list).value();
        m_unread = countUnread(m_rows);
    } else {
        m_error = list.error().message;
    }
    connect(m_store, &Store::changed, this, &NotificationModel::applyChanges);
}

NotificationModel::~NotificationModel() = default;

int NotificationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant NotificationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Notification &n = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString preview = n.message.content.simplified();
        if (preview.size() > PreviewLength)
            preview = preview.left(PreviewLength - 1) + QChar(0x2026);
        //: A notification in the list: sender name, then the start of the message.
        return tr("%1: %2").arg(n.message.senderName, preview);
    }
    case Qt::ToolTipRole:
        return plainToolTip(n.message.content);
    case Qt::FontRole:
        if (!n.read) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case NotificationIdRole:
        return n.id;
    case MessageIdRole:
        return n.messageId;
    case SenderIdRole:
        return n.message.senderId;
    case SenderNameRole:
        return n.message.senderName;
    case ContentRole:
        return n.message.content;
    case CreatedAtRole:
        return n.createdAt;
    case ReadRole:
        return n.read;
    default:
        return {};
    }
}

QHash<int, QByteArray> NotificationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NotificationIdRole, "notificationId");
    names.insert(MessageIdRole, "messageId");
    names.insert(SenderIdRole, "senderId");
    names.insert(SenderNameRole, "senderName");
    names.insert(ContentRole, "content");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(ReadRole, "read");
    return names;
}

Notification NotificationModel::notificationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Notification{};
}

int NotificationModel::rowForNotification(Id notificationId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == notificationId)
            return int(i);
    }
    return -1;
}

bool NotificationModel::reload()
{
    auto list = m_store->notifications().listFor(m_viewer);
    if (!list) {
        m_error = list.error().message;
        emit errorOccurred(m_error);
        return false;
    }
    m_error.clear();
    syncRows(
        m_rows, *list, [](const Notification &n) { return n.id; }, &changedRoles);
    const int unread = countUnread(m_rows);
    if (unread != m_unread) {
        m_unread = unread;
        emit unreadCountChanged(m_unread);
    }
    return true;
}

void NotificationModel::applyChanges(const ChangeSet &changes)
{
    // An edit changes the preview without notifying anyone, so conversations count too.
    const bool mine
        = changes.notifiedUsers.contains(m_viewer.id)
          || std::any_of(changes.conversations.cbegin(), changes.conversations.cend(),
                         [this](const ConversationKey &key) { return key.involves(m_viewer.id); });
    if (mine)
        (void)reload();
}

} // namespace signalbox

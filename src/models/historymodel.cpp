#include "historymodel.h"

#include "changeset.h"
#include "historyrepository.h"
#include "messagerepository.h"
#include "store.h"
#include "worddiff.h"

namespace signalbox {

HistoryModel::HistoryModel(Store *store, const User &viewer, Id messageId, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_viewer(viewer)
    , m_messageId(messageId)
{
    if (auto versions = read())
        m_versions = std::move(versions).value();
    connect(m_store, &Store::changed, this, &HistoryModel::applyChanges);
}

HistoryModel::~HistoryModel() = default;

Result<QList<HistoryModel::Version>> HistoryModel::read()
{
    auto message = m_store->messages().get(m_viewer, m_messageId);
    if (!message) {
        m_error = message.error().message;
        return message.error();
    }
    auto entries = m_store->history().forMessage(m_viewer, m_messageId);
    if (!entries) {
        m_error = entries.error().message;
        return entries.error();
    }
    m_error.clear();
    m_message = *message;
    // A deleted message kept as a placeholder has no versions left to show.
    if (m_message.deleted)
        return QList<Version>{};
    // Each entry holds the content an edit replaced; the version it replaced began at the
    // previous edit (or when the message was sent).
    QList<Version> versions;
    QDateTime since = m_message.timestamp;
    QString author = m_message.senderName;
    for (const HistoryEntry &entry : *entries) {
        versions.append({entry.oldContent, since, author});
        since = entry.editedAt;
        author = entry.editedBy.isEmpty() ? m_message.senderName : entry.editedBy;
    }
    versions.append({m_message.content, since, author});
    return versions;
}

bool HistoryModel::load()
{
    auto versions = read();
    if (!versions) {
        emit errorOccurred(m_error);
        if (!m_versions.isEmpty()) {
            beginResetModel();
            m_versions.clear();
            endResetModel();
        }
        return false;
    }
    const QList<Version> &now = *versions;
    const qsizetype common = std::min(now.size(), m_versions.size());
    bool sameStart = true;
    for (qsizetype i = 0; i + 1 < common && sameStart; ++i)
        sameStart
            = now.at(i).content == m_versions.at(i).content && now.at(i).at == m_versions.at(i).at;
    if (!sameStart || now.size() < m_versions.size()) {
        beginResetModel();
        m_versions = now;
        endResetModel();
        return true;
    }
    // The usual case after an edit: the old "current" row becomes history and a new row follows.
    if (common > 0) {
        m_versions[common - 1] = now.at(common - 1);
        emit dataChanged(index(int(common - 1)), index(int(common - 1)));
    }
    if (now.size() > m_versions.size()) {
        beginInsertRows({}, int(m_versions.size()), int(now.size() - 1));
        m_versions = now;
        endInsertRows();
    }
    return true;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Version &v = m_versions.at(row);
    const bool current = row == m_versions.size() - 1;
    switch (role) {
    case Qt::DisplayRole:
    case ContentRole:
        return v.content;
    case Qt::ToolTipRole:
        return current
                   ? tr("Current version, since %1").arg(v.at.toLocalTime().toString(Qt::TextDate))
                   : tr("Version %1, from %2")
                         .arg(row + 1)
                         .arg(v.at.toLocalTime().toString(Qt::TextDate));
    case EditedAtRole:
        return v.at;
    case EditorRole:
        return v.editor;
    case IsCurrentRole:
        return current;
    case VersionRole:
        return row + 1;
    case DiffHtmlRole:
        if (row == 0)
            return v.content.toHtmlEscaped();
        return WordDiff::toHtml(WordDiff::compare(m_versions.at(row - 1).content, v.content));
    default:
        return {};
    }
}

QHash<int, QByteArray> HistoryModel::roleNames() const
{
    QHash<int, QByteArray> names
        = ListRoles::withNames(QAbstractListModel::roleNames(), {ContentRole, EditedAtRole});
    names.insert(EditorRole, "editor");
    names.insert(IsCurrentRole, "isCurrent");
    names.insert(VersionRole, "version");
    names.insert(DiffHtmlRole, "diffHtml");
    return names;
}

void HistoryModel::applyChanges(const ChangeSet &changes)
{
    if (changes.messagesChanged.contains(m_messageId)
        || changes.messagesRemoved.contains(m_messageId)
        || changes.usersRemoved.contains(m_message.senderId)
        || changes.usersRemoved.contains(m_message.receiverId))
        (void)load();
}

} // namespace signalbox

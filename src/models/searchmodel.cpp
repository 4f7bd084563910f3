#include "searchmodel.h"

#include "changeset.h"
#include "searchsnippet.h"
#include "store.h"

#include <QLocale>

namespace signalbox {

SearchModel::SearchModel(Store *store, const User &viewer, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_viewer(viewer)
{
    connect(m_store, &Store::changed, this, &SearchModel::applyChanges);
}

SearchModel::~SearchModel() = default;

int SearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_rows.at(index.row());
    const Message &m = hit.message;
    const bool sent = m.senderId == m_viewer.id;
    switch (role) {
    case Qt::DisplayRole:
        return SearchSnippet::plain(hit.snippet);
    case Qt::ToolTipRole:
        return m.content;
    case Qt::AccessibleTextRole:
        return sent ? tr("You to %1, %2: %3")
                          .arg(m.receiverName,
                               QLocale().toString(m.timestamp.toLocalTime(), QLocale::ShortFormat),
                               SearchSnippet::plain(hit.snippet))
                    : tr("%1 to you, %2: %3")
                          .arg(m.senderName,
                               QLocale().toString(m.timestamp.toLocalTime(), QLocale::ShortFormat),
                               SearchSnippet::plain(hit.snippet));
    case SnippetRole:
        return hit.snippet;
    case MessageIdRole:
    case PeerIdRole:
    case PeerNameRole:
    case SenderNameRole:
    case TimestampRole:
    case ContentRole:
        return ListRoles::ofMessage(m, role, m_viewer.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchModel::roleNames() const
{
    QHash<int, QByteArray> names = ListRoles::withNames(
        QAbstractListModel::roleNames(),
        {MessageIdRole, PeerIdRole, PeerNameRole, SenderNameRole, TimestampRole, ContentRole});
    names.insert(SnippetRole, "snippet");
    return names;
}

void SearchModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    run();
}

void SearchModel::setScopePeer(Id peerId)
{
    if (peerId == m_peerId)
        return;
    m_peerId = peerId;
    run();
}

void SearchModel::setLimit(int limit)
{
    if (limit == m_limit || limit < 1)
        return;
    m_limit = limit;
    run();
}

SearchHit SearchModel::hitAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : SearchHit{};
}

void SearchModel::run()
{
    QList<SearchHit> rows;
    QString error;
    if (!m_query.trimmed().isEmpty()) {
        auto hits = m_store->search().search(m_viewer, m_query, m_peerId, m_limit);
        if (hits)
            rows = std::move(hits).value();
        else
            error = hits.error().message;
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_error = error;
    endResetModel();
    emit searched(m_error);
}

void SearchModel::applyChanges(const ChangeSet &changes)
{
    if (m_query.trimmed().isEmpty())
        return;
    bool concerned = !changes.usersRemoved.isEmpty();
    if (!concerned
        && (!changes.messagesAdded.isEmpty() || !changes.messagesChanged.isEmpty()
            || !changes.messagesRemoved.isEmpty())) {
        for (const ConversationKey &key : changes.conversations) {
            if (key.involves(m_viewer.id)) {
                concerned = true;
                break;
            }
        }
    }
    if (concerned)
        run();
}

} // namespace signalbox

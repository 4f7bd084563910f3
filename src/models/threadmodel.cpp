#include "threadmodel.h"

#include "changeset.h"
#include "messagepolicy.h"
#include "messagerepository.h"
#include "store.h"
#include "threadrepository.h"
#include "viewcache.h"

#include <QFont>

#include <algorithm>

namespace signalbox {

namespace {

// Above this many messages to re-read, one statement for all loaded trees beats one per message.
constexpr qsizetype MaxSingleFetches = 8;
// indexForMessage() gives up after this many older pages (50 roots each).
constexpr int MaxPagesForLookup = 2000;

} // namespace

ThreadModel::ThreadModel(Store *store, const User &viewer, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_viewer(viewer)
{
    connect(m_store, &Store::changed, this, &ThreadModel::applyChanges);
}

ThreadModel::~ThreadModel() = default;

void ThreadModel::setViewCache(ViewCache *cache)
{
    m_cache = cache;
}

ViewCache *ThreadModel::viewCache() const
{
    return m_cache;
}

bool ThreadModel::unreadForViewer(const Message &m) const
{
    return !m.read && !m.deleted && m.receiverId == m_viewer.id;
}

const QList<Id> &ThreadModel::childrenOf(Id parentId) const
{
    return parentId == 0 ? m_roots : m_nodes.at(parentId).children;
}

QList<Id> &ThreadModel::childrenOf(Id parentId)
{
    return parentId == 0 ? m_roots : m_nodes.at(parentId).children;
}

void ThreadModel::renumber(QList<Id> &siblings, qsizetype from)
{
    for (qsizetype i = from; i < siblings.size(); ++i)
        m_nodes.at(siblings.at(i)).row = int(i);
}

QModelIndex ThreadModel::indexOf(Id id) const
{
    if (id == 0)
        return {};
    const auto it = m_nodes.find(id);
    if (it == m_nodes.end())
        return {};
    return createIndex(it->second.row, 0, quintptr(id));
}

void ThreadModel::clearNodes()
{
    m_nodes.clear();
    m_roots.clear();
    m_oldestRoot = {};
    m_hasOlder = false;
    m_firstUnreadAtOpen = 0;
}

QDate ThreadModel::separatorDay(const Node &node) const
{
    if (node.parent != 0)
        return {};
    const QDate day = node.message.timestamp.toLocalTime().date();
    if (node.row == 0)
        return day;
    const Message &above = m_nodes.at(m_roots.at(node.row - 1)).message;
    return above.timestamp.toLocalTime().date() == day ? QDate() : day;
}

void ThreadModel::rootNeighbourChanged(int row)
{
    if (row < 0 || row >= m_roots.size())
        return;
    const QModelIndex at = createIndex(row, 0, quintptr(m_roots.at(row)));
    emit dataChanged(at, at, {DaySeparatorRole});
}

void ThreadModel::setError(const StoreError &error)
{
    m_error = error.message;
}

void ThreadModel::reportError()
{
    if (!m_error.isEmpty())
        emit errorOccurred(m_error);
}

QList<Id> ThreadModel::adopt(const QList<Message> &preordered)
{
    QList<Id> roots;
    QList<Id> added;
    added.reserve(preordered.size());
    for (const Message &m : preordered) {
        if (m_nodes.count(m.id) > 0)
            continue;
        Node node;
        node.message = m;
        node.subtreeUnread = unreadForViewer(m) ? 1 : 0;
        const auto parent = m.parentId > 0 ? m_nodes.find(m.parentId) : m_nodes.end();
        if (parent != m_nodes.end()) {
            node.parent = m.parentId;
            node.row = int(parent->second.children.size());
            node.message.depth = parent->second.message.depth + 1;
            parent->second.children.append(m.id);
        } else {
            node.message.depth = 0;
            roots.append(m.id);
        }
        m_nodes.emplace(m.id, std::move(node));
        added.append(m.id);
    }
    // Pre-order puts every reply after its parent, so walking backwards sums children first.
    for (auto it = added.crbegin(); it != added.crend(); ++it) {
        const Node &node = m_nodes.at(*it);
        if (node.parent == 0)
            continue;
        Node &parent = m_nodes.at(node.parent);
        parent.subtreeUnread += node.subtreeUnread;
        parent.descendants += 1 + node.descendants;
    }
    return roots;
}

void ThreadModel::setPeer(Id peerId)
{
    beginResetModel();
    clearNodes();
    m_peer = peerId;
    m_error.clear();
    if (m_peer > 0) {
        Result<ThreadRepository::Page> page
            = m_cache ? m_cache->page(m_viewer, m_peer)
                      : m_store->threads().page(m_viewer, m_peer, PageSize);
        if (page) {
            m_roots = adopt(page->messages);
            renumber(m_roots, 0);
            m_hasOlder = page->hasOlder && !m_roots.isEmpty();
            if (!m_roots.isEmpty())
                m_oldestRoot = m_nodes.at(m_roots.first()).message;
            const Message *first = nullptr;
            for (const auto &[id, node] : m_nodes) {
                if (unreadForViewer(node.message) && (!first || inTimeOrder(node.message, *first)))
                    first = &node.message;
            }
            m_firstUnreadAtOpen = first ? first->id : 0;
        } else {
            setError(page.error());
        }
    }
    endResetModel();
    reportError();
}

QModelIndex ThreadModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Id parentId = parent.isValid() ? Id(parent.internalId()) : 0;
    return createIndex(row, column, quintptr(childrenOf(parentId).at(row)));
}

QModelIndex ThreadModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const auto it = m_nodes.find(Id(child.internalId()));
    if (it == m_nodes.end())
        return {};
    return indexOf(it->second.parent);
}

int ThreadModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() > 0)
        return 0;
    const auto it = m_nodes.find(Id(parent.internalId()));
    return it == m_nodes.end() ? 0 : int(it->second.children.size());
}

int ThreadModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool ThreadModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant ThreadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto it = m_nodes.find(Id(index.internalId()));
    if (it == m_nodes.end())
        return {};
    const Node &node = it->second;
    const Message &m = node.message;
    switch (role) {
    case Qt::DisplayRole:
        return m.deleted ? tr("(message deleted)") : m.content;
    case Qt::ToolTipRole:
        //: Tooltip of a message in a conversation: sender, then the time it was sent.
        return tr("%1, %2").arg(m.senderName, m.timestamp.toLocalTime().toString(Qt::TextDate));
    case Qt::FontRole:
        if (unreadForViewer(m) || m.deleted) {
            QFont font;
            font.setBold(unreadForViewer(m));
            font.setItalic(m.deleted);
            return font;
        }
        return {};
    case DepthRole:
        return m.depth;
    case SubtreeUnreadRole:
        return node.subtreeUnread;
    case ReplyCountRole:
        return node.descendants;
    case UnreadForViewerRole:
        return unreadForViewer(m);
    case DaySeparatorRole:
        return separatorDay(node);
    case FirstUnreadRole:
        return m_firstUnreadAtOpen != 0 && m.id == m_firstUnreadAtOpen;
    default:
        return ListRoles::ofMessage(m, role);
    }
}

Qt::ItemFlags ThreadModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    if (index.isValid() && !index.data(DeletedRole).toBool())
        flags |= Qt::ItemIsEditable;
    return flags;
}

QHash<int, QByteArray> ThreadModel::roleNames() const
{
    QHash<int, QByteArray> names = ListRoles::withNames(
        QAbstractItemModel::roleNames(),
        {MessageIdRole, SenderIdRole, SenderNameRole, ReceiverIdRole, ContentRole, TimestampRole,
         EditedRole, EditedAtRole, ReadRole, DeletedRole, ParentIdRole});
    names.insert(DepthRole, "depth");
    names.insert(SubtreeUnreadRole, "subtreeUnread");
    names.insert(ReplyCountRole, "replyCount");
    names.insert(UnreadForViewerRole, "unreadForViewer");
    names.insert(DaySeparatorRole, "daySeparator");
    names.insert(FirstUnreadRole, "firstUnread");
    return names;
}

bool ThreadModel::hasOlder() const
{
    return m_peer > 0 && m_hasOlder && !m_fetching;
}

bool ThreadModel::canFetchMore(const QModelIndex &parent) const
{
    return m_viewFetches && !parent.isValid() && hasOlder();
}

void ThreadModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid() && canFetchMore(parent))
        fetchOlder();
}

void ThreadModel::setViewFetches(bool on)
{
    m_viewFetches = on;
}

void ThreadModel::fetchOlder()
{
    // A view may ask again while the rows of this page are being inserted: never re-enter.
    if (!hasOlder())
        return;
    m_fetching = true;
    auto page = m_store->threads().page(m_viewer, m_peer, PageSize, m_oldestRoot);
    if (!page) {
        setError(page.error());
        m_fetching = false;
        reportError();
        return;
    }
    m_error.clear();
    const QList<Id> older = adopt(page->messages);
    if (!older.isEmpty()) {
        beginInsertRows({}, 0, int(older.size() - 1));
        m_roots = older + m_roots;
        renumber(m_roots, 0);
        m_oldestRoot = m_nodes.at(older.first()).message;
        endInsertRows();
        // The root that was first may share its day with the page above it now.
        rootNeighbourChanged(int(older.size()));
    }
    // An empty page ends the paging even if the store said otherwise: no endless loop.
    m_hasOlder = page->hasOlder && !older.isEmpty();
    m_fetching = false;
}

QModelIndex ThreadModel::indexForMessage(Id id)
{
    if (m_nodes.count(id) > 0)
        return indexOf(id);
    if (m_peer == 0 || !m_hasOlder)
        return {};
    // One statement tells whether the message belongs here at all, before walking back.
    auto thread = m_store->threads().thread(m_viewer, id);
    if (!thread || thread->isEmpty())
        return {};
    const Message &root = thread->first();
    if (ConversationKey::of(root.senderId, root.receiverId)
        != ConversationKey::of(m_viewer.id, m_peer))
        return {};
    for (int pages = 0; pages < MaxPagesForLookup && m_nodes.count(id) == 0 && hasOlder(); ++pages)
        fetchOlder();
    return indexOf(id);
}

Message ThreadModel::messageAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const auto it = m_nodes.find(Id(index.internalId()));
    return it == m_nodes.end() ? Message{} : it->second.message;
}

void ThreadModel::adjustAncestors(Id parentId, int unreadDelta, int countDelta)
{
    if (unreadDelta == 0 && countDelta == 0)
        return;
    QList<int> roles;
    if (unreadDelta != 0)
        roles << SubtreeUnreadRole;
    if (countDelta != 0)
        roles << ReplyCountRole;
    for (Id id = parentId; id != 0;) {
        Node &node = m_nodes.at(id);
        node.subtreeUnread += unreadDelta;
        node.descendants += countDelta;
        const QModelIndex at = createIndex(node.row, 0, quintptr(id));
        emit dataChanged(at, at, roles);
        id = node.parent;
    }
}

bool ThreadModel::insertMessage(const Message &message)
{
    if (m_nodes.count(message.id) > 0)
        return false;
    Id parentId = 0;
    if (message.parentId > 0) {
        // A reply in a tree that is not loaded arrives with that tree's page.
        if (m_nodes.count(message.parentId) == 0)
            return false;
        parentId = message.parentId;
    } else if (m_hasOlder && inTimeOrder(message, m_oldestRoot)) {
        return false;
    }
    QList<Id> &siblings = childrenOf(parentId);
    qsizetype row = siblings.size();
    while (row > 0 && inTimeOrder(message, m_nodes.at(siblings.at(row - 1)).message))
        --row;

    Node node;
    node.message = message;
    node.message.depth = parentId == 0 ? 0 : m_nodes.at(parentId).message.depth + 1;
    node.parent = parentId;
    node.row = int(row);
    node.subtreeUnread = unreadForViewer(message) ? 1 : 0;
    const int unread = node.subtreeUnread;

    beginInsertRows(indexOf(parentId), int(row), int(row));
    m_nodes.emplace(message.id, std::move(node));
    siblings.insert(row, message.id);
    renumber(siblings, row + 1);
    endInsertRows();
    if (parentId == 0)
        rootNeighbourChanged(int(row) + 1);
    adjustAncestors(parentId, unread, 1);
    return true;
}

void ThreadModel::removeMessage(Id id)
{
    const auto it = m_nodes.find(id);
    if (it == m_nodes.end())
        return;
    const Id parentId = it->second.parent;
    const int row = it->second.row;
    const int unread = it->second.subtreeUnread;
    const int count = 1 + it->second.descendants;

    beginRemoveRows(indexOf(parentId), row, row);
    QList<Id> doomed{id};
    while (!doomed.isEmpty()) {
        const auto node = m_nodes.find(doomed.takeLast());
        doomed.append(node->second.children);
        m_nodes.erase(node);
    }
    QList<Id> &siblings = childrenOf(parentId);
    siblings.removeAt(row);
    renumber(siblings, row);
    if (m_firstUnreadAtOpen != 0 && m_nodes.count(m_firstUnreadAtOpen) == 0)
        m_firstUnreadAtOpen = 0;
    endRemoveRows();
    if (parentId == 0)
        rootNeighbourChanged(row);
    adjustAncestors(parentId, -unread, -count);
}

void ThreadModel::updateMessage(const Message &message)
{
    const auto it = m_nodes.find(message.id);
    if (it == m_nodes.end())
        return;
    Node &node = it->second;
    const Message old = node.message;
    QList<int> roles;
    if (old.content != message.content)
        roles << Qt::DisplayRole << ContentRole;
    if (old.edited != message.edited)
        roles << EditedRole;
    if (old.editedAt != message.editedAt)
        roles << EditedAtRole;
    if (old.read != message.read)
        roles << ReadRole;
    if (old.deleted != message.deleted)
        roles << DeletedRole << Qt::DisplayRole << Qt::FontRole;
    if (old.senderName != message.senderName)
        roles << SenderNameRole << Qt::ToolTipRole;
    const int unreadDelta = int(unreadForViewer(message)) - int(unreadForViewer(old));
    if (unreadDelta != 0)
        roles << UnreadForViewerRole << SubtreeUnreadRole << Qt::FontRole;
    if (roles.isEmpty())
        return;
    std::sort(roles.begin(), roles.end());
    roles.erase(std::unique(roles.begin(), roles.end()), roles.end());

    const int depth = old.depth;
    node.message = message;
    node.message.depth = depth;
    node.subtreeUnread += unreadDelta;
    const Id parentId = node.parent;
    const QModelIndex at = createIndex(node.row, 0, quintptr(message.id));
    emit dataChanged(at, at, roles);
    adjustAncestors(parentId, unreadDelta, 0);
}

void ThreadModel::applyChanges(const ChangeSet &changes)
{
    if (m_peer == 0)
        return;
    if (changes.usersRemoved.contains(m_peer) || changes.usersRemoved.contains(m_viewer.id)) {
        // The whole conversation went with the account.
        beginResetModel();
        clearNodes();
        endResetModel();
        return;
    }
    if (!changes.touches(ConversationKey::of(m_viewer.id, m_peer)))
        return;

    for (const Id id : changes.messagesRemoved)
        removeMessage(id);

    QSet<Id> added;
    for (const Id id : changes.messagesAdded) {
        if (m_nodes.count(id) == 0 && !changes.messagesRemoved.contains(id))
            added.insert(id);
    }
    QList<Id> refreshed;
    for (const QSet<Id> *ids : {&changes.messagesChanged, &changes.messagesRead}) {
        for (const Id id : *ids) {
            if (m_nodes.count(id) > 0 && !refreshed.contains(id))
                refreshed.append(id);
        }
    }
    if (added.isEmpty() && refreshed.isEmpty())
        return;
    if (added.size() + refreshed.size() > MaxSingleFetches) {
        refreshLoaded(added);
        return;
    }

    MessageRepository &messages = m_store->messages();
    const ConversationKey ours = ConversationKey::of(m_viewer.id, m_peer);
    for (const Id id : std::as_const(refreshed)) {
        auto message = messages.get(m_viewer, id);
        if (message)
            updateMessage(*message);
        else if (message.error().code == StoreError::NotFound)
            removeMessage(id);
    }
    QList<Message> arrivals;
    for (const Id id : std::as_const(added)) {
        auto message = messages.get(m_viewer, id);
        if (message && ConversationKey::of(message->senderId, message->receiverId) == ours)
            arrivals.append(*message);
    }
    // Parents before their replies.
    std::sort(arrivals.begin(), arrivals.end(), inTimeOrder);
    for (const Message &message : std::as_const(arrivals))
        insertMessage(message);
}

void ThreadModel::refreshLoaded(const QSet<Id> &added)
{
    // Loaded roots are always the newest ones, so the newest (loaded + new) roots cover them all.
    const int limit = int(std::max<qsizetype>(m_roots.size() + added.size(), 1));
    auto page = m_store->threads().page(m_viewer, m_peer, limit);
    if (!page) {
        setError(page.error());
        reportError();
        return;
    }
    QList<Message> current;
    current.reserve(page->messages.size());
    QSet<Id> present;
    bool rootInRange = true;
    for (const Message &m : std::as_const(page->messages)) {
        if (m.depth == 0)
            rootInRange = !m_hasOlder || !inTimeOrder(m, m_oldestRoot);
        if (!rootInRange)
            continue;
        current.append(m);
        present.insert(m.id);
    }
    // Another process may have committed more since the change set was read: then the page
    // ends at a newer root than the loaded ones. What is older than the page's oldest root was
    // not looked at and stays; only what the page covered and no longer holds is gone.
    const Message *pageOldest = nullptr;
    for (const Message &m : std::as_const(page->messages)) {
        if (m.depth == 0 && (!pageOldest || inTimeOrder(m, *pageOldest)))
            pageOldest = &m;
    }
    const bool pageCoversAll = !page->hasOlder || !pageOldest;
    QList<Id> gone;
    for (const auto &[id, node] : m_nodes) {
        if (present.contains(id))
            continue;
        if (!pageCoversAll) {
            Id rootId = id;
            while (m_nodes.at(rootId).parent != 0)
                rootId = m_nodes.at(rootId).parent;
            if (inTimeOrder(m_nodes.at(rootId).message, *pageOldest))
                continue;
        }
        gone.append(id);
    }
    for (const Id id : std::as_const(gone))
        removeMessage(id);
    for (const Message &m : std::as_const(current)) {
        if (m_nodes.count(m.id) > 0)
            updateMessage(m);
        else
            insertMessage(m);
    }
}

} // namespace signalbox

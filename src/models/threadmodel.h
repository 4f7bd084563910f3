#pragma once

#include "listroles.h"
#include "threadpaging.h"

#include "storeerror.h"
#include "values.h"

#include <QAbstractItemModel>
#include <QList>
#include <QPointer>
#include <QSet>

#include <unordered_map>

namespace signalbox {

class Store;
class ViewCache;
struct ChangeSet;

// One conversation as a tree: root messages at the top level (oldest first), replies nested to
// any depth. Loads the newest page of roots with their whole trees in one statement, older pages
// through fetchMore, and applies Store::changed row by row, never with a reset for one message.
// Nodes live in a hash keyed by message id; internalId() is the id, 0 the invisible root, and
// every node caches its row so parent() is O(1).
class ThreadModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    static constexpr int PageSize = ThreadPageSize;

    // The message's own roles are the shared ones (MessageIdRole … ParentIdRole).
    using enum ListRoles::Role;
    enum Roles {
        DepthRole = FirstOwnRole,
        SubtreeUnreadRole, // unread messages received by the viewer in this subtree, itself
                           // included
        ReplyCountRole,    // number of descendants
        UnreadForViewerRole,
        // A root that begins a new local day (or the first loaded root): that day's QDate, to
        // paint a separator above it; an invalid QDate for every other row.
        DaySeparatorRole,
        // The oldest message that was unread for the viewer when the conversation was opened
        // (setPeer): the "New messages" line goes above it. It stays while the conversation is
        // open, even once read, as in Signal.
        FirstUnreadRole,
    };
    Q_ENUM(Roles)

    ThreadModel(Store *store, const User &viewer, QObject *parent = nullptr);
    ~ThreadModel() override;

    // Used for the first page of setPeer(); the cache is not owned.
    void setViewCache(ViewCache *cache);
    ViewCache *viewCache() const;

    // Shows the conversation with peerId (0 = nothing). Resets the model.
    void setPeer(Id peerId);
    Id peer() const { return m_peer; }
    User viewer() const { return m_viewer; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // A message that is not deleted is "editable" only in that a view may open its text
    // read-only, for selecting and copying part of it (MessageDelegate); setData() changes
    // nothing. Editing a message goes through the store.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Older roots exist that are not loaded yet.
    bool hasOlder() const;
    // Loads the next older page of roots (inserted at the top). One statement.
    void fetchOlder();
    // Views fetch more when their last row is visible, but the oldest roots are at the top of
    // a conversation: a window that asks for older pages itself (scrolled to the top) turns
    // this off, so that canFetchMore() is false for the view. On by default.
    void setViewFetches(bool on);

    // The index of a message of this conversation, loading older pages until it is found
    // (bounded); invalid when it is not part of the conversation.
    QModelIndex indexForMessage(Id id);
    Message messageAt(const QModelIndex &index) const;
    // How many messages (all depths) and roots are loaded.
    int loadedMessageCount() const { return int(m_nodes.size()); }
    int loadedRootCount() const { return int(m_roots.size()); }

    // The message FirstUnreadRole marks (0 when everything was read at opening).
    Id firstUnreadAtOpen() const { return m_firstUnreadAtOpen; }

    // The last store error (empty when the last operation succeeded).
    QString errorString() const { return m_error; }

signals:
    void errorOccurred(const QString &message);

private:
    struct Node
    {
        Message message;
        Id parent = 0; // 0 = a root of the model
        QList<Id> children;
        int row = 0;
        int subtreeUnread = 0; // unread-for-viewer in the subtree, itself included
        int descendants = 0;
    };

    bool unreadForViewer(const Message &m) const;
    QModelIndex indexOf(Id id) const;
    const QList<Id> &childrenOf(Id parentId) const;
    QList<Id> &childrenOf(Id parentId);
    void renumber(QList<Id> &siblings, qsizetype from);
    // Adds pre-ordered trees to m_nodes (no signals); returns the new root ids in order.
    QList<Id> adopt(const QList<Message> &preordered);
    void adjustAncestors(Id parentId, int unreadDelta, int countDelta);
    bool insertMessage(const Message &m);
    void removeMessage(Id id);
    void updateMessage(const Message &m);
    void applyChanges(const ChangeSet &changes);
    void refreshLoaded(const QSet<Id> &added);
    void clearNodes();
    void setError(const StoreError &error);
    QDate separatorDay(const Node &node) const;
    // A root's separator depends on the root above it: tell views the one at `row` changed.
    void rootNeighbourChanged(int row);
    void reportError();

    Store *m_store = nullptr;
    User m_viewer;
    Id m_peer = 0;
    QPointer<ViewCache> m_cache;
    std::unordered_map<Id, Node> m_nodes;
    QList<Id> m_roots;
    Message m_oldestRoot; // the cursor for the next older page
    bool m_hasOlder = false;
    Id m_firstUnreadAtOpen = 0;
    bool m_viewFetches = true;
    bool m_fetching = false;
    QString m_error;
};

} // namespace signalbox

#pragma once

#include "syncedlistmodel.h"

#include "storeerror.h"
#include "values.h"

namespace signalbox {

class Store;
struct ChangeSet;

// The viewer's conversations, one row per peer, newest activity first. Follows Store::changed
// by re-reading the summaries (one statement) and applying only the difference.
class ConversationListModel : public SyncedListModel
{
    Q_OBJECT

public:
    enum Roles {
        PeerIdRole = Qt::UserRole + 1,
        PeerNameRole,
        LastMessageRole,
        LastTimestampRole,
        UnreadCountRole,
        LastSenderIdRole,
        LastMessageIdRole,
    };
    Q_ENUM(Roles)

    ConversationListModel(Store *store, const User &viewer, QObject *parent = nullptr);
    ~ConversationListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    User viewer() const { return m_viewer; }
    // -1 when there is no conversation with that peer.
    int rowForPeer(Id peer) const;
    ConversationSummary summaryAt(int row) const;
    // Re-reads the list; false (and errorString()) when the store failed.
    bool reload();
    QString errorString() const { return m_error; }

signals:
    void errorOccurred(const QString &message);

private:
    void applyChanges(const ChangeSet &changes);

    Store *m_store = nullptr;
    User m_viewer;
    QList<ConversationSummary> m_rows;
    QString m_error;
};

} // namespace signalbox

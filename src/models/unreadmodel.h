#pragma once

#include "syncedlistmodel.h"

#include "storeerror.h"
#include "values.h"

namespace signalbox {

class Store;
struct ChangeSet;

// Every unread message the viewer received, across all conversations, newest first
// (MessageRepository::unreadFor). Follows Store::changed with minimal inserts and removals.
class UnreadModel : public SyncedListModel
{
    Q_OBJECT

public:
    enum Roles {
        MessageIdRole = Qt::UserRole + 1,
        SenderIdRole,
        SenderNameRole,
        ContentRole,
        TimestampRole,
        ParentIdRole,
    };
    Q_ENUM(Roles)

    UnreadModel(Store *store, const User &viewer, QObject *parent = nullptr);
    ~UnreadModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    User viewer() const { return m_viewer; }
    Message messageAt(int row) const;
    bool reload();
    QString errorString() const { return m_error; }

signals:
    void errorOccurred(const QString &message);

private:
    void applyChanges(const ChangeSet &changes);

    Store *m_store = nullptr;
    User m_viewer;
    QList<Message> m_rows;
    QString m_error;
};

} // namespace signalbox

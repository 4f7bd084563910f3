#pragma once

#include "syncedlistmodel.h"

#include "storeerror.h"
#include "values.h"

namespace signalbox {

class Store;
struct ChangeSet;

// The viewer's notifications, newest first, bold while unread. Follows Store::changed whenever
// the viewer is notified or one of their conversations changes (one statement, minimal signals).
class NotificationModel : public SyncedListModel
{
    Q_OBJECT

public:
    enum Roles {
        NotificationIdRole = Qt::UserRole + 1,
        MessageIdRole,
        SenderIdRole,
        SenderNameRole,
        ContentRole,
        CreatedAtRole,
        ReadRole,
    };
    Q_ENUM(Roles)

    NotificationModel(Store *store, const User &viewer, QObject *parent = nullptr);
    ~NotificationModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    User viewer() const { return m_viewer; }
    Notification notificationAt(int row) const;
    int rowForNotification(Id notificationId) const;
    int unreadCount() const { return m_unread; }
    bool reload();
    QString errorString() const { return m_error; }

signals:
    void unreadCountChanged(int count);
    void errorOccurred(const QString &message);

private:
    void applyChanges(const ChangeSet &changes);

    Store *m_store = nullptr;
    User m_viewer;
    QList<Notification> m_rows;
    int m_unread = 0;
    QString m_error;
};

} // namespace signalbox

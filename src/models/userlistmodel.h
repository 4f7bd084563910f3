#pragma once

#include "syncedlistmodel.h"

#include "storeerror.h"
#include "values.h"

namespace signalbox {

class Store;
struct ChangeSet;

// Every user except one (the one signed in), ordered by name; follows added and removed users.
class UserListModel : public SyncedListModel
{
    Q_OBJECT

public:
    enum Roles { UserIdRole = Qt::UserRole + 1, UserNameRole };
    Q_ENUM(Roles)

    UserListModel(Store *store, const User &exclude, QObject *parent = nullptr);
    ~UserListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    User userAt(int row) const;
    int rowForUser(Id id) const;
    bool reload();
    QString errorString() const { return m_error; }

signals:
    void errorOccurred(const QString &message);

private:
    void applyChanges(const ChangeSet &changes);

    Store *m_store = nullptr;
    User m_exclude;
    QList<User> m_rows;
    QString m_error;
};

} // namespace signalbox

#pragma once

#include "syncedlistmodel.h"

#include "storeerror.h"
#include "values.h"

namespace signalbox {

class Store;
struct ChangeSet;

// Every user except one (the one signed in), ordered by name; follows added and removed users.
// Names a reader could take for one another (the same confusable skeleton, Usernames) are shown
// with their scripts and the code points outside ASCII, "аlice (Cyrillic, Latin: U+0430)", so
// that accounts made before look-alikes were refused stay distinguishable.
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
    // What the list shows for the row: the name, annotated when it looks like another one.
    QString displayName(int row) const;
    int rowForUser(Id id) const;
    bool reload();
    QString errorString() const { return m_error; }

signals:
    void errorOccurred(const QString &message);

private:
    void applyChanges(const ChangeSet &changes);
    // Recomputes which names look alike; true when any annotation changed.
    bool annotate();

    Store *m_store = nullptr;
    User m_exclude;
    QList<User> m_rows;
    QHash<Id, QString> m_annotated; // only the names that look like another one
    QString m_error;
};

} // namespace signalbox

#pragma once

#include "viewerlistmodel.h"

namespace signalbox {

// A row of the user list: the user and the name the list shows for them.
struct ListedUser
{
    User user;
    QString shown; // the username, annotated when it looks like another one

    friend bool operator==(const ListedUser &, const ListedUser &) = default;
};

// Every user except one (the one signed in, the model's viewer), ordered by name; follows added
// and removed users. Names a reader could take for one another (the same confusable skeleton,
// Usernames) are shown with their scripts and the code points outside ASCII, "аlice (Cyrillic,
// Latin: U+0430)", so that accounts made before look-alikes were refused stay distinguishable.
class UserListModel : public RowListModel<ListedUser>
{
    Q_OBJECT

public:
    enum Roles { UserIdRole = FirstOwnRole, UserNameRole };
    Q_ENUM(Roles)

    UserListModel(Store *store, const User &exclude, QObject *parent = nullptr);

    User userAt(int row) const { return rowAt(row).user; }
    // What the list shows for the row: the name, annotated when it looks like another one.
    QString displayName(int row) const { return rowAt(row).shown; }
    int rowForUser(Id id) const { return rowOfKey(id); }

protected:
    bool concerns(const ChangeSet &changes) const override;
};

} // namespace signalbox

#include "userlistmodel.h"

#include "changeset.h"
#include "store.h"
#include "usernames.h"
#include "userrepository.h"

namespace signalbox {

namespace {

// The name as the list shows it when it looks like another one: with its scripts and the code
// points outside ASCII.
QString annotated(const QString &name)
{
    const QString scripts = Usernames::scripts(name).join(QStringLiteral(", "));
    const QString points = Usernames::codePoints(name);
    return points.isEmpty()
               ? UserListModel::tr("%1 (%2)", "a username and its scripts").arg(name, scripts)
               : UserListModel::tr("%1 (%2: %3)", "a username, its scripts and its non-ASCII "
                                                  "characters")
                     .arg(name, scripts, points);
}

// Every user but `exclude`, each shown annotated when another one has the same skeleton: a new
// look-alike changes how the names it resembles are shown, too.
Result<QList<ListedUser>> listExcept(Store &store, const User &exclude)
{
    auto users = store.users().list();
    if (!users)
        return users.error();
    QList<ListedUser> rows;
    QList<QString> skeletons;
    QHash<QString, int> bySkeleton;
    for (const User &u : std::as_const(*users)) {
        if (u.id == exclude.id)
            continue;
        rows.append({u, u.username});
        skeletons.append(Usernames::skeleton(u.username));
        ++bySkeleton[skeletons.constLast()];
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (bySkeleton.value(skeletons.at(i)) > 1)
            rows[i].shown = annotated(rows.at(i).user.username);
    }
    return rows;
}

template<auto Member>
QVariant ofUser(const ListedUser &row, int)
{
    return QVariant::fromValue(row.user.*Member);
}

} // namespace

UserListModel::UserListModel(Store *store, const User &exclude, QObject *parent)
    : RowListModel(
        store, exclude, &listExcept, [](const ListedUser &row) { return row.user.id; },
        {
            {Qt::DisplayRole, &field<&ListedUser::shown>},
            {Qt::AccessibleTextRole, &field<&ListedUser::shown>},
            {UserIdRole, &ofUser<&User::id>, "userId"},
            {UserNameRole, &ofUser<&User::username>, "userName"},
        },
        parent)
{}

bool UserListModel::concerns(const ChangeSet &changes) const
{
    return !changes.usersAdded.isEmpty() || !changes.usersRemoved.isEmpty();
}

} // namespace signalbox

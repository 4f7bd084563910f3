#include "userlistmodel.h"

#include "changeset.h"
#include "store.h"
#include "usernames.h"
#include "userrepository.h"

namespace signalbox {

namespace {

QList<int> changedRoles(const User &old, const User &now)
{
    if (old.username != now.username)
        return {Qt::DisplayRole, UserListModel::UserNameRole};
    return {};
}

} // namespace

UserListModel::UserListModel(Store *store, const User &exclude, QObject *parent)
    : SyncedListModel(parent)
    , m_store(store)
    , m_exclude(exclude)
{
    if (auto list = m_store->users().list()) {
        m_rows = std::move(list).value();
        m_rows.removeIf([this](const User &u) { return u.id == m_exclude.id; });
        annotate();
    } else {
        m_error = list.error().message;
    }
    connect(m_store, &Store::changed, this, &UserListModel::applyChanges);
}

UserListModel::~UserListModel() = default;

int UserListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &u = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayName(index.row());
    case UserNameRole:
        return u.username;
    case UserIdRole:
        return u.id;
    default:
        return {};
    }
}

QHash<int, QByteArray> UserListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(UserIdRole, "userId");
    names.insert(UserNameRole, "userName");
    return names;
}

User UserListModel::userAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : User{};
}

QString UserListModel::displayName(int row) const
{
    const User u = userAt(row);
    return m_annotated.value(u.id, u.username);
}

bool UserListModel::annotate()
{
    QHash<QString, int> bySkeleton;
    QList<QString> skeletons;
    skeletons.reserve(m_rows.size());
    for (const User &u : std::as_const(m_rows)) {
        skeletons.append(Usernames::skeleton(u.username));
        ++bySkeleton[skeletons.constLast()];
    }
    QHash<Id, QString> annotated;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (bySkeleton.value(skeletons.at(i)) < 2)
            continue;
        const QString &name = m_rows.at(i).username;
        const QString scripts = Usernames::scripts(name).join(QStringLiteral(", "));
        const QString points = Usernames::codePoints(name);
        annotated.insert(m_rows.at(i).id,
                         points.isEmpty()
                             ? tr("%1 (%2)", "a username and its scripts").arg(name, scripts)
                             : tr("%1 (%2: %3)", "a username, its scripts and its non-ASCII "
                                                 "characters")
                                   .arg(name, scripts, points));
    }
    const bool changed = annotated != m_annotated;
    m_annotated = std::move(annotated);
    return changed;
}

int UserListModel::rowForUser(Id id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

bool UserListModel::reload()
{
    auto list = m_store->users().list();
    if (!list) {
        m_error = list.error().message;
        emit errorOccurred(m_error);
        return false;
    }
    m_error.clear();
    QList<User> target = std::move(list).value();
    target.removeIf([this](const User &u) { return u.id == m_exclude.id; });
    syncRows(
        m_rows, target, [](const User &u) { return u.id; }, &changedRoles);
    // A new look-alike changes how the names it resembles are shown, too.
    if (annotate() && !m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1),
                         {Qt::DisplayRole, Qt::AccessibleTextRole});
    return true;
}

void UserListModel::applyChanges(const ChangeSet &changes)
{
    if (!changes.usersAdded.isEmpty() || !changes.usersRemoved.isEmpty())
        (void)reload();
}

} // namespace signalbox

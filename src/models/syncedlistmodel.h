#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace signalbox {

// A list model base that brings its rows to a freshly read list with the smallest set of
// signals: removals, moves and inserts by key, then dataChanged with only the roles that changed.
// Never a reset, so views keep their selection and scroll position.
class SyncedListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    using QAbstractListModel::QAbstractListModel;

protected:
    // keyOf(const T &) -> Id; changedRoles(const T &old, const T &now) -> QList<int> (empty =
    // same).
    template<typename T, typename KeyFn, typename RolesFn>
    void syncRows(QList<T> &rows, const QList<T> &target, KeyFn keyOf, RolesFn changedRoles);
};

template<typename T, typename KeyFn, typename RolesFn>
void SyncedListModel::syncRows(QList<T> &rows, const QList<T> &target, KeyFn keyOf,
                               RolesFn changedRoles)
{
    using Key = decltype(keyOf(target.first()));
    QHash<Key, qsizetype> wanted;
    wanted.reserve(target.size());
    for (qsizetype i = 0; i < target.size(); ++i)
        wanted.insert(keyOf(target.at(i)), i);

    // Removals, bottom up, contiguous runs at once.
    for (qsizetype last = rows.size() - 1; last >= 0;) {
        if (wanted.contains(keyOf(rows.at(last)))) {
            --last;
            continue;
        }
        qsizetype first = last;
        while (first > 0 && !wanted.contains(keyOf(rows.at(first - 1))))
            --first;
        beginRemoveRows({}, int(first), int(last));
        rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }

    QHash<Key, qsizetype> present;
    present.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        present.insert(keyOf(rows.at(i)), i);

    for (qsizetype i = 0; i < target.size();) {
        const Key key = keyOf(target.at(i));
        if (!present.contains(key)) {
            // A run of new rows becomes one insert.
            qsizetype end = i + 1;
            while (end < target.size() && !present.contains(keyOf(target.at(end))))
                ++end;
            beginInsertRows({}, int(i), int(end - 1));
            for (qsizetype k = i; k < end; ++k) {
                rows.insert(k, target.at(k));
                present.insert(keyOf(target.at(k)), k);
            }
            endInsertRows();
            i = end;
            continue;
        }
        if (keyOf(rows.at(i)) != key) {
            qsizetype from = i + 1;
            while (keyOf(rows.at(from)) != key)
                ++from;
            beginMoveRows({}, int(from), int(from), {}, int(i));
            rows.move(from, i);
            endMoveRows();
        }
        const QList<int> roles = changedRoles(rows.at(i), target.at(i));
        rows[i] = target.at(i);
        if (!roles.isEmpty())
            emit dataChanged(index(int(i)), index(int(i)), roles);
        ++i;
    }
}

} // namespace signalbox

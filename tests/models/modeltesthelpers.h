#pragma once

#include "store.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QList>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace signalbox::test {

// How many statements the slots connected to Store::changed between open() and close() ran
// for the last change: a probe before them and a probe after them (slots run in order).
class ChangedCost
{
public:
    explicit ChangedCost(Store &store)
        : m_store(store)
    {
        QObject::connect(&store, &Store::changed, &m_context,
                         [this] { m_start = m_store.statementCount(); });
    }
    void close()
    {
        QObject::connect(&m_store, &Store::changed, &m_context,
                         [this] { m_last = m_store.statementCount() - m_start; });
    }
    qint64 last() const { return m_last; }

private:
    Store &m_store;
    QObject m_context;
    qint64 m_start = 0;
    qint64 m_last = -1;
};

// A store clock that moves one second per reading, so that orderings by time never tie.
inline void useSteppingClock(Store &store)
{
    auto next = std::make_shared<qint64>(
        QDateTime(QDate(2024, 1, 1), QTime(9, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    store.setClock([next] {
        *next += 1000;
        return QDateTime::fromMSecsSinceEpoch(*next, QTimeZone::utc());
    });
}

// The roles of every dataChanged a spy recorded for one index.
inline QList<int> rolesFor(const QSignalSpy &spy, const QModelIndex &index)
{
    QList<int> roles;
    for (const QList<QVariant> &args : spy) {
        const auto top = args.at(0).value<QModelIndex>();
        const auto bottom = args.at(1).value<QModelIndex>();
        if (top.parent() == index.parent() && top.row() <= index.row()
            && bottom.row() >= index.row())
            roles += args.at(2).value<QList<int>>();
    }
    return roles;
}

} // namespace signalbox::test

#pragma once

#include "storeerror.h"
#include "threadrepository.h"
#include "values.h"

#include <QCache>
#include <QObject>

#include <chrono>
#include <functional>

namespace signalbox {

class Store;
struct ChangeSet;

// Whose view of which conversation a cache entry holds.
struct ViewKey
{
    Id viewer = 0;
    Id peer = 0;

    friend bool operator==(const ViewKey &, const ViewKey &) = default;
    friend size_t qHash(const ViewKey &key, size_t seed = 0) noexcept
    {
        return qHashMulti(seed, key.viewer, key.peer);
    }
};

// The first page of recently opened conversations, like Django's cache_page(60) but never
// stale: an entry is dropped at once when Store::changed touches its conversation or removes
// one of its users, and in any case after maxAge. The cost of an entry is its message count.
class ViewCache : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultBudget = 20000; // messages
    static constexpr std::chrono::milliseconds DefaultMaxAge{60000};

    explicit ViewCache(Store *store, QObject *parent = nullptr);
    ~ViewCache() override;

    // A hit runs no SQL; a miss loads ThreadRepository::page(viewer, peer, ThreadPageSize).
    Result<ThreadRepository::Page> page(const User &viewer, Id peer);

    int hits() const { return m_hits; }
    int misses() const { return m_misses; }
    int size() const { return int(m_cache.size()); }
    bool contains(Id viewer, Id peer) const;
    void clear();

    void setBudget(int messages);
    int budget() const { return int(m_cache.maxCost()); }
    void setMaxAge(std::chrono::milliseconds age) { m_maxAge = age; }
    std::chrono::milliseconds maxAge() const { return m_maxAge; }
    // Milliseconds since any fixed origin; tests inject one so that they never sleep.
    void setClock(std::function<qint64()> msecsNow);

private:
    struct Entry
    {
        ThreadRepository::Page page;
        qint64 loadedAt = 0;
    };
    void applyChanges(const ChangeSet &changes);

    Store *m_store = nullptr;
    QCache<ViewKey, Entry> m_cache;
    std::chrono::milliseconds m_maxAge = DefaultMaxAge;
    std::function<qint64()> m_clock;
    int m_hits = 0;
    int m_misses = 0;
};

} // namespace signalbox

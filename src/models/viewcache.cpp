#include "viewcache.h"

#include "changeset.h"
#include "store.h"
#include "threadpaging.h"

#include <QDateTime>

#include <algorithm>

namespace signalbox {

ViewCache::ViewCache(Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_cache(DefaultBudget)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    connect(m_store, &Store::changed, this, &ViewCache::applyChanges);
}

ViewCache::~ViewCache() = default;

void ViewCache::setClock(std::function<qint64()> msecsNow)
{
    m_clock = msecsNow ? std::move(msecsNow) : [] {
        return QDateTime::currentMSecsSinceEpoch();
    };
}

void ViewCache::setBudget(int messages)
{
    m_cache.setMaxCost(std::max(messages, 1));
}

bool ViewCache::contains(Id viewer, Id peer) const
{
    return m_cache.contains(ViewKey{viewer, peer});
}

void ViewCache::clear()
{
    m_cache.clear();
}

Result<ThreadRepository::Page> ViewCache::page(const User &viewer, Id peer)
{
    const ViewKey key{viewer.id, peer};
    const qint64 now = m_clock();
    if (const Entry *entry = m_cache.object(key)) {
        if (now - entry->loadedAt < m_maxAge.count()) {
            ++m_hits;
            return entry->page;
        }
        m_cache.remove(key);
    }
    ++m_misses;
    auto loaded = m_store->threads().page(viewer, peer, ThreadPageSize);
    if (!loaded)
        return loaded.error();
    // An empty conversation still costs one unit, so the budget bounds the number of entries too.
    const qsizetype cost = std::max<qsizetype>(loaded->messages.size(), 1);
    m_cache.insert(key, new Entry{*loaded, now}, cost);
    return loaded;
}

void ViewCache::applyChanges(const ChangeSet &changes)
{
    for (const ConversationKey &conversation : changes.conversations) {
        m_cache.remove(ViewKey{conversation.low, conversation.high});
        m_cache.remove(ViewKey{conversation.high, conversation.low});
    }
    if (changes.usersRemoved.isEmpty())
        return;
    const QList<ViewKey> keys = m_cache.keys();
    for (const ViewKey &key : keys) {
        if (changes.usersRemoved.contains(key.viewer) || changes.usersRemoved.contains(key.peer))
            m_cache.remove(key);
    }
}

} // namespace signalbox

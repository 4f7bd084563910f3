#pragma once

#include "storeerror.h"
#include "values.h"

#include <QObject>
#include <QTimer>

namespace signalbox {

class Store;

// Brings changes committed by other processes and clients into this one: it reads new change
// log entries and re-emits them through Store::changed, so models, caches and the tray need no
// second code path. SQLite: a cheap PRAGMA data_version check on a timer. PostgreSQL:
// LISTEN/NOTIFY through the Qt driver, no polling.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 250;
    // Entries older than this are pruned when a feed starts.
    static constexpr qint64 KeepMs = 60 * 60 * 1000;

    explicit ChangeFeed(Store *store, QObject *parent = nullptr);
    ~ChangeFeed() override;

    // Starts from the newest entry: what was committed before is already in the store.
    Status start(int intervalMs = DefaultIntervalMs);
    void stop();
    bool isRunning() const { return m_running; }
    // Reads entries newer than the last one seen; returns how many other writers' entries.
    Result<int> poll();

signals:
    // Reading the log after a change was announced failed (logged too). On a team store
    // PermissionDenied means the server no longer admits this person: refused, or their login
    // role is no longer a team member (team remove dropped it).
    void failed(const signalbox::StoreError &error);

private:
    void onTimer();
    StoreError admissionOf(const StoreError &error);

    Store *m_store;
    QTimer m_timer;
    Id m_lastSeen = 0;
    qint64 m_dataVersion = -1;
    bool m_running = false;
};

} // namespace signalbox

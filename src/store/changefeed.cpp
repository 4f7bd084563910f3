#include "changefeed.h"

#include "store.h"

#include <QLoggingCategory>
#include <QSqlDriver>

namespace signalbox {

Q_LOGGING_CATEGORY(lcChangeFeed, "signalbox.store.changefeed")

ChangeFeed::ChangeFeed(Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ChangeFeed::onTimer);
}

ChangeFeed::~ChangeFeed()
{
    stop();
}

Status ChangeFeed::start(int intervalMs)
{
    Database &db = m_store->database();
    // On a team store members may not delete the log: a server function prunes what is
    // older than the same hour.
    auto pruned = db.dialect() == Database::Dialect::Postgres
                      ? db.execute(QStringLiteral("SELECT signalbox_prune_change_log()"))
                      : db.execute(QStringLiteral("DELETE FROM change_log WHERE created_at < ?"),
                                   {QDateTime::currentMSecsSinceEpoch() - KeepMs});
    if (!pruned && pruned.error().code != StoreError::Busy)
        return pruned.error();
    auto newest = db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM change_log"));
    if (!newest)
        return newest.error();
    m_lastSeen = newest->toLongLong();
    m_running = true;
    if (db.dialect() == Database::Dialect::Postgres) {
        QSqlDriver *driver = db.connection().driver();
        connect(
            driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
                if (name == Store::ChangeChannel && source == QSqlDriver::OtherSource)
                    onTimer();
            });
        if (!driver->subscribeToNotification(Store::ChangeChannel))
            return StoreError::make(
                StoreError::Internal,
                StoreError::tr("Live updates from the server could not be started."));
        return success();
    }
    m_dataVersion = db.dataVersion();
    m_timer.start(intervalMs);
    return success();
}

void ChangeFeed::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_timer.stop();
    if (m_store->database().dialect() == Database::Dialect::Postgres) {
        QSqlDriver *driver = m_store->database().connection().driver();
        if (driver) {
            driver->unsubscribeFromNotification(Store::ChangeChannel);
            disconnect(driver, nullptr, this, nullptr);
        }
    }
}

void ChangeFeed::onTimer()
{
    Database &db = m_store->database();
    if (db.inTransaction())
        return;
    if (db.dialect() == Database::Dialect::Sqlite) {
        // data_version moves only when another connection commits: idle costs one pragma.
        const qint64 version = db.dataVersion();
        if (version == m_dataVersion)
            return;
        m_dataVersion = version;
    }
    auto read = poll();
    if (!read) {
        qCWarning(lcChangeFeed) << "reading the change log failed:" << read.error().message;
        emit failed(admissionOf(read.error()));
    }
}

StoreError ChangeFeed::admissionOf(const StoreError &error)
{
    // A team member's login role dropped by `team remove` keeps its connection, which may read
    // nothing any more (not even see the tables); the catalogue still says whether the login is
    // a member. One statement, only after a failure.
    Database &db = m_store->database();
    if (db.dialect() != Database::Dialect::Postgres || db.access() != Database::Access::Member)
        return error;
    auto member
        = db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members a "
                                   "JOIN pg_catalog.pg_roles r ON r.oid = a.member "
                                   "JOIN pg_catalog.pg_roles g ON g.oid = a.roleid "
                                   "WHERE r.rolname = ? AND g.rolname = 'signalbox_member')"),
                    {db.sessionRole()});
    if (!member || member->toBool())
        return error;
    return StoreError::make(StoreError::PermissionDenied,
                            StoreError::tr("The server no longer admits the login %1: it is not "
                                           "a member of the team any more.")
                                .arg(db.sessionRole()));
}

Result<int> ChangeFeed::poll()
{
    ChangeSet merged;
    int entries = 0;
    Id last = m_lastSeen;
    Status read = m_store->database().select(
        QStringLiteral("SELECT id, origin, payload FROM change_log WHERE id > ? ORDER BY id"),
        {m_lastSeen}, [&](const QSqlQuery &q) {
            last = q.value(0).toLongLong();
            if (q.value(1).toString() == m_store->origin())
                return;
            if (auto changes = ChangeSet::fromJson(q.value(2).toString().toUtf8())) {
                merged.unite(*changes);
                ++entries;
            }
        });
    if (!read)
        return read.error();
    m_lastSeen = last;
    m_store->publishExternalChanges(merged);
    return entries;
}

} // namespace signalbox

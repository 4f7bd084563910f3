#include "store.h"

#include "conversationrepository.h"
#include "conversationsummarykeeper.h"
#include "draftrepository.h"
#include "edithistoryrecorder.h"
#include "historyrepository.h"
#include "messagerepository.h"
#include "notificationdispatcher.h"
#include "notificationrepository.h"
#include "searchindexer.h"
#include "searchrepository.h"
#include "storesignals.h"
#include "threadrepository.h"
#include "userdatacleaner.h"
#include "userrepository.h"

#include <QLoggingCategory>
#include <QUuid>

namespace signalbox {

Q_LOGGING_CATEGORY(lcStore, "signalbox.store")

namespace {
// BEGIN IMMEDIATE already waits the busy timeout; a few more tries ride out a long writer.
constexpr int BeginAttempts = 3;
} // namespace

Store::Store(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_hooks(new StoreSignals(this))
    , m_users(std::make_unique<UserRepository>(*this))
    , m_messages(std::make_unique<MessageRepository>(*this))
    , m_notifications(std::make_unique<NotificationRepository>(*this))
    , m_history(std::make_unique<HistoryRepository>(*this))
    , m_threads(std::make_unique<ThreadRepository>(*this))
    , m_conversations(std::make_unique<ConversationRepository>(*this))
    , m_drafts(std::make_unique<DraftRepository>(*this))
    , m_search(std::make_unique<SearchRepository>(*this))
    , m_origin(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    qRegisterMetaType<ChangeSet>();

    // The equivalent of AppConfig.ready(): every receiver connected once, running inside the
    // write transaction of the operation that emitted.
    auto *dispatcher = new NotificationDispatcher(*this, this);
    auto *recorder = new EditHistoryRecorder(*this, this);
    auto *cleaner = new UserDataCleaner(*this, this);
    auto *keeper = new ConversationSummaryKeeper(*this, this);
    // The search index (SQLite; PostgreSQL keeps its expression index itself).
    SearchIndexer *indexer = m_database->dialect() == Database::Dialect::Sqlite
                                 ? new SearchIndexer(*this, this)
                                 : nullptr;
    connect(m_hooks, &StoreSignals::messageSaved, dispatcher,
            &NotificationDispatcher::onMessageSaved, Qt::DirectConnection);
    connect(m_hooks, &StoreSignals::messageAboutToBeSaved, recorder,
            &EditHistoryRecorder::onMessageAboutToBeSaved, Qt::DirectConnection);
    // The indexer reads the text of the messages the cleaner removes, so it comes first (Qt
    // calls the slots of one signal in the order they were connected).
    if (indexer)
        connect(m_hooks, &StoreSignals::userDeleted, indexer, &SearchIndexer::onUserDeleted,
                Qt::DirectConnection);
    connect(m_hooks, &StoreSignals::userDeleted, cleaner, &UserDataCleaner::onUserDeleted,
            Qt::DirectConnection);
    connect(m_hooks, &StoreSignals::messageSaved, keeper,
            &ConversationSummaryKeeper::onMessageSaved, Qt::DirectConnection);
    connect(m_hooks, &StoreSignals::messageRemoved, keeper,
            &ConversationSummaryKeeper::onMessageRemoved, Qt::DirectConnection);
    connect(m_hooks, &StoreSignals::readStateChanged, keeper,
            &ConversationSummaryKeeper::onReadStateChanged, Qt::DirectConnection);
    // Elsewhere the index comes last: the cheaper receivers fail first.
    if (indexer) {
        connect(m_hooks, &StoreSignals::messageSaved, indexer, &SearchIndexer::onMessageSaved,
                Qt::DirectConnection);
        connect(m_hooks, &StoreSignals::messageAboutToBeSaved, indexer,
                &SearchIndexer::onMessageAboutToBeSaved, Qt::DirectConnection);
        connect(m_hooks, &StoreSignals::messageRemoved, indexer, &SearchIndexer::onMessageRemoved,
                Qt::DirectConnection);
    }
}

Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::open(const QString &url)
{
    auto database = Database::open(url);
    if (!database)
        return database.error();
    return std::unique_ptr<Store>(new Store(std::move(database).value()));
}

QDateTime Store::now() const
{
    if (m_clock)
        return m_clock();
    return QDateTime::currentDateTimeUtc();
}

Status Store::beginWrite()
{
    m_pending = {};
    m_nestedFailure.reset();
    m_scrub = false;
    m_hooks->takeFailure();
    Status begun = success();
    for (int attempt = 0; attempt < BeginAttempts; ++attempt) {
        begun = m_database->beginWrite();
        if (begun || begun.error().code != StoreError::Busy)
            break;
    }
    return begun;
}

Status Store::finishWrite()
{
    if (auto failure = m_hooks->takeFailure()) {
        abortWrite();
        return *failure;
    }
    if (!m_pending.isEmpty()) {
        if (Status logged = logChanges(); !logged) {
            abortWrite();
            return logged;
        }
    }
    if (Status committed = m_database->commit(); !committed) {
        abortWrite();
        return committed;
    }
    if (std::exchange(m_scrub, false)) {
        // Committed already: a log that cannot be emptied now is emptied by the next delete
        // or checkpoint; the operation itself succeeded.
        if (Status truncated = m_database->truncateLog(); !truncated)
            qCWarning(lcStore) << "the log was not emptied after a delete:"
                               << truncated.error().message;
    }
    const ChangeSet changes = std::exchange(m_pending, {});
    if (!changes.isEmpty())
        emit changed(changes);
    return success();
}

// The transaction.on_commit of other processes: what this transaction changed, written in it,
// announced to PostgreSQL listeners at COMMIT.
Status Store::logChanges()
{
    auto logged = m_database->insert(
        QStringLiteral("INSERT INTO change_log (origin, created_at, payload) "
                       "VALUES (?, ?, ?) RETURNING id"),
        {m_origin, QDateTime::currentMSecsSinceEpoch(), QString::fromUtf8(m_pending.toJson())});
    if (!logged)
        return logged.error();
    if (m_database->dialect() == Database::Dialect::Postgres) {
        auto notified = m_database->execute(QStringLiteral("SELECT pg_notify(?, ?)"),
                                            {ChangeChannel, QString::number(*logged)});
        if (!notified)
            return notified.error();
    }
    return success();
}

void Store::publishExternalChanges(const ChangeSet &changes)
{
    if (!changes.isEmpty())
        emit changed(changes);
}

void Store::abortWrite()
{
    m_scrub = false;
    m_database->rollback();
    m_pending = {};
    m_nestedFailure.reset();
    m_hooks->takeFailure();
}

} // namespace signalbox

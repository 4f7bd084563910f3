#include "store.h"

#include "conversationrepository.h"
#include "conversationsummarykeeper.h"
#include "draftrepository.h"
#include "edithistoryrecorder.h"
#include "historyrepository.h"
#include "messagerepository.h"
#include "notificationdispatcher.h"
#include "notificationrepository.h"
#include "rows.h"
#include "searchindexer.h"
#include "searchrepository.h"
#include "storesignals.h"
#include "storeurl.h"
#include "threadrepository.h"
#include "userdatacleaner.h"
#include "userrepository.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QUuid>

namespace signalbox {

Q_LOGGING_CATEGORY(lcStore, "signalbox.store")

namespace {
// BEGIN IMMEDIATE already waits the busy timeout; a few more tries ride out a long writer.
constexpr int BeginAttempts = 3;
} // namespace

Store::Store(std::unique_ptr<Database> database, QString url)
    : m_database(std::move(database))
    , m_url(std::move(url))
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
    const auto parsed = StoreUrl::parse(url);
    if (!parsed)
        return parsed.error();
    if (parsed->kind() == StoreUrl::Kind::Postgres && parsed->userName().isEmpty())
        return std::unique_ptr<Store>(new Store(Database::awaitingSignIn(url), url));
    auto database = Database::open(url);
    if (!database)
        return database.error();
    return std::unique_ptr<Store>(new Store(std::move(database).value(), url));
}

Database &Store::defaultDatabase()
{
    // A team store opened without a user acts through the person who signed in last.
    if (!m_database->isConnected()) {
        if (const auto it = m_sessions.find(m_lastSession); it != m_sessions.end())
            return *it->second;
    }
    return *m_database;
}

qint64 Store::statementCount() const
{
    qint64 count = m_database->statementCount();
    for (const auto &[user, session] : m_sessions)
        count += session->statementCount();
    return count;
}

Store::Acting::Acting(Store &store, Id user)
    : m_store(store)
    , m_previous(store.m_active)
{
    // Inside a write the transaction's connection stays: a statement for another person would
    // run as the first one, and the server's policies refuse it.
    if (store.m_writeDepth > 0)
        return;
    if (const auto it = store.m_sessions.find(user); it != store.m_sessions.end())
        store.m_active = it->second.get();
}

Store::Acting::~Acting()
{
    m_store.m_active = m_previous;
}

Result<Store::OpenedLogin> Store::openLogin(const Login &login)
{
    // libpq's connection string ends at a NUL: such a name or password would be cut short.
    if (login.username.contains(QChar(0)) || login.password.contains(QChar(0)))
        return StoreError::make(
            StoreError::InvalidInput,
            StoreError::tr("A name or password cannot contain NUL characters."));
    auto session = Database::open(m_url, &login);
    if (!session)
        return session.error();
    if ((*session)->access() != Database::Access::Member)
        return StoreError::make(StoreError::WrongPassword,
                                StoreError::tr("Wrong name or password."));
    User user;
    Status found = (*session)->selectOnce(
        QStringLiteral("SELECT u.id, u.username, u.created_at FROM signalbox_members m "
                       "JOIN users u ON u.id = m.user_id WHERE m.role_name = session_user"),
        [&user](const QSqlQuery &q) {
            user = User{q.value(0).toLongLong(), q.value(1).toString(), rows::toTime(q.value(2))};
        });
    if (!found)
        return found.error();
    // A role whose account is gone (deleted, its login not yet dropped) opens nothing.
    if (!user.isValid())
        return StoreError::make(StoreError::WrongPassword,
                                StoreError::tr("Wrong name or password."));
    return OpenedLogin{std::move(session).value(), user};
}

Result<User> Store::signIn(const Login &login)
{
    auto opened = openLogin(login);
    if (!opened)
        return opened.error();
    OpenedLogin session = std::move(opened).value();
    m_sessions[session.user.id] = std::move(session.connection);
    m_lastSession = session.user.id;
    return session.user;
}

Result<User> Store::checkLogin(const Login &login)
{
    auto opened = openLogin(login);
    if (!opened)
        return opened.error();
    return opened->user; // its connection closes here
}

void Store::signOut(Id user)
{
    if (m_writeDepth > 0)
        return;
    const auto it = m_sessions.find(user);
    if (it == m_sessions.end())
        return;
    if (m_active == it->second.get())
        m_active = nullptr;
    m_sessions.erase(it);
    if (m_lastSession == user)
        m_lastSession = m_sessions.empty() ? 0 : m_sessions.rbegin()->first;
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
        begun = database().beginWrite();
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
    if (Status committed = database().commit(); !committed) {
        abortWrite();
        return committed;
    }
    if (std::exchange(m_scrub, false)) {
        // Committed already: a log that cannot be emptied now is emptied by the next delete
        // or checkpoint; the operation itself succeeded.
        if (Status truncated = database().truncateLog(); !truncated)
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
    Database &db = database();
    if (db.dialect() == Database::Dialect::Sqlite) {
        auto logged = db.insert(
            QStringLiteral("INSERT INTO change_log (origin, created_at, payload) "
                           "VALUES (?, ?, ?) RETURNING id"),
            {m_origin, QDateTime::currentMSecsSinceEpoch(), QString::fromUtf8(m_pending.toJson())});
        return logged ? success() : Status(logged.error());
    }
    // PostgreSQL: an entry is visible only to the people it concerns (row-level security on
    // its audience); names added or removed concern everyone, so they go in an entry of their
    // own. The NOTIFY payload is the entry's id, nothing more: every listener sees it.
    const auto [directory, rest] = m_pending.splitDirectory();
    for (const ChangeSet *part : {&directory, &rest}) {
        if (part->isEmpty())
            continue;
        QVariant audience(QMetaType::fromType<QString>());
        if (part == &rest) {
            QStringList ids;
            for (const Id id : part->concernedUsers())
                ids.append(QString::number(id));
            audience = QStringLiteral("{%1}").arg(ids.join(QLatin1Char(',')));
        }
        auto logged = db.insert(
            QStringLiteral("INSERT INTO change_log (origin, created_at, payload, audience) "
                           "VALUES (?, ?, ?, CAST(? AS BIGINT[])) RETURNING id"),
            {m_origin, QDateTime::currentMSecsSinceEpoch(), QString::fromUtf8(part->toJson()),
             audience});
        if (!logged)
            return logged.error();
        auto notified = db.execute(QStringLiteral("SELECT pg_notify(?, ?)"),
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
    database().rollback();
    m_pending = {};
    m_nestedFailure.reset();
    m_hooks->takeFailure();
}

} // namespace signalbox

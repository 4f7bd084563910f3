#pragma once

#include "changeset.h"
#include "database.h"
#include "storeerror.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace signalbox {

class StoreSignals;
class UserRepository;
class MessageRepository;
class NotificationRepository;
class HistoryRepository;
class ThreadRepository;
class ConversationRepository;
class DraftRepository;
class SearchRepository;

// The store: one database connection, its repositories, the signals that carry its behaviour
// and the receivers connected to them. changed() is emitted after each COMMIT.
class Store : public QObject
{
    Q_OBJECT

public:
    // The PostgreSQL NOTIFY channel that announces new change log entries.
    static inline const QString ChangeChannel = QStringLiteral("signalbox_changes");

    ~Store() override;

    // A PostgreSQL URL without a user opens a team store nobody has signed in to yet: the
    // first UserRepository::authenticate() connects as that person.
    static Result<std::unique_ptr<Store>> open(const QString &url);

    // The connection the running operation acts through: on PostgreSQL the signed-in person's
    // own login (see Acting), otherwise the one connection.
    Database &database() { return m_active ? *m_active : defaultDatabase(); }
    StoreSignals *hooks() const { return m_hooks; }
    // Statements of every connection this Store holds (one per signed-in person on PostgreSQL).
    qint64 statementCount() const;

    // PostgreSQL team stores: every person acts through a connection of their own login role,
    // so that the server's row-level security decides what each statement may touch. A
    // repository operation for a person runs inside an Acting scope; without a session for that
    // person (SQLite, or the administrator's store) the default connection serves.
    class Acting
    {
    public:
        Acting(Store &store, Id user);
        ~Acting();
        Acting(const Acting &) = delete;
        Acting &operator=(const Acting &) = delete;

    private:
        Store &m_store;
        Database *m_previous;
    };
    bool isTeamStore() const { return m_database->dialect() == Database::Dialect::Postgres; }
    // Opens a connection as login's role (the server checks the password) and keeps it as that
    // person's session. WrongPassword when the server refuses, NotFound-free: an unknown name
    // and a wrong password are the same answer.
    Result<User> signIn(const Login &login);
    // The account these credentials open, checked by the server on a connection of its own
    // that is closed again: every session stays as it is (a password change and an account
    // deletion ask for the current password once more, without replacing the session).
    Result<User> checkLogin(const Login &login);
    // Closes the person's session (signing out, or after their account is deleted).
    void signOut(Id user);
    bool hasSession(Id user) const { return m_sessions.contains(user); }

    UserRepository &users() { return *m_users; }
    MessageRepository &messages() { return *m_messages; }
    NotificationRepository &notifications() { return *m_notifications; }
    HistoryRepository &history() { return *m_history; }
    ThreadRepository &threads() { return *m_threads; }
    ConversationRepository &conversations() { return *m_conversations; }
    DraftRepository &drafts() { return *m_drafts; }
    SearchRepository &search() { return *m_search; }

    // The time stamped on new rows, in UTC with millisecond precision. Tests may set a clock.
    QDateTime now() const;
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // What the transaction that is running has changed so far.
    ChangeSet &pendingChanges() { return m_pending; }

    // Names this Store in the change log, so that ChangeFeed can skip what it wrote itself.
    QString origin() const { return m_origin; }
    // Called inside a write that deleted text (a message, an account): after its COMMIT the
    // write-ahead log is checkpointed and truncated, so the text is left in neither file.
    void scrubAfterCommit() { m_scrub = true; }

    // Re-emits changes committed by another process or client as changed() (ChangeFeed).
    void publishExternalChanges(const ChangeSet &changes);

    // Runs body inside one write transaction: commits when it returns success and no receiver
    // failed, then emits changed(); otherwise rolls back and emits nothing. Inside another
    // write it joins that transaction (the bulk path: many operations, one COMMIT); a nested
    // failure makes the whole transaction roll back.
    template<typename Body>
    auto write(Body &&body) -> decltype(body())
    {
        if (m_writeDepth > 0) {
            ++m_writeDepth;
            auto result = body();
            --m_writeDepth;
            if (!result.ok() && !m_nestedFailure)
                m_nestedFailure = result.error();
            return result;
        }
        if (Status begun = beginWrite(); !begun)
            return begun.error();
        ++m_writeDepth;
        auto result = body();
        --m_writeDepth;
        if (result.ok() && m_nestedFailure)
            result = *m_nestedFailure;
        if (result.ok()) {
            if (Status finished = finishWrite(); !finished)
                return finished.error();
        } else {
            abortWrite();
        }
        return result;
    }

signals:
    void changed(const signalbox::ChangeSet &changes);

private:
    Store(std::unique_ptr<Database> database, QString url);
    Database &defaultDatabase();
    Status beginWrite();
    Status finishWrite();
    void abortWrite();
    Status logChanges();

    std::unique_ptr<Database> m_database;
    QString m_url; // as opened (sessions connect to the same server and database)
    struct OpenedLogin
    {
        std::unique_ptr<Database> connection;
        User user;
    };
    Result<OpenedLogin> openLogin(const Login &login);
    std::map<Id, std::unique_ptr<Database>> m_sessions;
    Database *m_active = nullptr;
    Id m_lastSession = 0;
    StoreSignals *m_hooks = nullptr;
    std::unique_ptr<UserRepository> m_users;
    std::unique_ptr<MessageRepository> m_messages;
    std::unique_ptr<NotificationRepository> m_notifications;
    std::unique_ptr<HistoryRepository> m_history;
    std::unique_ptr<ThreadRepository> m_threads;
    std::unique_ptr<ConversationRepository> m_conversations;
    std::unique_ptr<DraftRepository> m_drafts;
    std::unique_ptr<SearchRepository> m_search;
    std::function<QDateTime()> m_clock;
    QString m_origin;
    ChangeSet m_pending;
    int m_writeDepth = 0;
    bool m_scrub = false;
    std::optional<StoreError> m_nestedFailure;
};

} // namespace signalbox

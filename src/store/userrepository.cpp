#include "userrepository.h"

#include "changeset.h"
#include "passwordhasher.h"
#include "rows.h"
#include "store.h"
#include "storesignals.h"
#include "usernames.h"

namespace signalbox {

namespace {

User userFrom(const QSqlQuery &q)
{
    return User{q.value(0).toLongLong(), q.value(1).toString(), rows::toTime(q.value(2))};
}

const QString UserColumns = QStringLiteral("id, username, created_at");

StoreError noSuchUser(const QString &name)
{
    return StoreError::make(StoreError::NotFound,
                            StoreError::tr("There is no user called “%1”.").arg(name));
}

} // namespace

UserRepository::UserRepository(Store &store)
    : m_store(store)
{}

Status UserRepository::validateUsername(const QString &username)
{
    if (username.isEmpty() || username.size() > MaxUsernameLength)
        return StoreError::make(
            StoreError::InvalidInput,
            StoreError::tr("A username has 1 to %1 characters.").arg(MaxUsernameLength));
    for (const QChar c : username) {
        if (c.isSurrogate()
            || !(c.isLetterOrNumber() || c == u'@' || c == u'.' || c == u'+' || c == u'-'
                 || c == u'_'))
            return StoreError::make(
                StoreError::InvalidInput,
                StoreError::tr("A username may only contain letters, digits and "
                               "@ . + - _"));
    }
    if (Usernames::isSuspicious(username))
        return StoreError::make(
            StoreError::InvalidInput,
            StoreError::tr("A username is written in one script: “%1” mixes %2, which makes it "
                           "look like another name.")
                .arg(username, Usernames::scripts(username).join(QStringLiteral(", "))));
    return success();
}

Status UserRepository::validatePassword(const QString &password)
{
    if (password.size() < MinPasswordLength)
        return StoreError::make(
            StoreError::InvalidInput,
            StoreError::tr("A password has at least %1 characters.").arg(MinPasswordLength));
    if (password.size() > 4096)
        return StoreError::make(StoreError::InvalidInput,
                                StoreError::tr("A password has at most 4096 characters."));
    return success();
}

Result<User> UserRepository::create(const QString &username, const QString &password)
{
    if (Status valid = validateUsername(username); !valid)
        return valid.error();
    if (Status valid = validatePassword(password); !valid)
        return valid.error();
    // Hash outside the transaction: it is slow on purpose and needs no lock.
    auto hash = PasswordHasher::hash(password);
    if (!hash)
        return hash.error();
    return createWithHash(username, *hash);
}

Result<User> UserRepository::createWithHash(const QString &username, const QString &passwordHash)
{
    if (Status valid = validateUsername(username); !valid)
        return valid.error();
    return m_store.write([&]() -> Result<User> {
        Database &db = m_store.database();
        const QString key = username.toCaseFolded();
        const QString skeleton = Usernames::skeleton(username);
        // The same name, or one a reader would take for it (NFKC case folding, accents,
        // confusable letters of other scripts): one statement for both.
        QString existing;
        Status looked = db.select(
            QStringLiteral("SELECT username FROM users WHERE username_key = ? OR "
                           "username_skeleton = ? LIMIT 1"),
            {key, skeleton}, [&existing](const QSqlQuery &q) { existing = q.value(0).toString(); });
        if (!looked)
            return looked.error();
        if (!existing.isNull()) {
            if (existing.toCaseFolded() == key)
                return StoreError::make(
                    StoreError::Duplicate,
                    StoreError::tr("The username “%1” is already taken.").arg(username));
            return StoreError::make(StoreError::Duplicate,
                                    StoreError::tr("The username “%1” looks like the existing "
                                                   "“%2”; choose one that cannot be mistaken for "
                                                   "it.")
                                        .arg(username, existing));
        }
        const QDateTime now = m_store.now();
        auto id = db.insert(
            QStringLiteral("INSERT INTO users (username, username_key, username_skeleton, "
                           "password_hash, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id"),
            {username, key, skeleton, passwordHash, rows::fromTime(now)});
        if (!id)
            return id.error();
        m_store.pendingChanges().usersAdded.insert(*id);
        return User{*id, username, now};
    });
}

Result<User> UserRepository::authenticate(const QString &username, const QString &password)
{
    User user;
    QString hash;
    Status found = m_store.database().select(
        QStringLiteral(
            "SELECT id, username, created_at, password_hash FROM users WHERE username_key = ?"),
        {username.toCaseFolded()}, [&](const QSqlQuery &q) {
            user = userFrom(q);
            hash = q.value(3).toString();
        });
    if (!found)
        return found.error();
    if (!user.isValid())
        return noSuchUser(username);
    if (!PasswordHasher::verify(hash, password))
        return StoreError::make(
            StoreError::WrongPassword,
            StoreError::tr("The password for “%1” is wrong.").arg(user.username));
    return user;
}

Result<User> UserRepository::byName(const QString &username)
{
    User user;
    Status found = m_store.database().select(
        QStringLiteral("SELECT ") + UserColumns
            + QStringLiteral(" FROM users WHERE username_key = ?"),
        {username.toCaseFolded()}, [&](const QSqlQuery &q) { user = userFrom(q); });
    if (!found)
        return found.error();
    if (!user.isValid())
        return noSuchUser(username);
    return user;
}

Result<User> UserRepository::byId(Id id)
{
    User user;
    Status found = m_store.database().select(QStringLiteral("SELECT ") + UserColumns
                                                 + QStringLiteral(" FROM users WHERE id = ?"),
                                             {id}, [&](const QSqlQuery &q) { user = userFrom(q); });
    if (!found)
        return found.error();
    if (!user.isValid())
        return StoreError::make(StoreError::NotFound,
                                StoreError::tr("There is no user with id %1.").arg(id));
    return user;
}

Result<QList<User>> UserRepository::list()
{
    QList<User> users;
    Status listed
        = m_store.database().select(QStringLiteral("SELECT ") + UserColumns
                                        + QStringLiteral(" FROM users ORDER BY username_key"),
                                    {}, [&](const QSqlQuery &q) { users.append(userFrom(q)); });
    if (!listed)
        return listed.error();
    return users;
}

Result<DeletionCounts> UserRepository::countOwnedData(const User &user)
{
    DeletionCounts counts;
    Status counted = m_store.database().select(
        QStringLiteral(
            "WITH owned AS (SELECT id FROM messages WHERE sender_id = ? OR receiver_id = ?) "
            "SELECT (SELECT count(*) FROM owned), "
            "(SELECT count(*) FROM notifications WHERE message_id IN (SELECT id FROM owned)), "
            "(SELECT count(*) FROM message_history WHERE message_id IN (SELECT id FROM owned))"),
        {user.id, user.id}, [&](const QSqlQuery &q) {
            counts.messages = q.value(0).toInt();
            counts.notifications = q.value(1).toInt();
            counts.history = q.value(2).toInt();
        });
    if (!counted)
        return counted.error();
    return counts;
}

Result<DeletionCounts> UserRepository::remove(const User &user, const QString &password)
{
    auto verified = authenticate(user.username, password);
    if (!verified)
        return verified.error();
    if (verified->id != user.id)
        return noSuchUser(user.username);
    return m_store.write([&]() -> Result<DeletionCounts> {
        auto deleted = m_store.database().execute(QStringLiteral("DELETE FROM users WHERE id = ?"),
                                                  {user.id});
        if (!deleted)
            return deleted.error();
        if (*deleted == 0)
            return noSuchUser(user.username);
        m_store.scrubAfterCommit();
        DeletionCounts removed;
        if (Status done = m_store.hooks()->notify(&StoreSignals::userDeleted, user, &removed);
            !done)
            return done.error();
        m_store.pendingChanges().usersRemoved.insert(user.id);
        return removed;
    });
}

} // namespace signalbox

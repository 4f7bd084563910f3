#include "userrepository.h"

#include "changeset.h"
#include "passwordhasher.h"
#include "rows.h"
#include "store.h"
#include "storesignals.h"
#include "teamadmin.h"
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
    // A team store's password goes to libpq as a C string, which would end at the NUL: the
    // same rule everywhere, so that an account can move between stores.
    if (password.contains(QChar(0)))
        return StoreError::make(StoreError::InvalidInput,
                                StoreError::tr("A password cannot contain NUL characters."));
    return success();
}

Result<User> UserRepository::create(const QString &username, const QString &password)
{
    if (Status valid = validateUsername(username); !valid)
        return valid.error();
    if (Status valid = validatePassword(password); !valid)
        return valid.error();
    if (m_store.isTeamStore()) {
        // Only the administrator makes accounts there; then the person is signed in.
        if (m_store.database().access() != Database::Access::Administrator)
            return StoreError::make(
                StoreError::PermissionDenied,
                StoreError::tr("On a team store, accounts are made by its administrator "
                               "(signalbox-cli team add): ask them for one."));
        auto added = TeamAdmin(m_store).addMember(username, password, false);
        if (!added)
            return added.error();
        return m_store.signIn(Login{username, password});
    }
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
            {username, key, skeleton,
             passwordHash.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                    : QVariant(passwordHash),
             rows::fromTime(now)});
        if (!id)
            return id.error();
        m_store.pendingChanges().usersAdded.insert(*id);
        return User{*id, username, now};
    });
}

Result<User> UserRepository::authenticate(const QString &username, const QString &password)
{
    if (m_store.isTeamStore()) {
        if (Status known = knownOnTeamStore(username); !known)
            return known.error();
        return m_store.signIn(Login{username, password});
    }
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
    const Store::Acting acting(m_store, user.id);
    // Team store: the server counts, since the notifications others have of one's messages
    // are not one's to see.
    const bool team = m_store.isTeamStore();
    const QString sql
        = team ? QStringLiteral("SELECT messages, notifications, history FROM "
                                "signalbox_owned_counts(?)")
               : QStringLiteral(
                   "WITH owned AS (SELECT id FROM messages WHERE sender_id = ? OR receiver_id = ?) "
                   "SELECT (SELECT count(*) FROM owned), "
                   "(SELECT count(*) FROM notifications WHERE message_id IN (SELECT id FROM "
                   "owned)), "
                   "(SELECT count(*) FROM message_history WHERE message_id IN "
                   "(SELECT id FROM owned))");
    DeletionCounts counts;
    Status counted = m_store.database().select(
        sql, team ? QVariantList{user.id} : QVariantList{user.id, user.id},
        [&](const QSqlQuery &q) {
            counts.messages = q.value(0).toInt();
            counts.notifications = q.value(1).toInt();
            counts.history = q.value(2).toInt();
        });
    if (!counted)
        return counted.error();
    return counts;
}

Result<User> UserRepository::verify(const User &user, const QString &password)
{
    // On a team store the server checks it, on a connection of its own: the person's session
    // stays (signing in again would replace it under the app's live updates).
    if (!m_store.isTeamStore())
        return checkedIsThem(user, authenticate(user.username, password));
    if (Status known = knownOnTeamStore(user.username); !known)
        return known.error();
    return checkedIsThem(user, m_store.checkLogin(Login{user.username, password}));
}

Status UserRepository::knownOnTeamStore(const QString &username)
{
    // With a connection open (the administrator's, or someone's session) the directory, which
    // every member may read, names an unknown account as such; before anyone signs in, the
    // server's "wrong name or password" is all there is.
    if (!m_store.database().isConnected())
        return success();
    auto known = byName(username);
    return known ? success() : Status(known.error());
}

Result<User> UserRepository::checkedIsThem(const User &user, Result<User> verified)
{
    if (!verified)
        return verified.error();
    if (verified->id != user.id)
        return noSuchUser(user.username);
    return verified;
}

Result<DeletionCounts> UserRepository::remove(const User &user, const QString &password)
{
    if (auto verified = verify(user, password); !verified)
        return verified.error();
    auto removed = erase(user);
    if (removed && m_store.isTeamStore())
        m_store.signOut(user.id);
    return removed;
}

Result<DeletionCounts> UserRepository::erase(const User &user)
{
    const Store::Acting acting(m_store, user.id);
    return m_store.write([&]() -> Result<DeletionCounts> {
        Database &db = m_store.database();
        // Team store: the login role, read before its account row goes.
        QString role;
        if (m_store.isTeamStore()) {
            auto found = db.scalar(
                QStringLiteral("SELECT role_name FROM signalbox_members WHERE user_id = ?"),
                {user.id});
            if (!found)
                return found.error();
            role = found->toString();
        }
        auto deleted = db.execute(QStringLiteral("DELETE FROM users WHERE id = ?"), {user.id});
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
        if (m_store.isTeamStore()) {
            // The person closes their own login; the administrator drops the role.
            const bool own = db.access() == Database::Access::Member;
            auto closed
                = own ? db.execute(QStringLiteral("SELECT signalbox_close_own_login()"))
                      : db.execute(QStringLiteral("SELECT signalbox_admin_drop_login(?)"), {role});
            if (!closed)
                return closed.error();
        }
        return removed;
    });
}

Status UserRepository::changePassword(const User &user, const QString &current, const QString &next)
{
    if (Status valid = validatePassword(next); !valid)
        return valid;
    if (auto verified = verify(user, current); !verified)
        return verified.error();
    if (m_store.isTeamStore()) {
        const Store::Acting acting(m_store, user.id);
        Database &db = m_store.database();
        auto verifier = db.passwordVerifier(db.sessionRole(), next);
        if (!verifier)
            return verifier.error();
        return m_store.write([&]() -> Status {
            auto changed
                = db.execute(QStringLiteral("SELECT signalbox_set_own_password(?)"), {*verifier});
            return changed ? success() : Status(changed.error());
        });
    }
    auto hash = PasswordHasher::hash(next);
    if (!hash)
        return hash.error();
    return m_store.write([&]() -> Status {
        auto changed = m_store.database().execute(
            QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"), {*hash, user.id});
        if (!changed)
            return changed.error();
        if (*changed == 0)
            return noSuchUser(user.username);
        return success();
    });
}

Result<bool> UserRepository::mustChangePassword(const User &user)
{
    if (!m_store.isTeamStore())
        return false;
    const Store::Acting acting(m_store, user.id);
    auto flag = m_store.database().scalar(
        QStringLiteral("SELECT must_change_password FROM signalbox_members WHERE user_id = ?"),
        {user.id});
    if (!flag)
        return flag.error();
    return flag->toBool();
}

} // namespace signalbox

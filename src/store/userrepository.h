#pragma once

#include "storeerror.h"
#include "values.h"

namespace signalbox {

class Store;

// Accounts: creation with the username and password rules, sign-in, and deletion with
// everything that belongs to the user (through the userDeleted signal).
class UserRepository
{
public:
    static constexpr int MaxUsernameLength = 150;
    static constexpr int MinPasswordLength = 8;

    explicit UserRepository(Store &store);

    static Status validateUsername(const QString &username);
    static Status validatePassword(const QString &password);

    Result<User> create(const QString &username, const QString &password);
    // Creates a user with an already computed hash (seeding many users with one password). On
    // a PostgreSQL team store the hash is empty: the server keeps the password (TeamAdmin).
    Result<User> createWithHash(const QString &username, const QString &passwordHash);
    // NotFound for an unknown name, WrongPassword for a wrong password. On a team store the
    // server checks the password, and the person's own connection opens (Store::signIn);
    // before anyone has signed in there is no directory to look a name up in, so an unknown
    // name is WrongPassword too.
    Result<User> authenticate(const QString &username, const QString &password);
    // Changes the person's password after checking the current one; on a team store the
    // server's (and the first-sign-in flag goes off).
    Status changePassword(const User &user, const QString &current, const QString &next);
    // A team member whose administrator set their password must choose their own first.
    Result<bool> mustChangePassword(const User &user);
    Result<User> byName(const QString &username);
    Result<User> byId(Id id);
    Result<QList<User>> list();

    // What remove() would delete, for the confirmation dialog.
    Result<DeletionCounts> countOwnedData(const User &user);
    // Deletes the user and all their data in one transaction; needs their password. On a team
    // store their login role can no longer sign in afterwards.
    Result<DeletionCounts> remove(const User &user, const QString &password);
    // The deletion itself, without the password check: remove() after it, and the
    // administrator's team remove (which also drops the role).
    Result<DeletionCounts> erase(const User &user);

private:
    // The person's current password, for a change that asks for it (their own account only).
    Result<User> verify(const User &user, const QString &password);
    Status knownOnTeamStore(const QString &username);
    Result<User> checkedIsThem(const User &user, Result<User> verified);
    Store &m_store;
};

} // namespace signalbox

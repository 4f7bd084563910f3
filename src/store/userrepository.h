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
    // Creates a user with an already computed hash (seeding many users with one password).
    Result<User> createWithHash(const QString &username, const QString &passwordHash);
    // NotFound for an unknown name, WrongPassword for a wrong password.
    Result<User> authenticate(const QString &username, const QString &password);
    Result<User> byName(const QString &username);
    Result<User> byId(Id id);
    Result<QList<User>> list();

    // What remove() would delete, for the confirmation dialog.
    Result<DeletionCounts> countOwnedData(const User &user);
    // Deletes the user and all their data in one transaction; needs their password.
    Result<DeletionCounts> remove(const User &user, const QString &password);

private:
    Store &m_store;
};

} // namespace signalbox

#pragma once

#include "storeerror.h"
#include "values.h"

#include <QList>
#include <QString>

namespace signalbox {

class Database;
class Store;

// The administrator's side of a PostgreSQL team store (signalbox-cli team …): setting the team
// up, adding and removing members. Every Signalbox account there is a PostgreSQL login role of
// its own (MemberRole), in the group signalbox_member; the schema belongs to signalbox_owner,
// which cannot log in. The SQL is in resources/team/; docs/team-mode.md explains it.
class TeamAdmin
{
public:
    struct Member
    {
        QString username;
        QString role;
        bool mustChangePassword = false;
    };
    // A password made by init() for an account that had none on the server yet: shown once.
    struct InitialPassword
    {
        QString username;
        QString role;
        QString password;
    };

    // The store must be open through the administrator's connection.
    explicit TeamAdmin(Store &store);

    // Creates (or renews) the roles, the schema, the grants and the policies, and makes every
    // account without a login role one, with a generated password that must be changed at
    // first sign-in. Idempotent. adminUrl names a role that owns the database and may create
    // roles.
    static Result<QList<InitialPassword>> init(const QString &adminUrl);
    // The policies, functions and grants (resources/team/postgresql_policies.sql), run as
    // signalbox_owner: by init(), and after a migration the administrator's connection ran.
    static Status applyPolicies(Database &db);
    // 20 characters from libsodium's random source.
    static QString generatePassword();

    Result<User> addMember(const QString &username, const QString &password, bool mustChange);
    // The account and all its data (the same userDeleted cleanup as a person deleting their
    // own), then its login role.
    Result<DeletionCounts> removeMember(const QString &username);
    Result<QList<Member>> members();
    // PermissionDenied unless the store is open through the administrator's connection (a
    // PostgreSQL role that is a member of signalbox_owner).
    Status requireAdministrator() const;

private:
    Store &m_store;
};

} // namespace signalbox

#include "teamadmin.h"

#include "database.h"
#include "memberrole.h"
#include "migrator.h"
#include "store.h"
#include "storeurl.h"
#include "userrepository.h"

#include <QFile>

#include <sodium.h>

namespace signalbox {

namespace {

Result<QString> teamScript(const QString &name)
{
    QFile file(QStringLiteral(":/team/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return StoreError::make(StoreError::Internal,
                                StoreError::tr("The team set-up script %1 is missing.").arg(name));
    return QString::fromUtf8(file.readAll());
}

Status runScript(Database &db, const QString &name)
{
    auto script = teamScript(name);
    if (!script)
        return script.error();
    return db.executeScript(*script);
}

// One transaction around body; rolled back when it fails.
template<typename Body>
auto inTransaction(Database &db, Body &&body) -> decltype(body())
{
    if (Status begun = db.beginWrite(); !begun)
        return begun.error();
    auto result = body();
    if (!result.ok()) {
        db.rollback();
        return result;
    }
    if (Status committed = db.commit(); !committed) {
        db.rollback();
        return committed.error();
    }
    return result;
}

StoreError notAdministrator()
{
    return StoreError::make(
        StoreError::PermissionDenied,
        StoreError::tr("Only the team's administrator can do this: a database role that owns the "
                       "database and may create roles (signalbox-cli --db ADMIN_URL team …)."));
}

} // namespace

TeamAdmin::TeamAdmin(Store &store)
    : m_store(store)
{}

QString TeamAdmin::generatePassword()
{
    if (sodium_init() < 0)
        qFatal("libsodium cannot start");
    QByteArray bytes(15, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    const QString password = QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    sodium_memzero(bytes.data(), size_t(bytes.size()));
    return password;
}

Status TeamAdmin::applyPolicies(Database &db)
{
    return runScript(db, QStringLiteral("postgresql_policies.sql"));
}

Result<QList<TeamAdmin::InitialPassword>> TeamAdmin::init(const QString &adminUrl)
{
    // A URL without a user is a member's (Store::open signs people in there): the
    // administrator names their role, as for team add, remove and list.
    if (const auto parsed = StoreUrl::parse(adminUrl);
        parsed && parsed->kind() == StoreUrl::Kind::Postgres && parsed->userName().isEmpty())
        return notAdministrator();
    auto opened = Database::open(adminUrl, nullptr, Database::Purpose::Administer);
    if (!opened)
        return opened.error();
    Database &db = **opened;
    if (db.dialect() != Database::Dialect::Postgres)
        return StoreError::make(StoreError::InvalidInput,
                                StoreError::tr("Team mode is for PostgreSQL stores. An SQLite "
                                               "store is one file of one computer account."));
    // 1. The roles and the database's and schema's privileges (as the administrator).
    Status roles = inTransaction(
        db, [&]() -> Status { return runScript(db, QStringLiteral("postgresql_roles.sql")); });
    if (!roles)
        return roles.error().code == StoreError::PermissionDenied ? notAdministrator()
                                                                  : roles.error();
    // 2. The schema, brought up to date by its owner.
    if (auto owner = db.execute(QStringLiteral("SET ROLE signalbox_owner")); !owner)
        return owner.error();
    auto migrated = Migrator::migrate(db);
    if (!migrated)
        return migrated.error();
    // 3. The policies (as the owner) and a login for every account that has none yet (as the
    // administrator), in one transaction: a store is never left half set up.
    return inTransaction(db, [&]() -> Result<QList<InitialPassword>> {
        if (Status applied = applyPolicies(db); !applied)
            return applied.error();
        if (auto reset = db.execute(QStringLiteral("RESET ROLE")); !reset)
            return reset.error();
        QList<User> pending;
        Status listed = db.select(
            QStringLiteral("SELECT u.id, u.username FROM users u WHERE NOT EXISTS "
                           "(SELECT 1 FROM signalbox_members m WHERE m.user_id = u.id) "
                           "ORDER BY u.id"),
            {}, [&pending](const QSqlQuery &q) {
                pending.append(User{q.value(0).toLongLong(), q.value(1).toString(), {}});
            });
        if (!listed)
            return listed.error();
        QList<InitialPassword> made;
        for (const User &user : std::as_const(pending)) {
            const QString role = MemberRole::of(user.username);
            const QString password = generatePassword();
            auto verifier = db.passwordVerifier(role, password);
            if (!verifier)
                return verifier.error();
            auto login = db.execute(QStringLiteral("SELECT signalbox_admin_login(?, ?, ?, ?)"),
                                    {role, *verifier, user.id, true});
            if (!login)
                return login.error();
            made.append({user.username, role, password});
        }
        // The server checks passwords now: the old hashes go. Change log entries written
        // before there was an audience would be seen by everyone: they go too (they are
        // only hints for running clients, kept an hour).
        for (const QString &sql :
             {QStringLiteral(
                  "UPDATE users SET password_hash = NULL WHERE password_hash IS NOT NULL"),
              QStringLiteral("DELETE FROM change_log WHERE audience IS NULL")}) {
            if (auto done = db.execute(sql); !done)
                return done.error();
        }
        return made;
    });
}

Status TeamAdmin::requireAdministrator() const
{
    Database &db = m_store.database();
    if (db.dialect() != Database::Dialect::Postgres
        || db.access() != Database::Access::Administrator)
        return notAdministrator();
    return success();
}

Result<User> TeamAdmin::addMember(const QString &username, const QString &password, bool mustChange)
{
    if (Status admin = requireAdministrator(); !admin)
        return admin.error();
    if (Status valid = UserRepository::validatePassword(password); !valid)
        return valid.error();
    return m_store.write([&]() -> Result<User> {
        auto user = m_store.users().createWithHash(username, QString());
        if (!user)
            return user.error();
        Database &db = m_store.database();
        const QString role = MemberRole::of(username);
        auto verifier = db.passwordVerifier(role, password);
        if (!verifier)
            return verifier.error();
        auto login = db.execute(QStringLiteral("SELECT signalbox_admin_login(?, ?, ?, ?)"),
                                {role, *verifier, user->id, mustChange});
        if (!login)
            return login.error();
        return *user;
    });
}

Result<DeletionCounts> TeamAdmin::removeMember(const QString &username)
{
    if (Status admin = requireAdministrator(); !admin)
        return admin.error();
    auto user = m_store.users().byName(username);
    if (!user)
        return user.error();
    return m_store.users().erase(*user);
}

Result<QList<TeamAdmin::Member>> TeamAdmin::members()
{
    if (Status admin = requireAdministrator(); !admin)
        return admin.error();
    QList<Member> members;
    Status listed = m_store.database().select(
        QStringLiteral("SELECT u.username, m.role_name, m.must_change_password "
                       "FROM signalbox_members m JOIN users u ON u.id = m.user_id "
                       "ORDER BY u.username_key"),
        {}, [&members](const QSqlQuery &q) {
            members.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toBool()});
        });
    if (!listed)
        return listed.error();
    return members;
}

} // namespace signalbox

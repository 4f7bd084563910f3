#include "teststore.h"

#include "messagerepository.h"
#include "passwordhasher.h"
#include "teamadmin.h"
#include "userrepository.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

namespace signalbox::test {

void useFastPasswordHashing()
{
    PasswordHasher::setInteractiveCost(false);
}

TestStore::TestStore()
{
    useFastPasswordHashing();
    if (onPostgres()) {
        m_path = qEnvironmentVariable("SIGNALBOX_TEST_PG_URL");
        if (m_path.isEmpty() || !resetPostgres(m_path))
            return;
    } else {
        m_path = m_dir.filePath(QStringLiteral("store.sqlite3"));
    }
    reopen();
}

bool TestStore::onPostgres()
{
    return qEnvironmentVariable("SIGNALBOX_TEST_BACKEND") == QLatin1String("postgresql");
}

bool TestStore::resetPostgres(const QString &url)
{
    // Every test starts from an empty schema, as with a new SQLite file, and without the
    // login roles of the last test's members; then the store is set up for a team as its
    // administrator would (team init). The URL is the administrator's.
    const QUrl u(url);
    bool ok = false;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("teststore-reset"));
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setUserName(u.userName());
        db.setPassword(u.password());
        db.setDatabaseName(u.path().mid(1));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SET client_min_messages = warning"));
            ok = q.exec(QStringLiteral("DROP SCHEMA public CASCADE"))
                 && q.exec(QStringLiteral("CREATE SCHEMA public"));
            QStringList roles;
            if (ok
                && q.exec(QStringLiteral(
                    "SELECT r.rolname FROM pg_roles r JOIN pg_auth_members a ON a.member = "
                    "r.oid JOIN pg_roles g ON g.oid = a.roleid WHERE g.rolname = "
                    "'signalbox_member'"))) {
                while (q.next())
                    roles.append(q.value(0).toString());
            }
            for (const QString &role : std::as_const(roles)) {
                QString quoted = role;
                quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
                quoted = QLatin1Char('"') + quoted + QLatin1Char('"');
                // What a hostile test's member made (a large object) goes first.
                q.exec(QStringLiteral("GRANT %1 TO CURRENT_USER").arg(quoted));
                q.exec(QStringLiteral("DROP OWNED BY %1").arg(quoted));
                if (!q.exec(QStringLiteral("DROP ROLE %1").arg(quoted))) {
                    qWarning("TestStore: dropping %s failed: %s", qPrintable(role),
                             qPrintable(q.lastError().text()));
                    ok = false;
                }
            }
            if (!ok)
                qWarning("TestStore: resetting PostgreSQL failed: %s",
                         qPrintable(q.lastError().text()));
            db.close();
        } else {
            qWarning("TestStore: PostgreSQL: %s", qPrintable(db.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("teststore-reset"));
    if (!ok)
        return false;
    auto initialised = TeamAdmin::init(url);
    if (!initialised) {
        qWarning("TestStore: team init: %s", qPrintable(initialised.error().message));
        return false;
    }
    return true;
}

TestStore::~TestStore() = default;

bool TestStore::reopen()
{
    m_store.reset();
    auto opened = Store::open(m_path);
    if (!opened) {
        qWarning("TestStore: %s", qPrintable(opened.error().message));
        return false;
    }
    m_store = std::move(opened).value();
    return true;
}

User TestStore::addUser(const QString &name)
{
    auto user = m_store->users().create(name, passwordOf(name));
    if (!user) {
        qWarning("TestStore::addUser: %s", qPrintable(user.error().message));
        return {};
    }
    return *user;
}

Message TestStore::send(const User &from, const User &to, const QString &text, Id parent)
{
    auto message = m_store->messages().send(from, to, text, parent);
    if (!message) {
        qWarning("TestStore::send: %s", qPrintable(message.error().message));
        return {};
    }
    return *message;
}

} // namespace signalbox::test

#include "rawdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <utility>

namespace signalbox::test {

RawDatabase::RawDatabase(const QString &path, const QString &options)
    : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_postgres = path.startsWith(QLatin1String("postgresql://"))
                 || path.startsWith(QLatin1String("postgres://"));
    if (m_postgres) {
        const QUrl url(path);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open()) {
            fail(QStringLiteral("open ") + url.toString(QUrl::RemovePassword),
                 db.lastError().text());
            return;
        }
        QSqlQuery(db).exec(QStringLiteral("SET client_min_messages = warning"));
        return;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(options);
    if (!db.open())
        fail(QStringLiteral("open ") + path, db.lastError().text());
}

void RawDatabase::fail(const QString &what, const QString &error)
{
    m_lastError = error;
    // A check that silently read nothing would pass for the wrong reason: fail the test.
    if (m_failOnError)
        QTest::qFail(qPrintable(what + QStringLiteral(": ") + error), __FILE__, __LINE__);
}

RawDatabase::~RawDatabase()
{
    {
        QSqlDatabase db = connection();
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool RawDatabase::isOpen() const
{
    return connection().isOpen();
}

QSqlDatabase RawDatabase::connection() const
{
    return QSqlDatabase::database(m_name, false);
}

QList<QVariantList> RawDatabase::rows(const QString &sql, const QVariantList &values)
{
    QList<QVariantList> result;
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        fail(sql, query.lastError().text());
        return result;
    }
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        fail(sql, query.lastError().text());
        return result;
    }
    while (query.next()) {
        QVariantList row;
        for (int i = 0; i < query.record().count(); ++i)
            row.append(query.value(i));
        result.append(row);
    }
    query.finish();
    return result;
}

QVariant RawDatabase::scalar(const QString &sql, const QVariantList &values)
{
    const QList<QVariantList> result = rows(sql, values);
    return result.isEmpty() || result.first().isEmpty() ? QVariant() : result.first().first();
}

bool RawDatabase::tryExec(const QString &sql, const QVariantList &values)
{
    const bool failOnError = std::exchange(m_failOnError, false);
    m_lastError.clear();
    rows(sql, values);
    m_failOnError = failOnError;
    return m_lastError.isEmpty();
}

int RawDatabase::count(const QString &table)
{
    // Table names cannot be bound: only names of existing tables are accepted.
    if (!tables().contains(table)) {
        fail(QStringLiteral("count"), QStringLiteral("no table ") + table);
        return -1;
    }
    return scalar(QStringLiteral("SELECT count(*) FROM ") + table).toInt();
}

QList<QVariantList> RawDatabase::foreignKeyViolations()
{
    if (!m_postgres) {
        QList<QVariantList> result;
        // table, rowid, parent, fkid: the first three are the report on both backends.
        for (const QVariantList &row : rows(QStringLiteral("PRAGMA foreign_key_check")))
            result.append(row.mid(0, 3));
        return result;
    }
    // Every single-column foreign key of the schema: (table, column, referenced table, column).
    const QList<QVariantList> keys = rows(QStringLiteral(
        "SELECT k.table_name, k.column_name, r.table_name, r.column_name "
        "FROM information_schema.referential_constraints c "
        "JOIN information_schema.key_column_usage k ON k.constraint_schema = c.constraint_schema "
        "AND k.constraint_name = c.constraint_name "
        "JOIN information_schema.key_column_usage r "
        "ON r.constraint_schema = c.unique_constraint_schema "
        "AND r.constraint_name = c.unique_constraint_name "
        "AND r.ordinal_position = k.position_in_unique_constraint "
        "WHERE c.constraint_schema = current_schema() ORDER BY 1, 2"));
    if (keys.isEmpty())
        fail(QStringLiteral("foreignKeyViolations"), QStringLiteral("no foreign keys found"));
    QList<QVariantList> result;
    // The names come from the catalogue, never from input.
    for (const QVariantList &key : keys) {
        const QString table = key.at(0).toString();
        const QString column = key.at(1).toString();
        const QString parent = key.at(2).toString();
        const QString parentColumn = key.at(3).toString();
        const QString sql = QStringLiteral("SELECT '%1', c.%2, '%3' FROM %1 c WHERE c.%2 IS NOT "
                                           "NULL AND NOT EXISTS (SELECT 1 FROM %3 p WHERE p.%4 "
                                           "= c.%2) ORDER BY 2")
                                .arg(table, column, parent, parentColumn);
        result.append(rows(sql));
    }
    return result;
}

QStringList RawDatabase::tables()
{
    QStringList names;
    const QString sql
        = m_postgres ? QStringLiteral(
              "SELECT table_name FROM information_schema.tables "
              "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' "
              "ORDER BY table_name")
                     // Not the search index's virtual table: it reads its text through a view
                     // that needs the store's signalbox_fold(). Its shadow tables (what it holds)
                     // are listed.
                     : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                      "AND name NOT LIKE 'sqlite_%' "
                                      "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name");
    for (const QVariantList &row : rows(sql))
        names.append(row.first().toString());
    return names;
}

RawDatabase::Snapshot RawDatabase::snapshot(const QStringList &skipped)
{
    Snapshot all;
    // Table names come from the catalogue, never from input. Every column sorts, so that two
    // snapshots of the same rows compare equal whatever order the server returns them in
    // (PostgreSQL keeps no row order after an update).
    for (const QString &table : tables()) {
        if (skipped.contains(table))
            continue;
        const QSqlRecord columns = connection().record(table);
        QStringList order;
        for (int i = 1; i <= columns.count(); ++i)
            order.append(QString::number(i));
        all.insert(table, rows(QStringLiteral("SELECT * FROM ") + table
                               + QStringLiteral(" ORDER BY ") + order.join(QLatin1Char(','))));
    }
    return all;
}

} // namespace signalbox::test

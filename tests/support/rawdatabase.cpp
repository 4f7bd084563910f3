#include "rawdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUuid>

#include <utility>

namespace signalbox::test {

RawDatabase::RawDatabase(const QString &path, const QString &options)
    : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
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

QStringList RawDatabase::tables()
{
    QStringList names;
    for (const QVariantList &row : rows(QStringLiteral(
             "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
             "ORDER BY name")))
        names.append(row.first().toString());
    return names;
}

RawDatabase::Snapshot RawDatabase::snapshot(const QStringList &skipped)
{
    Snapshot all;
    // Table names come from sqlite_master, never from input.
    for (const QString &table : tables()) {
        if (skipped.contains(table))
            continue;
        all.insert(table, rows(QStringLiteral("SELECT * FROM ") + table
                               + QStringLiteral(" ORDER BY 1, 2")));
    }
    return all;
}

} // namespace signalbox::test

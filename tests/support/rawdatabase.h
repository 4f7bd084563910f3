#pragma once

#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace signalbox::test {

// A plain QSqlDatabase connection of its own on a store, beside the Store under test: it checks
// what really reached the database, without going through the repositories. `path` is a SQLite
// file, or a postgresql:// URL (TestStore::path() on PostgreSQL), which opens a QPSQL
// connection to the same database; `options` are SQLite connect options only.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path, const QString &options = {});
    ~RawDatabase();
    RawDatabase(const RawDatabase &) = delete;
    RawDatabase &operator=(const RawDatabase &) = delete;

    bool isOpen() const;
    QString lastError() const { return m_lastError; }
    QSqlDatabase connection() const;
    bool isPostgres() const { return m_postgres; }

    // Runs one statement; every row as a list of its column values. An error fails the test.
    QList<QVariantList> rows(const QString &sql, const QVariantList &values = {});
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &values = {});
    // Runs a statement that may fail on purpose (a lock held elsewhere): no test failure.
    bool tryExec(const QString &sql, const QVariantList &values = {});
    int count(const QString &table);
    // Rows whose foreign key names no row, one (table, rowid or dangling key, referenced table)
    // each: SQLite's PRAGMA foreign_key_check; on PostgreSQL the same check built from the
    // catalogue's foreign keys (COMMIT would have refused them, but this looks at the rows).
    QList<QVariantList> foreignKeyViolations();

    // Every row of every table in the store but the skipped ones, for "nothing changed"
    // comparisons; rows in a fixed order.
    using Snapshot = QMap<QString, QList<QVariantList>>;
    Snapshot snapshot(const QStringList &skipped = {});
    QStringList tables();

private:
    void fail(const QString &what, const QString &error);

    QString m_name;
    bool m_postgres = false;
    bool m_failOnError = true;
    QString m_lastError;
};

} // namespace signalbox::test

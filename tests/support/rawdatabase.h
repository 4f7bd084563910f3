#pragma once

#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace signalbox::test {

// A plain QSqlDatabase connection of its own on a store file, beside the Store under test: it
// checks what really reached the file, without going through the repositories.
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

    // Runs one statement; every row as a list of its column values. An error fails the test.
    QList<QVariantList> rows(const QString &sql, const QVariantList &values = {});
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &values = {});
    // Runs a statement that may fail on purpose (a lock held elsewhere): no test failure.
    bool tryExec(const QString &sql, const QVariantList &values = {});
    int count(const QString &table);

    // Every row of every table in the file but the skipped ones, for "nothing changed"
    // comparisons.
    using Snapshot = QMap<QString, QList<QVariantList>>;
    Snapshot snapshot(const QStringList &skipped = {});
    QStringList tables();

private:
    void fail(const QString &what, const QString &error);

    QString m_name;
    bool m_failOnError = true;
    QString m_lastError;
};

} // namespace signalbox::test

#pragma once

#include "store.h"

#include <QMap>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariantList>

namespace signalbox::test {

// Every row of every table of the store, read on the store's own connection (SQLite and
// PostgreSQL alike), plus the schema: "nothing changed" means this compares equal.
inline QMap<QString, QList<QVariantList>> dumpAll(Store &store)
{
    QMap<QString, QList<QVariantList>> all;
    QSqlDatabase db = store.database().connection();
    const bool sqlite = store.database().dialect() == Database::Dialect::Sqlite;
    QStringList tables;
    {
        QSqlQuery q(db);
        q.exec(sqlite
                   ? QStringLiteral("SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM "
                                    "sqlite_master ORDER BY 1")
                   : QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                    "table_schema = current_schema() ORDER BY 1"));
        QList<QVariantList> schema;
        while (q.next()) {
            schema.append({q.value(0)});
            const QString entry = q.value(0).toString();
            if (sqlite && entry.startsWith(QLatin1String("table ")))
                tables.append(entry.section(QLatin1Char(' '), 1, 1));
            else if (!sqlite)
                tables.append(entry);
        }
        all.insert(QStringLiteral("(schema)"), schema);
    }
    for (const QString &table : std::as_const(tables)) {
        if (table.startsWith(QLatin1String("sqlite_")))
            continue;
        QSqlQuery q(db);
        // Table names come from the catalogue, never from input.
        q.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY 1"));
        QList<QVariantList> rows;
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row.append(q.value(i));
            rows.append(row);
        }
        all.insert(table, rows);
    }
    return all;
}

} // namespace signalbox::test

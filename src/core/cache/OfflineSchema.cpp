// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfflineSchema.h"

namespace cache {

const QList<QStringList> &OfflineSchema::migrations()
{
    static const QList<QStringList> steps{
        // 1: datasets replaced whole. A refresh writes its rows under the next generation number;
        // the commit makes that generation current and drops the old one, in one transaction.
        {QStringLiteral("CREATE TABLE records(dataset TEXT NOT NULL, generation INTEGER NOT NULL, id INTEGER NOT NULL, "
                        "position INTEGER NOT NULL, record BLOB NOT NULL)"),
         QStringLiteral("CREATE UNIQUE INDEX records_by_id ON records(dataset, generation, id)"),
         QStringLiteral("CREATE TABLE datasets(name TEXT PRIMARY KEY, generation INTEGER NOT NULL, fetched_at TEXT NOT NULL)")},
        // 2: localized routes answer in the account's language; remember which one a dataset is in.
        {QStringLiteral("ALTER TABLE datasets ADD COLUMN language TEXT NOT NULL DEFAULT ''")},
    };
    return steps;
}

QStringList OfflineSchema::layoutProbes()
{
    return {QStringLiteral("SELECT dataset, generation, id, position, record FROM records LIMIT 0"),
            QStringLiteral("SELECT name, generation, fetched_at, language FROM datasets LIMIT 0")};
}

// Qt hands SQLite's result codes over as the native error code text.
bool OfflineSchema::isFullError(const QSqlError &error)
{
    return error.nativeErrorCode() == u"13";
}

bool OfflineSchema::isCorruptError(const QSqlError &error)
{
    return error.nativeErrorCode() == u"26" || error.nativeErrorCode() == u"11";
}

} // namespace cache

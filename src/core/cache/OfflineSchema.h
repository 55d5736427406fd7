// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlError>
#include <QStringList>

namespace cache {

//! The offline copy's SQLite layout: how each version is reached from the one before, how to tell
//! that a file really has the current one, and the SQLite errors the store tells apart.
class OfflineSchema
{
public:
    //! Step N takes the schema from version N to N+1; never edit a step once released, add one.
    static const QList<QStringList> &migrations();
    //! Statements that fail unless the file has every table and column of the current version.
    static QStringList layoutProbes();
    //! SQLITE_FULL: no room left on the disk (or under the size limit).
    static bool isFullError(const QSqlError &error);
    //! SQLITE_NOTADB or SQLITE_CORRUPT: the file is not a readable database.
    static bool isCorruptError(const QSqlError &error);
};

} // namespace cache

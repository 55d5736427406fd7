// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTypes.h"
#include "Table.h"

#include <QJsonArray>
#include <QJsonObject>

namespace emulator {

// Paging, sorting and filtering of a list route (docs §3.1), and the ApiListResult envelope.
class ListQuery
{
public:
    enum class Flavor { Admin, Public }; // Public: CurrentSortDirection "ASC"/"DESC"; secrets not filterable

    struct Options
    {
        Flavor flavor = Flavor::Admin;
        int defaultSize = 25;
        int maxSize = 1000;
        QString sizeAlias;                // e.g. "top" on the blog route
        QString defaultOrderBy = QStringLiteral("Id");
        bool defaultDescending = false;   // used only when neither orderBy nor dir is given
    };

    struct Result
    {
        QList<int> rows;                  // rows of the requested page, in order
        int page = 1;
        int pageSize = 25;
        int totalItems = 0;
        QString orderField;
        bool descending = false;
        Flavor flavor = Flavor::Admin;
        QJsonObject envelope(const QJsonArray &records) const;
    };

    // `candidates`: the rows that may appear at all (e.g. only published resources); empty optional = all.
    static Result run(const Request &request, const Table &table, const std::optional<QList<int>> &candidates,
                      const Options &options);
    static Result run(const Request &request, const Table &table, const std::optional<QList<int>> &candidates)
    {
        return run(request, table, candidates, Options{});
    }

    // Parses a dir value: Ascending/Descending (any case), asc/desc, 0 = asc, 1 or -1 = desc.
    static bool parseDescending(const QString &dir);
};

} // namespace emulator

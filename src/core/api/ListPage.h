// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace api {

enum class SortDirection { Ascending, Descending };

//! Paging metadata of an ApiListResult<T> envelope (all 13 documented fields but Records).
struct ListPageMeta {
    int currentPage = 1;
    int currentPageSize = 0;
    QString currentOrderField;
    SortDirection currentSortDirection = SortDirection::Ascending;
    int firstItem = 0;
    int lastItem = 0;
    bool hasNextPage = false;
    bool hasPreviousPage = false;
    int pageNumber = 1;
    int pageSize = 0;
    int totalItems = 0;
    int totalPages = 0;
};

//! One page of a list endpoint: metadata plus the raw records, mapped later by the domain layer.
struct ListPage {
    ListPageMeta meta;
    QJsonArray records;

    //! Parses an ApiListResult envelope. Tolerates missing, null, wrong-typed and unknown fields
    //! (they fall back to defaults); fails only when `Records` is absent or not an array.
    static bool parse(const QJsonObject &envelope, ListPage *out, QString *error = nullptr);
};

//! Reads CurrentSortDirection, which the docs show both as an int (0/1, or 1/-1) and as "ASC"/"DESC".
SortDirection parseSortDirection(const QJsonValue &value);

} // namespace api

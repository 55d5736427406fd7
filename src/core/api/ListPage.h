// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
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

    int skippedRecords = 0; //!< entries that were not records, or whose Id had the wrong type: left out (and logged)

    //! Parses an ApiListResult envelope. Tolerates missing, null, wrong-typed and unknown fields
    //! (they fall back to defaults); fails only when `Records` is absent or not an array.
    static bool parse(const QJsonObject &envelope, ListPage *out, QString *error = nullptr);

    //! Reads a whole list answer in any form a space plausibly sends (the one place that decides):
    //! - the ApiListResult envelope, at the top or inside `envelopeKey` (`{"BlogPosts": {...}}`);
    //! - a bare JSON array of records;
    //! - an object whose only array property holds the records (`{"PublicResources": [...]}`),
    //!   or whose only object property is such an envelope.
    //! A form without paging metadata is one page holding everything (never "more to come").
    static bool parseAnswer(const QJsonDocument &answer, const QString &envelopeKey, ListPage *out,
                            QString *error = nullptr);
};

//! Reads CurrentSortDirection, which the docs show both as an int (0/1, or 1/-1) and as "ASC"/"DESC".
SortDirection parseSortDirection(const QJsonValue &value);

} // namespace api

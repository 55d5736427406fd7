// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ReviewedResource.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

namespace domain {

//! The columns of the resource review table and of its CSV export: translated titles, the text
//! each cell shows, a raw value to sort by, and the admin field the server sorts on.
class ResourceReviewColumns
{
    Q_DECLARE_TR_FUNCTIONS(domain::ResourceReviewColumns)
public:
    enum Column {
        Name,
        Type,
        Location,
        Area,
        Capacity,
        Visible,
        Archived,
        HiddenInCalendar,
        RequiresApproval,
        MinLength,
        MaxLength,
        UpdatedOn,
        Count
    };

    static QString title(int column);
    //! The cell as text: "Yes"/"No" for flags (never a colour alone), lengths in words, empty when unset.
    static QString text(const domain::ReviewedResource &row, int column);
    //! A raw value for local sorting (numbers as numbers, flags as bools).
    static QVariant sortValue(const domain::ReviewedResource &row, int column);
    //! The admin field the server orders by (`orderBy`).
    static QString orderField(int column);
    static QString yesNo(bool value);
};

} // namespace domain

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repository/ResourceReviewRepository.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

//! Every field of an admin resource record, grouped for the review's detail pane: identity,
//! listing, amenities, capacity and rules, access, cancellation fee, integrations, place and sensor.
//! Zoom tokens appear only as "Set" / "Not set"; HTML is shown as plain text.
class ResourceReviewDetails
{
    Q_DECLARE_TR_FUNCTIONS(ResourceReviewDetails)
public:
    struct Field {
        QString label;
        QString value;
    };
    struct Group {
        QString title;
        QString summary; //!< shown beside the group's title (e.g. "5 of 28")
        QList<Field> fields;
    };

    static QList<Group> groups(const domain::ReviewedResource &record, const QString &currencyCode = {});
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Resource.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace domain {

//! A resource as the review shows it: the admin record without its Zoom tokens, and only whether
//! each token is set. Built by fromJson(), so no token ever reaches a model.
struct ReviewedResource {
    domain::Resource resource;      //!< zoomSecrets always empty
    bool hasZoomAccessToken = false;
    bool hasZoomRefreshToken = false;

    //! Maps an admin record and drops the tokens at once.
    static ReviewedResource fromJson(const QJsonObject &record);
};

//! The documented filters of the admin resource list (nexudus-api.md 3.1, 5.2).
struct ResourceReviewFilter {
    enum class State { All, Visible, Hidden, Archived };

    QString name;                  //!< Resource_Name (how it matches is up to the server)
    qint64 businessId = 0;         //!< Resource_Business; 0 = every location
    qint64 resourceTypeId = 0;     //!< Resource_ResourceType; 0 = every type
    QString groupName;             //!< Resource_GroupName (floor or area)
    State state = State::All;      //!< Visible: visible and not archived; Hidden: not visible; Archived
    std::optional<int> minCapacity; //!< from_Resource_Allocation
    std::optional<int> maxCapacity; //!< to_Resource_Allocation
    QList<qint64> ids;             //!< Resource_Id=[…]: an audit rule's resources; empty = any

    bool operator==(const ResourceReviewFilter &) const = default;
    //! Whether `resource` passes these filters, as the server would decide (names: any case, in part).
    bool matches(const domain::Resource &resource) const;
};

} // namespace domain

Q_DECLARE_METATYPE(domain::ReviewedResource)

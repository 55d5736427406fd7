// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Amenity.h"
#include "BookingPolicy.h"
#include "BookingRate.h"
#include "RecordBase.h"
#include "SystemResourceType.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace domain {

//! Calendar, access-control and video-call links of a resource (no secrets here).
struct ResourceIntegrations {
    QString googleCalendarId;
    QString office365CalendarId;
    QString kisiGroupId;
    QString accessControlGroupId;
    QString accessControlGroupIds; //!< as sent: a string, format undocumented
    bool useSharedZoomAccount = false;
    QString zoomUserId;

    bool operator==(const ResourceIntegrations &) const = default;
};

//! Occupancy sensor and cleaning state (read-only on the server).
struct ResourceSensor {
    QString lastValue;            //!< SensorLastValue
    bool occupied = false;        //!< IsSensorOccupied
    QDateTime lastCleanedAt;      //!< LastCleanedAt, the space's wall-clock time

    bool operator==(const ResourceSensor &) const = default;
};

//! Secrets a full admin record carries. Never cached, logged, shown or written by Resource::toJson().
struct ResourceZoomSecrets {
    QString zoomAccessToken;
    QString zoomRefreshToken;

    bool isEmpty() const { return zoomAccessToken.isEmpty() && zoomRefreshToken.isEmpty(); }
    bool operator==(const ResourceZoomSecrets &) const = default;
};

//! A bookable item of a location: meeting room, desk, phone booth... (seed 003, nexudus-api.md 7.1, 5.2).
//! Read from admin records, portal summaries and public details alike; missing fields keep defaults.
struct Resource : RecordBase {
    // Location
    qint64 businessId = 0;
    QString businessName;
    QString businessWebAddress;   //!< public routes only

    // Identity and category
    QString name;
    SystemResourceType systemType = SystemResourceType::None;
    qint64 resourceTypeId = 0;
    QString resourceTypeName;
    QString descriptionHtml;      //!< Description: HTML from the space, sanitise before rendering
    QString emailConfirmationContent;

    // Picture
    QString pictureFileName;
    QString newPictureUrl;
    bool clearPictureFile = false;
    bool hasImage = false;        //!< public routes only

    // Listing
    bool visible = true;          //!< missing means true: published routes only return visible ones
    bool archived = false;
    bool hideInCalendar = false;
    int displayOrder = 0;
    QString groupName;            //!< e.g. "Floor 2"

    AmenitySet amenities;
    BookingPolicy policy;

    std::optional<double> latitude;
    std::optional<double> longitude;
    QList<qint64> linkedResourceIds;             //!< LinkedResources, or parsed from LinkedResourceIds
    QList<qint64> bookingAvailabilityExceptionIds;
    QString shiftsJson;                          //!< Shifts: JSON-encoded schedule, kept verbatim
    ResourceIntegrations integrations;
    ResourceSensor sensor;

    // Public-route pricing (admin records price through booking rates instead)
    std::optional<double> price;
    QString priceFormatted;
    QList<BookingRate> bookingRates; //!< public routes: ResourceType.BookingRates, what booking costs

    //! SECRET: held only here, so no other member ever carries a token by accident.
    ResourceZoomSecrets zoomSecrets;

    //! Maps any resource shape; tolerates missing, null, wrong-typed and unknown fields.
    static Resource fromJson(const QJsonObject &o);
    //! The API's flat shape, for the offline cache. Never writes zoomSecrets.
    QJsonObject toJson() const;

    //! Worth listing to a member: visible, not archived and not hidden from the calendar.
    bool isBookableListing() const { return visible && !archived && !hideInCalendar; }
    std::optional<int> capacity() const { return policy.allocation; }

    bool operator==(const Resource &) const = default;
};

} // namespace domain

Q_DECLARE_METATYPE(domain::Resource)

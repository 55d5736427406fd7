// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace domain {

//! A booking rate: what booking a resource of one type costs per period. The admin API names the
//! entity "ExtraService" (`/api/billing/extraservices`); people only ever read "booking rate".
struct BookingRate {
    qint64 id = 0;
    qint64 businessId = 0;
    qint64 resourceTypeId = 0; //!< the resource type it prices (ResourceTypeId, see docs/emulator.md)
    QString name;
    double price = 0;
    int chargePeriod = 0;      //!< 1 Minute, 2 Hour, 3 Day, 4 Week, 5 Month, 6 Use
    QString priceFormatted;    //!< public routes: the space's own formatting, e.g. "20.00 €"

    //! Tolerates missing and wrong-typed fields (they keep defaults).
    static BookingRate fromJson(const QJsonObject &o);
    //! The fields above, in the API's names.
    QJsonObject toJson() const;
    bool operator==(const BookingRate &) const = default;
};

} // namespace domain

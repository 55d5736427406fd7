// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace domain {

//! Who is signed in, and where: read once after sign-in.
struct Identity {
    QString fullName;
    QString email;
    bool isStaff = false;           //!< `User.IsAdmin`; staff-only views appear only then
    qint64 defaultLocationId = 0;   //!< `DefaultBusiness.Id`
    QString spaceName;              //!< `businesses/current` Name
    QString timeZone;               //!< IANA id of the space, e.g. Europe/Madrid
    QString currencyCode;
    QList<qint64> profileIds;       //!< coworker ids, for profile-scoped calls
};

} // namespace domain

Q_DECLARE_METATYPE(domain::Identity)

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace domain {

//! A kind of resource of one location (`/api/spaces/resourcetypes`): what the staff's review
//! filters by. A type belongs to one location (Business).
struct ResourceType {
    qint64 id = 0;
    QString name;
    qint64 businessId = 0;
    QString businessName;

    //! Reads the record tolerantly (ids as numbers or text); an id of 0 means unreadable.
    static ResourceType fromJson(const QJsonObject &o);
    static QList<ResourceType> listFromJson(const QList<QJsonObject> &records);

    bool operator==(const ResourceType &other) const = default;
};

} // namespace domain

Q_DECLARE_METATYPE(domain::ResourceType)

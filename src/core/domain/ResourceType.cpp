// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceType.h"

#include "json/JsonRead.h"

namespace domain {

ResourceType ResourceType::fromJson(const QJsonObject &o)
{
    ResourceType t;
    t.id = json::readInt64(o, u"Id");
    t.name = json::readString(o, u"Name");
    t.businessId = json::readInt64(o, u"BusinessId");
    t.businessName = json::readString(o, u"BusinessName");
    return t;
}

QList<ResourceType> ResourceType::listFromJson(const QList<QJsonObject> &records)
{
    QList<ResourceType> types;
    for (const QJsonObject &record : records) {
        ResourceType type = fromJson(record);
        if (type.id != 0)
            types.append(type);
    }
    return types;
}

} // namespace domain

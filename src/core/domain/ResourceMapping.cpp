// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceMapping.h"

namespace domain {

QList<Resource> resourcesFromRecords(const QJsonArray &records)
{
    QList<Resource> resources;
    resources.reserve(records.size());
    for (const QJsonValue &record : records) {
        if (record.isObject())
            resources.append(Resource::fromJson(record.toObject()));
    }
    return resources;
}

Resource resourceFromSingleResponse(const QJsonObject &body)
{
    const QJsonValue wrapped = body.value(u"Resource");
    return Resource::fromJson(wrapped.isObject() ? wrapped.toObject() : body);
}

} // namespace domain

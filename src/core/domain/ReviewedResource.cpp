// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewedResource.h"

namespace domain {

namespace {
bool containsText(const QString &haystack, const QString &needle)
{
    return needle.trimmed().isEmpty() || haystack.contains(needle.trimmed(), Qt::CaseInsensitive);
}
} // namespace

ReviewedResource ReviewedResource::fromJson(const QJsonObject &record)
{
    ReviewedResource out;
    out.resource = domain::Resource::fromJson(record);
    out.hasZoomAccessToken = !out.resource.zoomSecrets.zoomAccessToken.isEmpty();
    out.hasZoomRefreshToken = !out.resource.zoomSecrets.zoomRefreshToken.isEmpty();
    // The review only says whether a token is set: the values go here, before anything keeps them.
    out.resource.zoomSecrets.zoomAccessToken.fill(QLatin1Char(' '));
    out.resource.zoomSecrets.zoomRefreshToken.fill(QLatin1Char(' '));
    out.resource.zoomSecrets = {};
    return out;
}

bool ResourceReviewFilter::matches(const Resource &r) const
{
    if (!containsText(r.name, name) || (businessId != 0 && r.businessId != businessId)
        || (resourceTypeId != 0 && r.resourceTypeId != resourceTypeId) || !containsText(r.groupName, groupName)
        || (!ids.isEmpty() && !ids.contains(r.id)))
        return false;
    switch (state) {
    case State::All:
        break;
    case State::Visible:
        if (!r.visible || r.archived)
            return false;
        break;
    case State::Hidden:
        if (r.visible)
            return false;
        break;
    case State::Archived:
        if (!r.archived)
            return false;
        break;
    }
    const std::optional<int> capacity = r.capacity();
    if (minCapacity && (!capacity || *capacity < *minCapacity))
        return false;
    if (maxCapacity && (!capacity || *capacity > *maxCapacity))
        return false;
    return true;
}

} // namespace domain

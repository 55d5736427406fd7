// SPDX-License-Identifier: GPL-3.0-or-later
#include "PropertyOsConfig.h"

namespace propertyos {

std::optional<Plan> planFromName(const QString &name)
{
    for (Plan plan : {Plan::Standard, Plan::Professional, Plan::Enterprise}) {
        if (name.compare(planName(plan), Qt::CaseInsensitive) == 0)
            return plan;
    }
    return std::nullopt;
}

QString planName(Plan plan)
{
    switch (plan) {
    case Plan::Standard: return QStringLiteral("standard");
    case Plan::Professional: return QStringLiteral("professional");
    case Plan::Enterprise: return QStringLiteral("enterprise");
    }
    return {};
}

int documentedHourlyLimit(Plan plan)
{
    switch (plan) {
    case Plan::Standard: return 1000;
    case Plan::Professional: return 5000;
    case Plan::Enterprise: return 0;
    }
    return 0;
}

} // namespace propertyos

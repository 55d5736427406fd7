// SPDX-License-Identifier: GPL-3.0-or-later
// Resource types, booking rates and resources of the demo data.
#include "DemoData.h"

namespace emulator {

namespace {

struct TypeTemplate { const char *name; int systemType; double hourly; double daily; };

// One resource type per entry and location. Prices are in the location's currency.
const TypeTemplate kTypes[] = {
    {"Meeting Room", 1, 25, 160},   {"Hot Desk", 2, 0, 18},        {"Private Office", 3, 0, 95},
    {"Event Space", 4, 120, 850},   {"Phone Booth", 12, 5, 0},     {"Day Pass", 11, 0, 22},
    {"Lab", 5, 40, 280},            {"Kitchen", 6, 30, 0},         {"Treatment Room", 7, 35, 0},
    {"Storage", 9, 0, 4},           {"Equipment", 10, 12, 0},      {"Terrace", 99, 60, 400},
    {"Studio", 0, 45, 300},
};

struct ResourceTemplate { const char *name; int type; int allocation; const char *group; bool multiple; };

// 21 resources per location; `type` indexes kTypes. %1 = a local name or a number.
const ResourceTemplate kResources[] = {
    {"Boardroom %1", 0, 12, "Floor 3", false},     {"Meeting Room %1", 0, 6, "Floor 2", false},
    {"Huddle Room %1", 0, 4, "Floor 2", false},    {"Training Room %1", 0, 20, "Floor 1", false},
    {"Hot Desk Zone %1", 1, 30, "Floor 1", true},  {"Hot Desk %1", 1, 1, "Floor 2", false},
    {"Fixed Desk %1", 1, 1, "Floor 2", false},     {"Office %1", 2, 4, "Floor 3", false},
    {"Office Suite %1", 2, 10, "Floor 4", false},  {"Event Hall %1", 3, 80, "Ground floor", true},
    {"Phone Booth %1", 4, 1, "Floor 1", false},    {"Focus Booth %1", 4, 1, "Floor 3", false},
    {"Day Pass %1", 5, 50, "", true},              {"Prototype Lab %1", 6, 8, "Basement", false},
    {"Community Kitchen %1", 7, 15, "Ground floor", true}, {"Wellness Room %1", 8, 1, "Floor 4", false},
    {"Locker %1", 9, 1, "Basement", false},        {"3D Printer %1", 10, -1, "Basement", false},
    {"Rooftop Terrace %1", 11, 40, "Rooftop", true}, {"Podcast Studio %1", 12, 3, "Floor 1", false},
    {"Zoom Room %1", 0, 8, "Floor 3", false},
};
constexpr int kTemplates = int(sizeof(kResources) / sizeof(kResources[0]));
constexpr int kTypeCount = int(sizeof(kTypes) / sizeof(kTypes[0]));

const char *kPlaces[3][8] = {
    {"Retiro", "Malasaña", "Chamberí", "Lavapiés", "Salamanca", "Chueca", "Prado", "Sol"},
    {"Alfama", "Baixa", "Chiado", "Belém", "Graça", "Estrela", "Príncipe Real", "Oriente"},
    {"Shoreditch", "Soho", "Camden", "Brixton", "Hackney", "Mayfair", "Borough", "Islington"},
};

template<class T>
std::optional<T> pick(QRandomGenerator &rng, std::initializer_list<std::optional<T>> values)
{
    return *(values.begin() + rng.bounded(int(values.size())));
}

} // namespace

void DemoData::makeResourceTypes()
{
    qint64 rateId = 3001;
    for (const Business &b : businesses) {
        for (const TypeTemplate &t : kTypes) {
            ResourceTypeRec rec;
            rec.BusinessId = b.Id;
            rec.Name = QString::fromLatin1(t.name);
            rec.UniqueId = newGuid();
            rec.CreatedOn = m_epoch.addDays(-30);
            rec.UpdatedOn = rec.CreatedOn;
            rec.UpdatedBy = QStringLiteral("admin@demo.test");
            resourceTypes.add(rec);
            resolveNames(QStringLiteral("ResourceType"), resourceTypes.rowCount() - 1);
            const qint64 typeId = resourceTypes.rows().last().Id;
            const double factor = b.CurrencyCode == QLatin1String("GBP") ? 0.9 : 1.0;
            auto rate = [&](const QString &name, double price, int period) {
                if (price > 0)
                    bookingRates.append({rateId++, b.Id, typeId, name, std::round(price * factor * 100) / 100, period});
            };
            rate(QStringLiteral("%1 – hourly rate").arg(rec.Name), t.hourly, 2);
            rate(QStringLiteral("%1 – full day").arg(rec.Name), t.daily, 3);
            if (t.systemType == 1)
                rate(QStringLiteral("%1 – members hourly").arg(rec.Name), t.hourly * 0.8, 2);
        }
    }
}

void DemoData::makeResources(int count, bool curated)
{
    const int total = curated ? kTemplates * int(businesses.size()) : count;
    resources.reserve(total);
    // A few shared descriptions keep 100 000 generated records cheap (implicitly shared strings).
    const QString descriptions[] = {
        QStringLiteral("<p>Bright room with <strong>natural light</strong> and a view over the street.</p>"),
        QStringLiteral("<p>Quiet space for focused work.</p><ul><li>Ergonomic chairs</li><li>Fast Wi-Fi</li></ul>"),
        QStringLiteral("<p>Ideal for workshops &amp; team days. <em>Catering on request.</em></p>"),
        QStringLiteral("<h3>Flexible</h3><p>Book by the hour or the day; see the booking rates.</p>"),
    };
    const QString shifts = QStringLiteral(R"([{"Day":1,"From":"09:00","To":"18:00"},{"Day":2,"From":"09:00","To":"18:00"}])");
    for (int i = 0; i < total; ++i) {
        const int loc = curated ? i / kTemplates : i % int(businesses.size());
        const int tpl = curated ? i % kTemplates : (i / int(businesses.size())) % kTemplates;
        const ResourceTemplate &t = kResources[tpl];
        const Business &b = businesses.at(loc);
        ResourceRec r;
        r.BusinessId = b.Id;
        r.ResourceTypeId = 2001 + loc * kTypeCount + t.type;
        r.SystemResourceType = kTypes[t.type].systemType;
        const QString local = curated ? QString::fromUtf8(kPlaces[loc][(tpl * 3 + loc) % 8]) : QString::number(i + 1);
        r.Name = QString::fromUtf8(t.name).arg(local);
        r.Description = descriptions[m_rng.bounded(4)];
        r.GroupName = *t.group ? QString::fromUtf8(t.group) : QString();
        r.DisplayOrder = tpl;
        r.Visible = i % 17 != 5;
        r.Archived = i % 19 == 7;
        r.HideInCalendar = i % 13 == 3;
        r.RequiresConfirmation = i % 5 == 0;
        r.AllowMultipleBookings = t.multiple;
        r.Allocation = t.allocation < 0 ? std::nullopt : std::optional<int>(t.allocation);
        r.LimitVisitorsToAllocation = t.multiple && i % 2 == 0;
        for (const Amenity &a : amenities())
            r.*(a.flag) = m_rng.bounded(100) < 35;
        r.Internet = true;
        r.BookInAdvanceLimit = pick<double>(m_rng, {std::nullopt, 0.0, 7.0, 30.0, 90.0});
        r.LateBookingLimit = pick<double>(m_rng, {std::nullopt, 0.0, 15.0, 60.0});
        r.LateCancellationLimit = pick<int>(m_rng, {std::nullopt, 0, 60, 1440});
        r.IntervalLimit = pick<int>(m_rng, {std::nullopt, 0, 15, 30});
        r.NoReturnPolicy = pick<int>(m_rng, {std::nullopt, 0, 60});
        r.NoReturnPolicyAllResources = pick<int>(m_rng, {std::nullopt, 0, 30});
        r.NoReturnPolicyAllUsers = pick<int>(m_rng, {std::nullopt, 0, 15});
        r.MaxBookingLength = pick<int>(m_rng, {std::nullopt, 0, 240, 480});
        r.MinBookingLength = pick<int>(m_rng, {std::nullopt, 0, 30, 60});
        r.RepeatBookingQuantityLimit = pick<int>(m_rng, {std::nullopt, 0, 10});
        r.RepeatBookingPeriodLimitInMonths = pick<int>(m_rng, {std::nullopt, 0, 3});
        switch (i % 4) {
        case 1:
            r.ChargeCancellationFee = true;
            r.CancellationFeeType = 1;
            r.CancellationFeeAmount = 15.0;
            r.CancellationFeeProductId = 9101;
            break;
        case 2:
            r.ChargeCancellationFee = true;
            r.CancellationFeeType = 2;
            r.CancellationFeePercentage = 50.0;
            r.CancellationFeeProductId = 9101;
            break;
        default:
            break;
        }
        r.OnlyForMembers = i % 11 == 2;
        r.OnlyForContacts = i % 23 == 4;
        if (i % 7 == 1)
            r.Tariffs = {501, 502};
        if (i % 9 == 4)
            r.Teams = {601};
        if (i % 10 == 6)
            r.LinkedResources = {10001 + (i + 1) % std::max(total, 1)};
        if (i % 29 == 8)
            r.BookingAvailabilityExceptions = {7101};
        if (r.SystemResourceType == 1 && i % 3 == 0) {
            r.UseSharedZoomAccount = false;
            r.ZoomUserId = QStringLiteral("zoom-user-%1").arg(i);
            r.ZoomAccessToken = QStringLiteral("zat_") + randomHex(16);
            r.ZoomRefreshToken = QStringLiteral("zrt_") + randomHex(16);
        } else {
            r.UseSharedZoomAccount = r.SystemResourceType == 1;
        }
        if (i % 6 == 2) {
            r.GoogleCalendarId = QStringLiteral("room%1@group.calendar.google.com").arg(i);
            r.Office365CalendarId = QStringLiteral("room%1@spaces.onmicrosoft.com").arg(i);
            r.KisiGroupId = QString::number(40000 + i);
            r.AccessControlGroupId = QString::number(50000 + i);
            r.AccessControlGroupIds = r.AccessControlGroupId;
        }
        if (i % 8 == 0)
            r.Shifts = shifts;
        r.Latitude = b.Latitude + (i % 7) * 0.0001;
        r.Longitude = b.Longitude + (i % 5) * 0.0001;
        if (i % 4 == 3)
            r.LastCleanedAt = m_epoch.addDays(400).addSecs(3600 * (i % 48));
        r.EmailConfirmationContent = i % 3 == 0 ? QStringLiteral("<p>See you soon at %1!</p>").arg(b.Name) : QString();
        r.PictureFileName = i % 2 ? QStringLiteral("resource-%1.jpg").arg(i) : QString();
        r.UniqueId = newGuid();
        r.CreatedOn = m_epoch.addSecs(qint64(i) * 1800 + m_rng.bounded(1800));
        r.UpdatedOn = r.CreatedOn.addDays(m_rng.bounded(200));
        r.UpdatedBy = QStringLiteral("admin@demo.test");
        resources.add(std::move(r));
        resolveNames(QStringLiteral("Resource"), resources.rowCount() - 1);
    }
}

} // namespace emulator

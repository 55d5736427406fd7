// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoData.h"

#include <QUuid>

namespace emulator {

DemoData::DemoData(quint32 seed, int resourceCount, const EmulatorClock &clock)
    : blogPostComments(QStringLiteral("BlogPostComment"), blogPostCommentFields(), 6001)
    , blogPosts(QStringLiteral("BlogPost"), blogPostFields(&blogPostComments), 5001)
    , blogCategories(QStringLiteral("BlogCategory"), blogCategoryFields(&blogPosts), 4001)
    , resourceTypes(QStringLiteral("ResourceType"), resourceTypeFields(), 2001)
    , resources(QStringLiteral("Resource"), resourceFields(), 10001)
    , applications(QStringLiteral("Application"), applicationFields(), 8001)
    , m_clock(clock)
    , m_rng(seed)
    , m_epoch(QDate(2024, 1, 8), QTime(9, 0), Qt::UTC)
{
    makeBusinesses();
    makeResourceTypes();
    const bool curated = resourceCount <= 0;
    makeResources(curated ? 0 : std::min(resourceCount, 100000), curated);
    makeBlog();
    makeApplications();
    if (curated)
        makeAuditCases();
}

void DemoData::makeBusinesses()
{
    auto add = [this](qint64 id, const char *name, const char *web, const char *tz, const char *culture,
                      const char *code, const char *cname, const char *format, const char *address,
                      const char *town, const char *postal, qint64 countryId, const char *country,
                      const char *cc, double lat, double lon) {
        Business b;
        b.Id = id;
        b.UniqueId = newGuid();
        b.Name = QString::fromUtf8(name);
        b.WebAddress = QString::fromLatin1(web);
        b.TimeZone = QString::fromLatin1(tz);
        b.LanguageCulture = QString::fromLatin1(culture);
        b.CurrencyCode = QString::fromLatin1(code);
        b.CurrencyName = QString::fromUtf8(cname);
        b.CurrencyFormat = QString::fromUtf8(format);
        b.Address = QString::fromUtf8(address);
        b.TownCity = QString::fromUtf8(town);
        b.PostalCode = QString::fromLatin1(postal);
        b.CountryId = countryId;
        b.CountryName = QString::fromUtf8(country);
        b.CountryCode = QString::fromLatin1(cc);
        b.Latitude = lat;
        b.Longitude = lon;
        businesses.append(b);
    };
    add(1001, "Portal Desk Madrid", "portaldesk-madrid", "Europe/Madrid", "es-ES", "EUR", "Euro", "{0} €",
        "Calle de Alcalá 120", "Madrid", "28009", 724, "Spain", "ES", 40.4237, -3.6767);
    add(1002, "Portal Desk Lisboa", "portaldesk-lisboa", "Europe/Lisbon", "pt-PT", "EUR", "Euro", "{0} €",
        "Rua Augusta 45", "Lisboa", "1100-048", 620, "Portugal", "PT", 38.7100, -9.1370);
    add(1003, "Portal Desk London", "portaldesk-london", "Europe/London", "en-GB", "GBP", "Pound sterling",
        "£{0}", "12 Curtain Road", "London", "EC2A 3NQ", 826, "United Kingdom", "GB", 51.5246, -0.0795);
}

const Business *DemoData::business(qint64 id) const
{
    for (const Business &b : businesses) {
        if (b.Id == id)
            return &b;
    }
    return nullptr;
}

QList<BookingRate> DemoData::ratesForType(qint64 resourceTypeId) const
{
    QList<BookingRate> out;
    for (const BookingRate &r : bookingRates) {
        if (r.ResourceTypeId == resourceTypeId)
            out.append(r);
    }
    return out;
}

QString DemoData::newGuid()
{
    const quint64 hi = m_rng.generate64(), lo = m_rng.generate64();
    QUuid u(uint(hi >> 32), ushort(hi >> 16), ushort((hi & 0x0fff) | 0x4000), uchar(0x80 | ((lo >> 56) & 0x3f)),
            uchar(lo >> 48), uchar(lo >> 40), uchar(lo >> 32), uchar(lo >> 24), uchar(lo >> 16), uchar(lo >> 8),
            uchar(lo));
    return u.toString(QUuid::WithoutBraces);
}

QString DemoData::randomHex(int bytes)
{
    QByteArray raw(bytes, '\0');
    for (auto &c : raw)
        c = char(m_rng.bounded(256));
    return QString::fromLatin1(raw.toHex());
}

QDateTime DemoData::now() const
{
    return m_clock.now();
}

QString DemoData::staffName(qint64 id)
{
    static const char *names[] = {"Lucía Fernández", "João Silva", "Emma Clarke", "Adrián Admin", "Sofía Ortega"};
    return QString::fromUtf8(names[std::abs(id) % 5]);
}

void DemoData::resolveNames(const QString &entity, int row)
{
    auto businessName = [this](qint64 id) {
        const Business *b = business(id);
        return b ? b->Name : QString();
    };
    if (entity == QLatin1String("Resource")) {
        ResourceRec &r = resources.at(row);
        r.BusinessName = businessName(r.BusinessId);
        const ResourceTypeRec *t = resourceTypes.find(r.ResourceTypeId);
        r.ResourceTypeName = t ? t->Name : QString();
        r.CancellationFeeProductName = r.CancellationFeeProductId ? QStringLiteral("Late cancellation fee") : QString();
    } else if (entity == QLatin1String("ResourceType")) {
        ResourceTypeRec &t = resourceTypes.at(row);
        t.BusinessName = businessName(t.BusinessId);
        for (int i = 0; i < resources.rowCount(); ++i) {
            if (resources.at(i).ResourceTypeId == t.Id)
                resources.at(i).ResourceTypeName = t.Name;
        }
    } else if (entity == QLatin1String("BlogPost")) {
        BlogPostRec &p = blogPosts.at(row);
        p.BusinessName = businessName(p.BusinessId);
        p.PostedByFullName = p.PostedById ? staffName(*p.PostedById) : QString();
    } else if (entity == QLatin1String("BlogCategory")) {
        BlogCategoryRec &c = blogCategories.at(row);
        c.BusinessName = businessName(c.BusinessId);
    } else if (entity == QLatin1String("BlogPostComment")) {
        BlogPostCommentRec &c = blogPostComments.at(row);
        c.BusinessName = businessName(c.BusinessId);
        const BlogPostRec *p = blogPosts.find(c.BlogPostId);
        c.BlogPostTitle = p ? p->Title : QString();
        c.PostedByFullName = c.PostedById ? staffName(*c.PostedById) : QString();
    } else if (entity == QLatin1String("Application")) {
        ApplicationRec &a = applications.at(row);
        if (a.ApplicationKey.isEmpty())
            a.ApplicationKey = newGuid().remove(QLatin1Char('-'));
        if (a.SecretKey.isEmpty())
            a.SecretKey = randomHex(20);
    }
}

void DemoData::makeApplications()
{
    struct App { const char *name, *summary; bool published; };
    static const App apps[] = {
        {"Door Access Sync", "Keeps door access groups in sync with bookings.", true},
        {"Slack Notifier", "Posts booking and blog updates to Slack channels.", true},
        {"Xero Bridge", "Exports invoices and payments to Xero.", true},
        {"Room Display", "Shows today's bookings on a tablet outside each room.", true},
        {"Visitor Badge Printer", "Prints visitor badges at reception.", false},
        {"Occupancy Sensors", "Reads desk occupancy sensors into resources.", true},
        {"Calendar Bridge", "Two-way sync of bookings with Google and Microsoft calendars.", true},
        {"Community Survey", "Monthly member satisfaction survey.", false},
        {"Parking Planner", "Allocates parking spaces to members.", true},
    };
    int i = 0;
    for (const App &a : apps) {
        ApplicationRec r;
        r.DeveloperId = 12001 + (i % 3);
        r.Name = QString::fromUtf8(a.name);
        r.Published = a.published;
        r.ShortDescription = QString::fromUtf8(a.summary);
        r.Description = QStringLiteral("<p>") + r.ShortDescription + QStringLiteral(" Installed by %1 locations.</p>").arg(3 + i * 7);
        r.InstallUrl = QStringLiteral("https://apps.example.com/%1/install").arg(r.Name.toLower().replace(QLatin1Char(' '), QLatin1Char('-')));
        r.UniqueId = newGuid();
        r.CreatedOn = m_epoch.addDays(10 * i);
        r.UpdatedOn = r.CreatedOn.addDays(3);
        r.UpdatedBy = QStringLiteral("admin@demo.test");
        r.RequiredRoles = i % 2 ? QList<qint64>{31, 32} : QList<qint64>{};
        auto &added = applications.add(r);
        Q_UNUSED(added);
        resolveNames(QStringLiteral("Application"), applications.rowCount() - 1);
        ++i;
    }
}

} // namespace emulator

// SPDX-License-Identifier: GPL-3.0-or-later
#include "PublicViews.h"

#include <QTimeZone>

namespace emulator::PublicViews {

QString localTime(const QDateTime &utc, const QString &ianaZone)
{
    if (!utc.isValid())
        return {};
    const QTimeZone zone(ianaZone.toLatin1());
    const QDateTime local = zone.isValid() ? utc.toTimeZone(zone) : utc;
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QString formatMoney(const Business &business, double amount)
{
    QString format = business.CurrencyFormat;
    return format.replace(QStringLiteral("{0}"), QString::number(amount, 'f', 2));
}

QString chargePeriodName(int period)
{
    switch (period) {
    case 1: return QStringLiteral("Minute");
    case 2: return QStringLiteral("Hour");
    case 3: return QStringLiteral("Day");
    case 4: return QStringLiteral("Week");
    case 5: return QStringLiteral("Month");
    case 6: return QStringLiteral("Use");
    default: return QStringLiteral("Unknown");
    }
}

QList<int> publishedResourceRows(const DemoData &data)
{
    QList<int> rows;
    const auto &all = data.resources.rows();
    rows.reserve(all.size());
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).Visible && !all.at(i).Archived)
            rows.append(i);
    }
    return rows;
}

QJsonObject businessRef(const DemoData &data, qint64 businessId)
{
    const Business *b = data.business(businessId);
    if (!b)
        return {};
    return {{QStringLiteral("Id"), b->Id}, {QStringLiteral("Name"), b->Name},
            {QStringLiteral("WebAddress"), QString(b->WebAddress + QStringLiteral(".spaces.nexudus.com"))}};
}

QJsonObject resourceSummary(const DemoData &data, const ResourceRec &r)
{
    const Business *b = data.business(r.BusinessId);
    const QString tz = b ? b->TimeZone : QStringLiteral("UTC");
    return {
        {QStringLiteral("Id"), r.Id},
        {QStringLiteral("UniqueId"), r.UniqueId},
        {QStringLiteral("Name"), r.Name},
        {QStringLiteral("Description"), codec::toJson(r.Description)},
        {QStringLiteral("GroupName"), codec::toJson(r.GroupName)},
        {QStringLiteral("ResourceTypeName"), r.ResourceTypeName},
        {QStringLiteral("Visible"), r.Visible},
        {QStringLiteral("DisplayOrder"), r.DisplayOrder},
        {QStringLiteral("BusinessId"), r.BusinessId},
        {QStringLiteral("BusinessName"), r.BusinessName},
        {QStringLiteral("BusinessWebAddress"), b ? QString(b->WebAddress + QStringLiteral(".spaces.nexudus.com")) : QString()},
        {QStringLiteral("HasImage"), !r.PictureFileName.isEmpty()},
        {QStringLiteral("CreatedOn"), localTime(r.CreatedOn, tz)},
        {QStringLiteral("UpdatedOn"), localTime(r.UpdatedOn, tz)},
        {QStringLiteral("CreatedOnUtc"), codec::formatDate(r.CreatedOn)},
        {QStringLiteral("UpdatedOnUtc"), codec::formatDate(r.UpdatedOn)},
    };
}

QJsonObject resourceType(const DemoData &data, qint64 typeId)
{
    const ResourceTypeRec *t = data.resourceTypes.find(typeId);
    if (!t)
        return {};
    const Business *b = data.business(t->BusinessId);
    QJsonArray rates;
    for (const BookingRate &rate : data.ratesForType(typeId)) {
        rates.append(QJsonObject{
            {QStringLiteral("Id"), rate.Id},
            {QStringLiteral("Name"), rate.Name},
            {QStringLiteral("Price"), rate.Price},
            {QStringLiteral("PriceFormatted"), b ? formatMoney(*b, rate.Price) : QString::number(rate.Price)},
            {QStringLiteral("CurrencyCode"), b ? b->CurrencyCode : QString()},
            {QStringLiteral("ChargePeriod"), rate.ChargePeriod},
            {QStringLiteral("ChargePeriodName"), chargePeriodName(rate.ChargePeriod)},
        });
    }
    return {{QStringLiteral("Id"), t->Id}, {QStringLiteral("UniqueId"), t->UniqueId}, {QStringLiteral("Name"), t->Name},
            {QStringLiteral("BusinessId"), t->BusinessId}, {QStringLiteral("BookingRates"), rates}};
}

QJsonObject resourceDetails(const DemoData &data, int row)
{
    QJsonObject o = data.resources.object(row, true);
    for (int f = 0; f < data.resources.fieldCount(); ++f) {
        if (data.resources.fieldFlags(f) & Secret)
            o.remove(data.resources.fieldName(f));
    }
    o.remove(QStringLiteral("NewPictureUrl"));
    o.remove(QStringLiteral("ClearPictureFile"));
    const ResourceRec &r = data.resources.at(row);
    const Business *b = data.business(r.BusinessId);
    o.insert(QStringLiteral("ResourceType"), resourceType(data, r.ResourceTypeId));
    o.insert(QStringLiteral("BusinessWebAddress"), b ? QString(b->WebAddress + QStringLiteral(".spaces.nexudus.com")) : QString());
    o.insert(QStringLiteral("HasImage"), !r.PictureFileName.isEmpty());
    // Price: the cheapest hourly rate, else the cheapest rate of any period.
    std::optional<double> price;
    for (const BookingRate &rate : data.ratesForType(r.ResourceTypeId)) {
        if (rate.ChargePeriod == 2 && (!price || rate.Price < *price))
            price = rate.Price;
    }
    if (!price) {
        for (const BookingRate &rate : data.ratesForType(r.ResourceTypeId)) {
            if (!price || rate.Price < *price)
                price = rate.Price;
        }
    }
    o.insert(QStringLiteral("Price"), price ? QJsonValue(*price) : QJsonValue());
    o.insert(QStringLiteral("PriceFormatted"), price && b ? QJsonValue(formatMoney(*b, *price)) : QJsonValue());
    const QString tz = b ? b->TimeZone : QStringLiteral("UTC");
    o.insert(QStringLiteral("CreatedOnUtc"), codec::formatDate(r.CreatedOn));
    o.insert(QStringLiteral("UpdatedOnUtc"), codec::formatDate(r.UpdatedOn));
    o.insert(QStringLiteral("CreatedOn"), localTime(r.CreatedOn, tz));
    o.insert(QStringLiteral("UpdatedOn"), localTime(r.UpdatedOn, tz));
    return o;
}

QJsonObject business(const Business &b)
{
    const QString web = b.WebAddress + QStringLiteral(".spaces.nexudus.com");
    return {
        {QStringLiteral("Id"), b.Id},
        {QStringLiteral("UniqueId"), b.UniqueId},
        {QStringLiteral("Name"), b.Name},
        {QStringLiteral("WebAddress"), web},
        {QStringLiteral("Currency"), QJsonObject{{QStringLiteral("Code"), b.CurrencyCode},
                                                 {QStringLiteral("Name"), b.CurrencyName},
                                                 {QStringLiteral("Format"), b.CurrencyFormat}}},
        {QStringLiteral("LanguageCulture"), b.LanguageCulture},
        {QStringLiteral("TimeZone"), b.TimeZone},
        {QStringLiteral("Address"), b.Address},
        {QStringLiteral("TownCity"), b.TownCity},
        {QStringLiteral("PostalCode"), b.PostalCode},
        {QStringLiteral("Country"), QJsonObject{{QStringLiteral("Id"), b.CountryId},
                                                {QStringLiteral("Name"), b.CountryName},
                                                {QStringLiteral("TwoDigitsCode"), b.CountryCode}}},
        {QStringLiteral("Latitude"), b.Latitude},
        {QStringLiteral("Longitude"), b.Longitude},
        {QStringLiteral("NativeHomeUrl"), QString(QStringLiteral("https://") + web + QStringLiteral("/home"))},
        {QStringLiteral("NativeHomeUrlWithLanguage"), QString(QStringLiteral("https://") + web + QStringLiteral("/en/home"))},
    };
}

bool isPublished(const BlogPostRec &post, const QDateTime &now)
{
    return post.PublishDate.isValid() && post.PublishDate <= now
        && (!post.UnpublishDate.isValid() || post.UnpublishDate > now);
}

QList<int> publishedPostRows(const DemoData &data)
{
    QList<int> rows;
    const QDateTime now = data.now();
    for (int i = 0; i < data.blogPosts.rowCount(); ++i) {
        if (isPublished(data.blogPosts.at(i), now))
            rows.append(i);
    }
    return rows;
}

QJsonObject blogCategory(const BlogCategoryRec &c)
{
    return {{QStringLiteral("Id"), c.Id}, {QStringLiteral("Title"), c.Title}, {QStringLiteral("UniqueId"), c.UniqueId}};
}

QJsonArray blogCategories(const DemoData &data)
{
    QJsonArray out;
    for (const auto &c : data.blogCategories.rows())
        out.append(blogCategory(c));
    return out;
}

QJsonObject blogPost(const DemoData &data, const BlogPostRec &post)
{
    QJsonArray categories;
    for (qint64 id : post.BlogCategories) {
        if (const BlogCategoryRec *c = data.blogCategories.find(id))
            categories.append(QJsonObject{{QStringLiteral("Id"), c->Id}, {QStringLiteral("Title"), c->Title}});
    }
    QJsonArray comments;
    for (const auto &c : data.blogPostComments.rows()) {
        if (c.BlogPostId != post.Id || !c.Published)
            continue;
        comments.append(QJsonObject{{QStringLiteral("Id"), c.Id},
                                    {QStringLiteral("Title"), c.Title},
                                    {QStringLiteral("Text"), c.Text},
                                    {QStringLiteral("PostedBy"), QJsonObject{{QStringLiteral("FullName"), c.PostedByFullName}}},
                                    {QStringLiteral("CreatedOn"), codec::formatDate(c.CreatedOn)}});
    }
    return {
        {QStringLiteral("Id"), post.Id},
        {QStringLiteral("UniqueId"), post.UniqueId},
        {QStringLiteral("Business"), businessRef(data, post.BusinessId)},
        {QStringLiteral("Title"), post.Title},
        {QStringLiteral("SummaryText"), codec::toJson(post.SummaryText)},
        {QStringLiteral("FullText"), codec::toJson(post.FullText)},
        {QStringLiteral("PublishDate"), codec::toJson(post.PublishDate)},
        {QStringLiteral("PublishDateUtc"), codec::toJson(post.PublishDate)},
        {QStringLiteral("CreatedOn"), codec::toJson(post.CreatedOn)},
        {QStringLiteral("UpdatedOn"), codec::toJson(post.UpdatedOn)},
        {QStringLiteral("PostedBy"), QJsonObject{{QStringLiteral("FullName"), post.PostedByFullName}}},
        {QStringLiteral("BlogCategories"), categories},
        {QStringLiteral("AllowComments"), post.AllowComments},
        {QStringLiteral("Featured"), post.ShowInHomePage},
        {QStringLiteral("ShowInHomePage"), post.ShowInHomePage},
        {QStringLiteral("ShowInHomeBanner"), post.ShowInHomeBanner},
        {QStringLiteral("HasImage"), !post.ImageFileName.isEmpty()},
        {QStringLiteral("Comments"), comments},
    };
}

} // namespace emulator::PublicViews

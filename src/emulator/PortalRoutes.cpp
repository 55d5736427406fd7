// SPDX-License-Identifier: GPL-3.0-or-later
#include "PortalRoutes.h"

#include "ListQuery.h"
#include "PublicViews.h"

namespace emulator {

namespace {

Response methodNotAllowed(const QByteArray &method, const QByteArray &allow)
{
    Response r = Response::message(405, QStringLiteral("The requested resource does not support http method '%1'.")
                                             .arg(QString::fromLatin1(method)));
    r.setHeader("Allow", allow);
    return r;
}

ListQuery::Options publicOptions()
{
    ListQuery::Options o;
    o.flavor = ListQuery::Flavor::Public;
    return o;
}

} // namespace

PortalRoutes::PortalRoutes(DemoData &data, ListForm roomsListForm) : m_data(data), m_roomsListForm(roomsListForm) {}

std::optional<Response> PortalRoutes::handle(const Request &request, const Account *account)
{
    const QString p = request.path.toLower();
    const bool get = request.method == "GET";
    auto route = [&](bool needsAccount, auto &&fn) -> std::optional<Response> {
        if (!get)
            return methodNotAllowed(request.method, "GET");
        if (needsAccount && !account)
            return Response::empty(401);
        return fn();
    };
    if (p == QLatin1String("/api/public/resources/published/summary"))
        return route(false, [&] { return summaries(request); });
    if (p == QLatin1String("/api/public/resources/published/details"))
        return route(false, [&] { return details(request); });
    if (p.startsWith(QLatin1String("/api/public/resources/published/")) && p.count(QLatin1Char('/')) == 5)
        return route(false, [&] { return oneResource(request.path.section(QLatin1Char('/'), 5, 5)); });
    if (p == QLatin1String("/api/public/coworkers/profiles"))
        return route(true, [&] { return profiles(*account); });
    if (p == QLatin1String("/api/public/businesses/current"))
        return route(false, [&] { return currentBusiness(); });
    if (p == QLatin1String("/api/public/blogposts"))
        return route(false, [&] { return blogPosts(request, account); });
    return std::nullopt;
}

Response PortalRoutes::summaries(const Request &request)
{
    return roomsList(request, false);
}

Response PortalRoutes::details(const Request &request)
{
    return roomsList(request, true);
}

Response PortalRoutes::roomsList(const Request &request, bool details)
{
    Request asked = request;
    const bool whole = m_roomsListForm == ListForm::BareArray || m_roomsListForm == ListForm::NamedArray;
    if (whole || m_roomsListForm == ListForm::IgnoresPaging) {
        asked.query.removeAllQueryItems(QStringLiteral("page"));
        if (whole) {
            asked.query.removeAllQueryItems(QStringLiteral("size"));
            asked.query.addQueryItem(QStringLiteral("size"), QStringLiteral("1000"));
        }
    }
    ListQuery::Options options = publicOptions();
    if (whole)
        options.maxSize = 100000;
    const auto result = ListQuery::run(asked, m_data.resources, PublicViews::publishedResourceRows(m_data), options);
    QJsonArray records;
    for (int row : result.rows)
        records.append(details ? PublicViews::resourceDetails(m_data, row)
                               : PublicViews::resourceSummary(m_data, m_data.resources.at(row)));
    switch (m_roomsListForm) {
    case ListForm::BareArray:
        return Response::ofJson(records);
    case ListForm::NamedArray:
        return Response::ofJson(QJsonObject{{QStringLiteral("PublicResources"), records}});
    case ListForm::IgnoresPaging: {
        QJsonObject envelope = result.envelope(records);
        envelope.insert(QStringLiteral("HasNextPage"), true);
        return Response::ofJson(envelope);
    }
    case ListForm::ApiListResult:
        break;
    }
    return Response::ofJson(result.envelope(records));
}

Response PortalRoutes::oneResource(const QString &idText)
{
    bool ok = false;
    const int row = m_data.resources.rowForId(idText.toLongLong(&ok));
    if (!ok || row < 0 || !m_data.resources.at(row).Visible || m_data.resources.at(row).Archived)
        return Response::notFoundString();
    return Response::ofJson(QJsonObject{{QStringLiteral("Resource"), PublicViews::resourceDetails(m_data, row)}});
}

Response PortalRoutes::profiles(const Account &account)
{
    const Business &home = m_data.businesses.first();
    QJsonArray profiles;
    profiles.append(QJsonObject{
        {QStringLiteral("Id"), account.coworkerId},
        {QStringLiteral("FullName"), account.fullName},
        {QStringLiteral("CompanyName"), account.companyName.isEmpty() ? QJsonValue() : QJsonValue(account.companyName)},
        {QStringLiteral("Active"), true},
        {QStringLiteral("IsDefaultProfile"), true},
        {QStringLiteral("CoworkerType"), account.coworkerType},
        {QStringLiteral("HasVirtualOffice"), false},
        {QStringLiteral("VirtualOfficePaused"), false},
        {QStringLiteral("VirtualOfficeContractId"), QJsonValue()},
        {QStringLiteral("BusinessId"), home.Id},
        {QStringLiteral("BusinessName"), home.Name},
    });
    return Response::ofJson(QJsonObject{
        {QStringLiteral("User"), QJsonObject{{QStringLiteral("Id"), account.userId},
                                             {QStringLiteral("FullName"), account.fullName},
                                             {QStringLiteral("Email"), account.email},
                                             {QStringLiteral("Active"), true},
                                             {QStringLiteral("IsAdmin"), account.isAdmin},
                                             {QStringLiteral("AccessToken"), QJsonValue()}}},
        {QStringLiteral("DefaultBusiness"), PublicViews::businessRef(m_data, home.Id)},
        {QStringLiteral("Profiles"), profiles},
    });
}

Response PortalRoutes::currentBusiness()
{
    return Response::ofJson(PublicViews::business(m_data.businesses.first()));
}

Response PortalRoutes::blogPosts(const Request &request, const Account *account)
{
    const QString featured = request.param(QStringLiteral("featured")).value_or(QString()).toLower();
    bool idOk = false;
    const qint64 categoryId = request.param(QStringLiteral("categoryId")).value_or(QString()).toLongLong(&idOk);
    const BlogCategoryRec *category = idOk ? m_data.blogCategories.find(categoryId) : nullptr;
    QList<int> candidates;
    for (int row : PublicViews::publishedPostRows(m_data)) {
        const BlogPostRec &p = m_data.blogPosts.at(row);
        if (featured == QLatin1String("true") && !p.ShowInHomePage)
            continue;
        if (idOk && !p.BlogCategories.contains(categoryId))
            continue;
        if ((p.OnlyForMembers || p.OnlyForContacts) && !account)
            continue;
        candidates.append(row);
    }
    ListQuery::Options options = publicOptions();
    options.sizeAlias = QStringLiteral("top");
    options.defaultOrderBy = QStringLiteral("PublishDate");
    options.defaultDescending = true;
    const auto result = ListQuery::run(request, m_data.blogPosts, candidates, options);
    QJsonArray records;
    for (int row : result.rows)
        records.append(PublicViews::blogPost(m_data, m_data.blogPosts.at(row)));
    return Response::ofJson(QJsonObject{
        {QStringLiteral("BlogPosts"), result.envelope(records)},
        {QStringLiteral("Category"), category ? QJsonValue(PublicViews::blogCategory(*category)) : QJsonValue()},
        {QStringLiteral("Categories"), PublicViews::blogCategories(m_data)},
    });
}

} // namespace emulator

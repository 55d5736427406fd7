// SPDX-License-Identifier: GPL-3.0-or-later
#include "BillingRoutes.h"

#include "ListQuery.h"

#include <QUuid>

namespace emulator {

namespace {

// One booking rate as the admin API shows it. Built from DemoData::bookingRates per request:
// the rates are few (one to three per resource type) and read-only here.
struct ExtraServiceRec
{
    qint64 Id = 0;
    QString UniqueId;
    qint64 BusinessId = 0;
    QString BusinessName, Name, CurrencyCode;
    double Price = 0;
    int ChargePeriod = 2;
    qint64 ResourceTypeId = 0;
    QString ResourceTypeName;
};

QList<FieldDef<ExtraServiceRec>> extraServiceFields()
{
    using R = ExtraServiceRec;
    return {
        field<R>("Id", &R::Id, Server),
        field<R>("UniqueId", &R::UniqueId, Server),
        field<R>("BusinessId", &R::BusinessId),
        field<R>("BusinessName", &R::BusinessName, Server),
        field<R>("Name", &R::Name),
        field<R>("Price", &R::Price),
        field<R>("CurrencyCode", &R::CurrencyCode, Server),
        field<R>("ChargePeriod", &R::ChargePeriod),
        field<R>("ResourceTypeId", &R::ResourceTypeId),
        field<R>("ResourceTypeName", &R::ResourceTypeName, Server),
    };
}

TypedTable<ExtraServiceRec> rateTable(const DemoData &data)
{
    TypedTable<ExtraServiceRec> table(QStringLiteral("ExtraService"), extraServiceFields(), 1);
    table.reserve(int(data.bookingRates.size()));
    // A fixed namespace: the same rate always has the same UniqueId, without touching the data's RNG.
    static const QUuid ns(QStringLiteral("{6f1c1b9e-2f55-4a3e-9b43-7d1e5a0c2b11}"));
    for (const BookingRate &rate : data.bookingRates) {
        ExtraServiceRec r;
        r.Id = rate.Id;
        r.UniqueId = QUuid::createUuidV5(ns, QString::number(rate.Id)).toString(QUuid::WithoutBraces);
        r.BusinessId = rate.BusinessId;
        const Business *b = data.business(rate.BusinessId);
        r.BusinessName = b ? b->Name : QString();
        r.CurrencyCode = b ? b->CurrencyCode : QString();
        r.Name = rate.Name;
        r.Price = rate.Price;
        r.ChargePeriod = rate.ChargePeriod;
        r.ResourceTypeId = rate.ResourceTypeId;
        const ResourceTypeRec *type = data.resourceTypes.find(rate.ResourceTypeId);
        r.ResourceTypeName = type ? type->Name : QString();
        table.add(r);
    }
    return table;
}

} // namespace

std::optional<Response> BillingRoutes::handle(const Request &request) const
{
    // /api/billing/extraservices[/{id}]
    const QStringList parts = request.path.mid(5).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() < 2 || parts.size() > 3 || parts.at(0).compare(QLatin1String("billing"), Qt::CaseInsensitive) != 0
        || parts.at(1).compare(QLatin1String("extraservices"), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    if (request.method != "GET") {
        Response r = Response::message(405, QStringLiteral("The requested resource does not support http method '%1'.")
                                                 .arg(QString::fromLatin1(request.method)));
        r.setHeader("Allow", "GET");
        return r;
    }
    const TypedTable<ExtraServiceRec> table = rateTable(m_data);
    if (parts.size() == 3) {
        bool ok = false;
        const qint64 id = parts.at(2).toLongLong(&ok);
        const int row = ok ? table.rowForId(id) : -1;
        if (row < 0)
            return Response::notFoundString();
        return Response::ofJson(table.object(row, true));
    }
    const ListQuery::Result result = ListQuery::run(request, table, std::nullopt);
    QJsonArray records;
    for (int row : result.rows)
        records.append(table.object(row, false));
    return Response::ofJson(result.envelope(records));
}

} // namespace emulator

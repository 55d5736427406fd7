// SPDX-License-Identifier: GPL-3.0-or-later
#include "BookingRoutes.h"

#include "ListQuery.h"
#include "LocalizedRoutes.h"
#include "SeriesRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <cmath>

namespace emulator {

namespace {

// Portal routes write the wall clock with a literal Z (docs §3.5); a client may send it with or without.
QDateTime parseWallClock(const QJsonValue &value)
{
    QString text = value.toString().trimmed();
    if (text.endsWith(QLatin1Char('Z')))
        text.chop(1);
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    if (dt.isValid())
        dt.setTimeSpec(Qt::UTC);
    return dt;
}

QString wallClockText(const QDateTime &dt)
{
    return dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
}

Response businessFailure(const QString &message)
{
    return Response::ofJson(QJsonObject{{QStringLiteral("Status"), 500},
                                        {QStringLiteral("Message"), message},
                                        {QStringLiteral("Value"), QJsonValue()},
                                        {QStringLiteral("Errors"), QJsonArray{QJsonObject{
                                             {QStringLiteral("AttemptedValue"), QJsonValue()},
                                             {QStringLiteral("Message"), message},
                                             {QStringLiteral("PropertyName"), QStringLiteral("Booking")}}}},
                                        {QStringLiteral("WasSuccessful"), false}});
}

QString messageFor(const QString &code)
{
    if (code == QLatin1String("BOOKING_CONFLICT") || code == QLatin1String("RESOURCE_FULL"))
        return QStringLiteral("This resource is already booked at that time.");
    if (code == QLatin1String("NO_PAST_BOOKINGS"))
        return QStringLiteral("Invalid booking date - start date cannot be in the past");
    return QStringLiteral("The booking could not be made (%1).").arg(code);
}

bool overlaps(const BookingRec &b, const QDateTime &from, const QDateTime &to, int bufferMinutes)
{
    return !b.cancelled && b.from < to.addSecs(60LL * bufferMinutes) && from < b.to.addSecs(60LL * bufferMinutes);
}

} // namespace

BookingRoutes::BookingRoutes(DemoData &data) : m_data(data) {}

QDateTime BookingRoutes::nowAt(const ResourceRec &resource) const
{
    const Business *business = m_data.business(resource.BusinessId);
    const QTimeZone zone(business ? business->TimeZone.toUtf8() : QByteArray("UTC"));
    const QDateTime local = m_data.now().toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    return QDateTime(local.date(), local.time(), Qt::UTC);
}

double BookingRoutes::priceOf(const ResourceRec &resource, const QDateTime &from, const QDateTime &to) const
{
    const QList<BookingRate> rates = m_data.ratesForType(resource.ResourceTypeId);
    if (rates.isEmpty())
        return 0;
    const double hours = double(from.secsTo(to)) / 3600.0;
    for (const BookingRate &rate : rates) {
        if (rate.ChargePeriod == 2)
            return std::round(rate.Price * hours * 100.0) / 100.0;
    }
    return rates.first().Price;
}

QString BookingRoutes::refusal(const ResourceRec &r, const QDateTime &from, const QDateTime &to, const Account &account) const
{
    if (!r.Visible || r.Archived)
        return QStringLiteral("NOT_AVAILABLE");
    if (!from.isValid() || !to.isValid() || to <= from)
        return QStringLiteral("INVALID_SHIFT");
    const QDateTime now = nowAt(r);
    if (from < now)
        return QStringLiteral("NO_PAST_BOOKINGS");
    if (r.OnlyForMembers && !account.isMember)
        return QStringLiteral("INVALID_TARIFF");
    if (r.OnlyForContacts && account.isMember)
        return QStringLiteral("NOT_REGISTERED");
    if (!r.Tariffs.isEmpty() || !r.Teams.isEmpty())
        return QStringLiteral("INVALID_TARIFF"); // demo members have no plan or team that matches
    if (r.BookInAdvanceLimit && *r.BookInAdvanceLimit > 0 && from > now.addSecs(qint64(*r.BookInAdvanceLimit * 86400.0)))
        return QStringLiteral("START_TIME_TOO_LATE");
    if (r.LateBookingLimit && *r.LateBookingLimit > 0 && from < now.addSecs(qint64(*r.LateBookingLimit * 60.0)))
        return QStringLiteral("START_TIME_TOO_EARLY");
    const qint64 minutes = from.secsTo(to) / 60;
    if (r.MaxBookingLength && *r.MaxBookingLength > 0 && minutes > *r.MaxBookingLength)
        return QStringLiteral("TOO_LONG");
    if (r.MinBookingLength && *r.MinBookingLength > 0 && minutes < *r.MinBookingLength)
        return QStringLiteral("TOO_SHORT");
    int sameTime = 0;
    bool bufferOnly = false;
    const int buffer = r.IntervalLimit.value_or(0);
    for (const BookingRec &b : m_bookings) {
        if (b.resourceId != r.Id || b.cancelled)
            continue;
        if (overlaps(b, from, to, 0))
            ++sameTime;
        else if (buffer > 0 && overlaps(b, from, to, buffer))
            bufferOnly = true;
        // No-return policies: after a booking ends, wait before the next one.
        if (r.NoReturnPolicyAllUsers && *r.NoReturnPolicyAllUsers > 0 && b.to <= from
            && from < b.to.addSecs(60LL * *r.NoReturnPolicyAllUsers))
            return QStringLiteral("NO_RETURN_POLICY");
        if (b.coworkerId == account.coworkerId && r.NoReturnPolicy && *r.NoReturnPolicy > 0 && b.to <= from
            && from < b.to.addSecs(60LL * *r.NoReturnPolicy))
            return QStringLiteral("NO_RETURN_POLICY");
    }
    if (sameTime > 0) {
        if (!r.AllowMultipleBookings)
            return QStringLiteral("BOOKING_CONFLICT");
        if (sameTime >= r.Allocation.value_or(1))
            return QStringLiteral("RESOURCE_FULL");
    }
    if (bufferOnly && !r.AllowMultipleBookings)
        return QStringLiteral("INVALID_INTERVAL");
    return {};
}

std::optional<Response> BookingRoutes::handle(const Request &request, const Account *account)
{
    const QString p = request.path.toLower();
    // GET /{lang}/bookings/fullCalendarBookings: the space's busy times (docs §5.4).
    const QStringList localized = p.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (localized.size() == 3 && LocalizedRoutes::languages().contains(localized.at(0))
        && localized.at(1) == QLatin1String("bookings") && localized.at(2) == QLatin1String("fullcalendarbookings")) {
        if (!account)
            return Response::empty(401);
        if (request.method != "GET")
            return Response::message(405, QStringLiteral("The requested resource does not support http method '%1'.")
                                              .arg(QString::fromLatin1(request.method)));
        return fullCalendar(request, *account);
    }
    const bool isBookingRoute = p.startsWith(QLatin1String("/api/public/bookings"))
                                || p.startsWith(QLatin1String("/api/public/checkout/basket/"));
    if (!isBookingRoute)
        return std::nullopt;
    if (!account)
        return Response::empty(401);
    const QByteArray &m = request.method;
    if (p == QLatin1String("/api/public/bookings/available") && m == "POST")
        return available(request, *account);
    if (p == QLatin1String("/api/public/checkout/basket/preview") && m == "POST")
        return basket(request, *account, false);
    if (p == QLatin1String("/api/public/checkout/basket/invoice") && m == "POST")
        return basket(request, *account, true);
    if (p == QLatin1String("/api/public/bookings/my") && m == "GET")
        return list(request, *account, false);
    if (p == QLatin1String("/api/public/bookings/cancelled") && m == "GET")
        return list(request, *account, true);
    const QStringList parts = p.split(QLatin1Char('/'), Qt::SkipEmptyParts); // api public bookings {id} [cancellationfee]
    bool ok = false;
    const qint64 id = parts.value(3).toLongLong(&ok);
    if (parts.value(2) == QLatin1String("bookings") && ok) {
        if (parts.size() == 4 && m == "GET")
            return one(id, *account);
        if (parts.size() == 4 && m == "DELETE")
            return cancel(id, *account);
        if (parts.size() == 5 && parts.at(4) == QLatin1String("cancellationfee") && m == "GET")
            return cancellationFee(id, *account);
    }
    return Response::message(404, QStringLiteral("No HTTP resource was found that matches the request URI."));
}

Response BookingRoutes::available(const Request &request, const Account &account)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const int row = m_data.resources.rowForId(body.value(QStringLiteral("ResourceId")).toVariant().toLongLong());
    QString code;
    QString message;
    const QDateTime from = parseWallClock(body.value(QStringLiteral("FromTime")));
    if (row < 0) {
        code = QStringLiteral("NO_RESOURCE");
    } else {
        code = refusal(m_data.resources.at(row), from, parseWallClock(body.value(QStringLiteral("ToTime"))), account);
        if (code.isEmpty()) {
            message = series::refusal(m_data.resources.at(row), m_bookings,
                                      body.value(QStringLiteral("RepeatSeriesUniqueId")).toString(), from);
            if (!message.isEmpty())
                code = QStringLiteral("CUSTOM_MESSAGE");
        }
    }
    return Response::ofJson(QJsonObject{{QStringLiteral("Available"), code.isEmpty()},
                                        {QStringLiteral("ErrorCode"), code},
                                        {QStringLiteral("Message"), message.isEmpty() ? QJsonValue() : QJsonValue(message)},
                                        {QStringLiteral("CoworkerId"), account.coworkerId},
                                        {QStringLiteral("BookingId"), QJsonValue()}});
}

Response BookingRoutes::basket(const Request &request, const Account &account, bool create)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QJsonArray items = body.value(QStringLiteral("Basket")).toArray();
    if (items.isEmpty())
        return Response::message(400, QStringLiteral("Basket: is a required field"));
    QJsonArray lines;
    double total = 0;
    QList<BookingRec> toCreate;
    QString currency = QStringLiteral("EUR");
    for (const QJsonValue &item : items) {
        const QJsonObject booking = item.toObject().value(QStringLiteral("Booking")).toObject();
        const int row = m_data.resources.rowForId(booking.value(QStringLiteral("ResourceId")).toVariant().toLongLong());
        if (row < 0)
            return businessFailure(messageFor(QStringLiteral("NO_RESOURCE")));
        const ResourceRec &resource = m_data.resources.at(row);
        BookingRec rec;
        rec.uniqueId = booking.value(QStringLiteral("UniqueId")).toString();
        // The same client GUID twice is the same booking: never a second one.
        const bool duplicate = !rec.uniqueId.isEmpty()
                               && std::any_of(m_bookings.cbegin(), m_bookings.cend(),
                                              [&](const BookingRec &b) { return b.uniqueId == rec.uniqueId; });
        if (duplicate && create)
            continue;
        rec.resourceId = resource.Id;
        rec.coworkerId = account.coworkerId;
        rec.coworkerName = account.fullName;
        rec.from = parseWallClock(booking.value(QStringLiteral("FromTime")));
        rec.to = parseWallClock(booking.value(QStringLiteral("ToTime")));
        rec.notes = booking.value(QStringLiteral("Notes")).toString();
        rec.tentative = resource.RequiresConfirmation;
        if (const QString code = refusal(resource, rec.from, rec.to, account); !code.isEmpty())
            return businessFailure(messageFor(code));
        rec.seriesId = booking.value(QStringLiteral("RepeatSeriesUniqueId")).toString();
        rec.repeatFields = series::repeatFields(booking);
        // The limits count this basket's earlier occurrences too.
        if (const QString why = series::refusal(resource, m_bookings + toCreate, rec.seriesId, rec.from); !why.isEmpty())
            return businessFailure(why);
        rec.price = priceOf(resource, rec.from, rec.to);
        if (const Business *business = m_data.business(resource.BusinessId))
            currency = business->CurrencyCode;
        total += rec.price;
        lines.append(QJsonObject{{QStringLiteral("BookingUniqueId"), rec.uniqueId},
                                 {QStringLiteral("UnitPrice"), rec.price},
                                 {QStringLiteral("SubTotal"), rec.price},
                                 {QStringLiteral("TaxAmount"), 0},
                                 {QStringLiteral("Description"), resource.Name}});
        toCreate.append(rec);
    }
    if (!create)
        return Response::ofJson(QJsonObject{{QStringLiteral("Currency"), QJsonObject{{QStringLiteral("Code"), currency}}},
                                            {QStringLiteral("TotalAmount"), total},
                                            {QStringLiteral("TaxAmount"), 0},
                                            {QStringLiteral("LinesRaw"), lines},
                                            {QStringLiteral("WasSuccessful"), true},
                                            {QStringLiteral("Status"), 200},
                                            {QStringLiteral("Message"), QJsonValue()},
                                            {QStringLiteral("Errors"), QJsonValue()}});
    for (BookingRec &rec : toCreate) {
        rec.id = m_nextId++;
        rec.createdOn = m_data.now();
        m_bookings.append(rec);
    }
    return Response::empty(200); // documented: the invoice answer is empty and carries no id
}

Response BookingRoutes::list(const Request &request, const Account &account, bool cancelled)
{
    const QString upcomingParam = request.param(QStringLiteral("showUpcoming")).value_or(QString()).toLower();
    QList<const BookingRec *> mine;
    for (const BookingRec &b : m_bookings) {
        if (b.coworkerId != account.coworkerId || b.cancelled != cancelled)
            continue;
        const int row = m_data.resources.rowForId(b.resourceId);
        if (!cancelled && !upcomingParam.isEmpty() && row >= 0) {
            const bool upcoming = b.to > nowAt(m_data.resources.at(row));
            if (upcoming != (upcomingParam == QLatin1String("true")))
                continue;
        }
        mine.append(&b);
    }
    std::sort(mine.begin(), mine.end(), [](const BookingRec *a, const BookingRec *b) { return a->from < b->from; });
    ListQuery::Result page;
    page.flavor = ListQuery::Flavor::Public;
    page.orderField = QStringLiteral("FromTime");
    page.totalItems = int(mine.size());
    page.pageSize = qBound(1, request.param(QStringLiteral("size")).value_or(QStringLiteral("25")).toInt(), 1000);
    page.page = qMax(1, request.param(QStringLiteral("page")).value_or(QStringLiteral("1")).toInt());
    QJsonArray records;
    for (qsizetype i = qsizetype(page.page - 1) * page.pageSize; i < mine.size() && records.size() < page.pageSize; ++i)
        records.append(toJson(*mine.at(i)));
    return Response::ofJson(page.envelope(records));
}

BookingRec *BookingRoutes::find(qint64 id)
{
    for (BookingRec &b : m_bookings) {
        if (b.id == id)
            return &b;
    }
    return nullptr;
}

Response BookingRoutes::one(qint64 id, const Account &account)
{
    const BookingRec *b = find(id);
    if (!b || b->coworkerId != account.coworkerId)
        return Response::notFoundString();
    const int row = m_data.resources.rowForId(b->resourceId);
    return Response::ofJson(QJsonObject{
        {QStringLiteral("Booking"), toJson(*b)},
        {QStringLiteral("Resource"), QJsonObject{{QStringLiteral("Id"), b->resourceId},
                                                 {QStringLiteral("Name"), row >= 0 ? m_data.resources.at(row).Name : QString()}}}});
}

double BookingRoutes::feeFor(const BookingRec &b) const
{
    const int row = m_data.resources.rowForId(b.resourceId);
    if (row < 0)
        return 0;
    const ResourceRec &r = m_data.resources.at(row);
    if (!r.ChargeCancellationFee || !r.LateCancellationLimit)
        return 0;
    const bool late = nowAt(r).addSecs(60LL * *r.LateCancellationLimit) > b.from;
    if (!late)
        return 0;
    if (r.CancellationFeeType == 1)
        return r.CancellationFeeAmount.value_or(0);
    if (r.CancellationFeeType == 2)
        return std::round(b.price * r.CancellationFeePercentage.value_or(0)) / 100.0;
    return 0;
}

Response BookingRoutes::cancellationFee(qint64 id, const Account &account)
{
    const BookingRec *b = find(id);
    if (!b || b->coworkerId != account.coworkerId)
        return Response::notFoundString();
    const double fee = feeFor(*b);
    const int row = m_data.resources.rowForId(b->resourceId);
    const Business *business = row >= 0 ? m_data.business(m_data.resources.at(row).BusinessId) : nullptr;
    const QString format = business ? business->CurrencyFormat : QStringLiteral("{0}");
    return Response::ofJson(QJsonObject{{QStringLiteral("HasCancellationFee"), fee > 0},
                                        {QStringLiteral("CancellationFee"), fee},
                                        {QStringLiteral("CancellationFeeFormatted"),
                                         QString(format).replace(QStringLiteral("{0}"), QString::number(fee, 'f', 2))}});
}

Response BookingRoutes::cancel(qint64 id, const Account &account)
{
    BookingRec *b = find(id);
    if (!b || b->coworkerId != account.coworkerId)
        return Response::notFoundString();
    if (b->cancelled)
        return businessFailure(QStringLiteral("This booking has already been cancelled."));
    b->cancelled = true;
    return Response::ofJson(QJsonObject{{QStringLiteral("Status"), 200},
                                        {QStringLiteral("Message"), QStringLiteral("The booking was cancelled.")},
                                        {QStringLiteral("Value"), QJsonValue()},
                                        {QStringLiteral("Errors"), QJsonValue()},
                                        {QStringLiteral("WasSuccessful"), true}});
}

Response BookingRoutes::fullCalendar(const Request &request, const Account &account)
{
    // start and end are dates; end is exclusive, as FullCalendar sends it. Missing ones fail with 500
    // like the real portal. Rows are a bare camelCase array, wall-clock times, others anonymised.
    const QDate start = QDate::fromString(request.param(QStringLiteral("start")).value_or(QString()).left(10), Qt::ISODate);
    const QDate end = QDate::fromString(request.param(QStringLiteral("end")).value_or(QString()).left(10), Qt::ISODate);
    if (!start.isValid() || !end.isValid())
        return Response::message(500, QStringLiteral("An error has occurred."));
    const QDateTime from(start, QTime(0, 0), Qt::UTC);
    const QDateTime to(end, QTime(0, 0), Qt::UTC);
    const qint64 onlyResource = request.param(QStringLiteral("resourceId")).value_or(QString()).toLongLong();
    QJsonArray rows;
    for (const BookingRec &b : std::as_const(m_bookings)) {
        if (b.cancelled || !(b.from < to && from < b.to) || (onlyResource != 0 && b.resourceId != onlyResource))
            continue;
        const int row = m_data.resources.rowForId(b.resourceId);
        const ResourceRec *r = row >= 0 ? &m_data.resources.at(row) : nullptr;
        const bool mine = b.coworkerId == account.coworkerId;
        rows.append(QJsonObject{{QStringLiteral("id"), b.id},
                                {QStringLiteral("resourceId"), b.resourceId},
                                {QStringLiteral("resourceName"), r ? r->Name : QString()},
                                {QStringLiteral("resourceTypeName"), r ? r->ResourceTypeName : QString()},
                                {QStringLiteral("title"), mine ? b.coworkerName : QStringLiteral("Booked")},
                                {QStringLiteral("start"), b.from.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
                                {QStringLiteral("end"), b.to.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
                                {QStringLiteral("allDay"), false},
                                {QStringLiteral("notes"), mine ? b.notes : QString()},
                                {QStringLiteral("editable"), mine},
                                {QStringLiteral("teamBooking"), false},
                                {QStringLiteral("groupName"), r ? r->GroupName : QString()},
                                {QStringLiteral("coworkerId"), mine ? QString::number(b.coworkerId) : QString()},
                                {QStringLiteral("coworkerEmail"), QString()},
                                {QStringLiteral("coworkerFullName"), mine ? b.coworkerName : QString()},
                                {QStringLiteral("coworkerCompanyName"), QString()},
                                {QStringLiteral("private"), !mine},
                                {QStringLiteral("event"), false},
                                {QStringLiteral("tentative"), b.tentative},
                                {QStringLiteral("invoiced"), false},
                                {QStringLiteral("ignoreTimezone"), true}});
    }
    return Response::ofJson(rows);
}

QJsonObject BookingRoutes::toJson(const BookingRec &b) const
{
    const int row = m_data.resources.rowForId(b.resourceId);
    const ResourceRec *r = row >= 0 ? &m_data.resources.at(row) : nullptr;
    const qint64 minutesToStart = r ? nowAt(*r).secsTo(b.from) / 60 : 0;
    QJsonObject json{{QStringLiteral("Id"), b.id},
                     {QStringLiteral("UniqueId"), b.uniqueId},
                     {QStringLiteral("BookingNumber"), QStringLiteral("B%1").arg(b.id)},
                     {QStringLiteral("ResourceId"), b.resourceId},
                     {QStringLiteral("ResourceName"), r ? r->Name : QString()},
                     {QStringLiteral("ResourceTypeName"), r ? r->ResourceTypeName : QString()},
                     {QStringLiteral("ResourceBusinessId"), r ? r->BusinessId : 0},
                     {QStringLiteral("ResourceBusinessName"), r ? r->BusinessName : QString()},
                     {QStringLiteral("CoworkerId"), b.coworkerId},
                     {QStringLiteral("CoworkerFullName"), b.coworkerName},
                     {QStringLiteral("FromTime"), wallClockText(b.from)},
                     {QStringLiteral("ToTime"), wallClockText(b.to)},
                     {QStringLiteral("Notes"), b.notes},
                     {QStringLiteral("Tentative"), b.tentative},
                     {QStringLiteral("Invoiced"), false},
                     {QStringLiteral("Online"), true},
                     {QStringLiteral("EstimatedCost"), b.price},
                     {QStringLiteral("MinutesToStart"), minutesToStart},
                     {QStringLiteral("CreatedOn"), b.createdOn.toString(Qt::ISODate)}};
    json.insert(QStringLiteral("RepeatBooking"), !b.seriesId.isEmpty());
    json.insert(QStringLiteral("RepeatSeriesUniqueId"), b.seriesId.isEmpty() ? QJsonValue() : QJsonValue(b.seriesId));
    for (auto it = b.repeatFields.constBegin(); it != b.repeatFields.constEnd(); ++it) {
        if (!json.contains(it.key()))
            json.insert(it.key(), it.value());
    }
    return json;
}

void BookingRoutes::seed(qint64 memberCoworkerId, const QString &memberName)
{
    // Relative to today so the demo always has upcoming and past bookings; deterministic otherwise.
    int picked = 0;
    for (int row = 0; row < m_data.resources.rowCount() && picked < 12; ++row) {
        const ResourceRec &r = m_data.resources.at(row);
        if (!r.Visible || r.Archived || r.HideInCalendar || r.SystemResourceType != 1)
            continue;
        const QDateTime today(nowAt(r).date(), QTime(0, 0), Qt::UTC);
        auto add = [&](qint64 coworker, const QString &name, int dayOffset, int hour, int hours, bool cancelled) {
            BookingRec b;
            b.id = m_nextId++;
            b.uniqueId = m_data.newGuid();
            b.resourceId = r.Id;
            b.coworkerId = coworker;
            b.coworkerName = name;
            b.from = today.addDays(dayOffset).addSecs(3600LL * hour);
            b.to = b.from.addSecs(3600LL * hours);
            b.tentative = r.RequiresConfirmation;
            b.cancelled = cancelled;
            b.price = priceOf(r, b.from, b.to);
            b.createdOn = m_data.now();
            m_bookings.append(b);
        };
        // Other members keep some rooms busy over the next days.
        add(0, QStringLiteral("Another member"), 1 + picked % 3, 9 + picked % 5, 2, false);
        if (picked == 0) {
            add(memberCoworkerId, memberName, 2, 15, 1, false);  // upcoming
            add(memberCoworkerId, memberName, -3, 11, 1, false); // past
            add(memberCoworkerId, memberName, 4, 16, 1, true);   // cancelled
        }
        if (picked == 1)
            add(memberCoworkerId, memberName, 6, 10, 2, false);
        if (picked == 2) { // a weekly series of three (docs/emulator.md, "Series")
            const QString series = m_data.newGuid();
            for (int week = 0; week < 3; ++week) {
                add(memberCoworkerId, memberName, 3 + 7 * week, 9, 1, false);
                m_bookings.last().seriesId = series;
                m_bookings.last().repeatFields = QJsonObject{{QStringLiteral("Repeats"), 2}, {QStringLiteral("RepeatEvery"), 1}};
            }
        }
        ++picked;
    }
}

} // namespace emulator

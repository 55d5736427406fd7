// SPDX-License-Identifier: GPL-3.0-or-later
#include "BookingCommands.h"

#include "ApiCalls.h"
#include "MyBookingsRepository.h"

#include "api/ApiClient.h"
#include "domain/BookingErrors.h"
#include "json/JsonRead.h"

#include <QJsonArray>
#include <QTimer>
#include <QUuid>

namespace repository {

namespace {
QJsonObject basketBody(const QList<domain::BookingDraft> &drafts, bool forInvoice)
{
    QJsonArray items;
    for (const domain::BookingDraft &draft : drafts)
        items.append(QJsonObject{{QStringLiteral("Type"), QStringLiteral("booking")},
                                 {QStringLiteral("Booking"), BookingCommands::bookingBody(draft)}});
    QJsonObject body{{QStringLiteral("Basket"), items}};
    if (forInvoice) {
        body.insert(QStringLiteral("agreedTermsAndConditions"), true);
        body.insert(QStringLiteral("createZeroValueInvoice"), true);
    }
    return body;
}

void addSeriesFields(QJsonObject &booking, const domain::BookingDraft::Series &series)
{
    static const char *const days[] = {"RepeatOnMondays", "RepeatOnTuesdays", "RepeatOnWednesdays", "RepeatOnThursdays",
                                       "RepeatOnFridays", "RepeatOnSaturdays", "RepeatOnSundays"};
    booking.insert(QStringLiteral("RepeatBooking"), true);
    booking.insert(QStringLiteral("RepeatSeriesUniqueId"), series.uniqueId);
    booking.insert(QStringLiteral("Repeats"), series.repeats);
    booking.insert(QStringLiteral("RepeatEvery"), series.every);
    if (series.until.isValid())
        booking.insert(QStringLiteral("RepeatUntil"), QString(series.until.toString(Qt::ISODate) + QStringLiteral("T23:59:59")));
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        booking.insert(QLatin1String(days[day - 1]), series.on.contains(Qt::DayOfWeek(day)));
}

bool sameSlot(const domain::Booking &booking, const domain::BookingDraft &draft)
{
    return booking.resourceId == draft.resourceId && booking.from == draft.from && booking.to == draft.to;
}
} // namespace

BookingCommands::BookingCommands(api::ApiClient *client, QObject *parent) : QObject(parent), m_client(client) {}

bool BookingCommands::signedIn()
{
    if (m_client)
        return true;
    // The account was closed while a booking dialog stayed open: nothing is sent, and the dialog
    // hears it as it would hear a failed call (later, not inside its own call).
    QTimer::singleShot(0, this, [this] {
        const api::ApiError error = calls::notSignedIn();
        Q_EMIT failed(error.message(), error);
    });
    return false;
}

QJsonObject BookingCommands::bookingBody(const domain::BookingDraft &draft)
{
    QJsonObject booking{{QStringLiteral("Id"), 0},
                        {QStringLiteral("ResourceId"), draft.resourceId},
                        {QStringLiteral("FromTime"), domain::toWallClockString(draft.from)},
                        {QStringLiteral("ToTime"), domain::toWallClockString(draft.to)},
                        {QStringLiteral("UniqueId"), draft.uniqueId},
                        {QStringLiteral("BookingVisitors"), QJsonArray()},
                        {QStringLiteral("BookingProducts"), QJsonArray()}};
    if (draft.coworkerId > 0)
        booking.insert(QStringLiteral("CoworkerId"), draft.coworkerId);
    if (!draft.notes.isEmpty())
        booking.insert(QStringLiteral("Notes"), draft.notes);
    if (draft.series)
        addSeriesFields(booking, *draft.series);
    return booking;
}

void BookingCommands::checkAvailability(const domain::BookingDraft &draft)
{
    QJsonObject body{{QStringLiteral("ResourceId"), draft.resourceId},
                     {QStringLiteral("FromTime"), domain::toWallClockString(draft.from)},
                     {QStringLiteral("ToTime"), domain::toWallClockString(draft.to)}};
    if (draft.coworkerId > 0)
        body.insert(QStringLiteral("CoworkerId"), draft.coworkerId);
    if (draft.series)
        body.insert(QStringLiteral("RepeatSeriesUniqueId"), draft.series->uniqueId);
    if (!signedIn())
        return;
    // A POST only by the API's design: it changes nothing, but it is still not retried blindly.
    auto *request = m_client->json("POST", m_client->url(QStringLiteral("/api/public/bookings/available")), QJsonDocument(body));
    connect(request, &api::JsonRequest::jsonReceived, this, [this](const QJsonDocument &doc) {
        const QJsonObject answer = doc.object();
        const bool available = json::readBool(answer, u"Available");
        const QString code = json::readString(answer, u"ErrorCode");
        Q_EMIT availabilityChecked(available, code,
                                   available ? QString() : domain::bookingErrorText(code, json::readString(answer, u"Message")));
    });
    connect(request, &api::ApiRequest::failed, this, [this](const api::ApiError &error) { Q_EMIT failed(error.message(), error); });
}

namespace {
//! Business-rule refusals come back as 200 with Status 500 in the body: their message, or empty.
std::optional<QString> basketRefusal(const QJsonObject &answer)
{
    if (json::readBool(answer, u"WasSuccessful", true) && json::readInt(answer, u"Status", 200) < 400)
        return std::nullopt;
    const QString message = json::readString(answer, u"Message");
    return message.isEmpty() ? domain::bookingErrorText({}) : message;
}
} // namespace

void BookingCommands::previewLines(const QList<domain::BookingDraft> &drafts)
{
    if (!signedIn())
        return;
    auto *request = m_client->json("POST", m_client->url(QStringLiteral("/api/public/checkout/basket/preview")),
                                   QJsonDocument(basketBody(drafts, false)));
    connect(request, &api::JsonRequest::jsonReceived, this, [this](const QJsonDocument &doc) {
        const QJsonObject answer = doc.object();
        if (const auto refusal = basketRefusal(answer)) {
            Q_EMIT failed(*refusal, api::ApiError(api::ApiError::Kind::Validation, 200, *refusal));
            return;
        }
        const QString currency = json::readString(answer.value(u"Currency").toObject(), u"Code");
        QHash<QString, domain::PriceQuote> prices;
        for (const QJsonValue &value : answer.value(u"LinesRaw").toArray()) {
            const QJsonObject line = value.toObject();
            const QString id = json::readString(line, u"BookingUniqueId");
            std::optional<double> amount = json::asOptionalDouble(line.value(u"SubTotal"));
            if (!amount)
                amount = json::asOptionalDouble(line.value(u"UnitPrice"));
            if (id.isEmpty() || !amount)
                continue; // a line we cannot tie to an occurrence: its price stays unknown
            domain::PriceQuote quote;
            quote.total = prices.value(id).total + *amount;
            quote.currencyCode = currency;
            prices.insert(id, quote);
        }
        Q_EMIT previewedLines(prices);
    });
    connect(request, &api::ApiRequest::failed, this, [this](const api::ApiError &error) { Q_EMIT failed(error.message(), error); });
}

void BookingCommands::preview(const domain::BookingDraft &draft)
{
    if (!signedIn())
        return;
    auto *request = m_client->json("POST", m_client->url(QStringLiteral("/api/public/checkout/basket/preview")),
                                   QJsonDocument(basketBody({draft}, false)));
    connect(request, &api::JsonRequest::jsonReceived, this, [this](const QJsonDocument &doc) {
        const QJsonObject answer = doc.object();
        if (const auto refusal = basketRefusal(answer)) {
            Q_EMIT failed(*refusal, api::ApiError(api::ApiError::Kind::Validation, 200, *refusal));
            return;
        }
        domain::PriceQuote quote;
        quote.total = json::asOptionalDouble(answer.value(u"TotalAmount")).value_or(0.0);
        quote.currencyCode = json::readString(answer.value(u"Currency").toObject(), u"Code");
        quote.formatted = json::readString(answer, u"TotalFormatted", json::readString(answer, u"TotalFormated"));
        Q_EMIT previewed(quote);
    });
    connect(request, &api::ApiRequest::failed, this, [this](const api::ApiError &error) { Q_EMIT failed(error.message(), error); });
}

void BookingCommands::book(domain::BookingDraft draft)
{
    if (draft.uniqueId.isEmpty())
        draft.uniqueId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!signedIn())
        return;
    auto *request = m_client->write("POST", QStringLiteral("/api/public/checkout/basket/invoice"), basketBody({draft}, true));
    connect(request, &api::WriteRequest::written, this, [this, draft] { findCreatedBooking(draft, 3); });
    connect(request, &api::ApiRequest::failed, this, [this, draft](const api::ApiError &error) {
        if (error.isOutcomeUnknown()) {
            Q_EMIT bookingOutcomeUnknown(error.message());
            return;
        }
        Q_EMIT failed(error.kind() == api::ApiError::Kind::Validation && !error.serverMessage().isEmpty()
                          ? error.serverMessage()
                          : error.message(),
                      error);
    });
}

void BookingCommands::findCreatedBooking(const domain::BookingDraft &draft, int attemptsLeft, int page)
{
    // The invoice answer carries no id: read "my bookings" again and find the booking we sent,
    // page after page (a member with many upcoming bookings has it past the first hundred).
    if (!m_client) {
        Q_EMIT bookingOutcomeUnknown(tr("The booking was sent, but you signed out before it could be confirmed. Check your bookings after signing in."));
        return;
    }
    constexpr int pageSize = 100;
    constexpr int lastPage = 50; // 5,000 upcoming bookings: past that, say so rather than read on
    const api::ListQuery query = api::ListQuery().page(page).size(pageSize).param(QStringLiteral("showUpcoming"), QStringLiteral("true"));
    auto *request = m_client->list(QString::fromLatin1(MyBookingsRepository::kPath), query);
    connect(request, &api::ListRequest::pageLoaded, this, [this, draft, attemptsLeft, page](const api::ListPage &listed) {
        for (const QJsonValue &record : listed.records) {
            const domain::Booking booking = domain::Booking::fromJson(record.toObject());
            if ((!draft.uniqueId.isEmpty() && booking.uniqueId == draft.uniqueId) || sameSlot(booking, draft)) {
                Q_EMIT booked(booking);
                return;
            }
        }
        const bool more = listed.meta.hasNextPage || listed.meta.currentPage < listed.meta.totalPages;
        if (more && !listed.records.isEmpty() && page < lastPage) {
            findCreatedBooking(draft, attemptsLeft, page + 1);
            return;
        }
        if (attemptsLeft > 1) {
            QTimer::singleShot(1000, this, [this, draft, attemptsLeft] { findCreatedBooking(draft, attemptsLeft - 1); });
            return;
        }
        Q_EMIT bookingOutcomeUnknown(tr("The space accepted the booking, but it does not appear in your bookings yet. Check again in a moment."));
    });
    connect(request, &api::ApiRequest::failed, this, [this](const api::ApiError &error) {
        Q_EMIT bookingOutcomeUnknown(tr("The booking was sent, but your bookings could not be read to confirm it: %1")
                                         .arg(error.message()));
    });
}

} // namespace repository

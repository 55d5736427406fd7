// SPDX-License-Identifier: GPL-3.0-or-later
#include "BookingService.h"
#include "clock/Clock.h"

#include "cache/AsyncOfflineStore.h"

#include "api/ApiClient.h"
#include "json/JsonRead.h"
#include "domain/BookingErrors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimer>
#include <QUuid>

namespace repository {

namespace {
const QString myBookingsPath = QStringLiteral("/api/public/bookings/my");
// The offline copy's names for the lists (the same as a full sync's).
const QString myBookingsDataset = QStringLiteral("bookings");
const QString cancelledDataset = QStringLiteral("bookings-cancelled");

QJsonObject basketBody(const domain::BookingDraft &draft, bool forInvoice)
{
    QJsonObject item{{QStringLiteral("Type"), QStringLiteral("booking")},
                     {QStringLiteral("Booking"), BookingService::bookingBody(draft)}};
    QJsonObject body{{QStringLiteral("Basket"), QJsonArray{item}}};
    if (forInvoice) {
        body.insert(QStringLiteral("agreedTermsAndConditions"), true);
        body.insert(QStringLiteral("createZeroValueInvoice"), true);
    }
    return body;
}

bool sameSlot(const domain::Booking &booking, const domain::BookingDraft &draft)
{
    return booking.resourceId == draft.resourceId && booking.from == draft.from && booking.to == draft.to;
}
} // namespace

BookingService::BookingService(api::ApiClient *client, QObject *parent) : QObject(parent), m_client(client) {}

QJsonObject BookingService::bookingBody(const domain::BookingDraft &draft)
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
    return booking;
}

void BookingService::checkAvailability(const domain::BookingDraft &draft)
{
    QJsonObject body{{QStringLiteral("ResourceId"), draft.resourceId},
                     {QStringLiteral("FromTime"), domain::toWallClockString(draft.from)},
                     {QStringLiteral("ToTime"), domain::toWallClockString(draft.to)}};
    if (draft.coworkerId > 0)
        body.insert(QStringLiteral("CoworkerId"), draft.coworkerId);
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

void BookingService::preview(const domain::BookingDraft &draft)
{
    auto *request = m_client->json("POST", m_client->url(QStringLiteral("/api/public/checkout/basket/preview")),
                                   QJsonDocument(basketBody(draft, false)));
    connect(request, &api::JsonRequest::jsonReceived, this, [this](const QJsonDocument &doc) {
        const QJsonObject answer = doc.object();
        // Business-rule refusals come back as 200 with Status 500 in the body.
        if (!json::readBool(answer, u"WasSuccessful", true) || json::readInt(answer, u"Status", 200) >= 400) {
            const QString message = json::readString(answer, u"Message");
            Q_EMIT failed(message.isEmpty() ? domain::bookingErrorText({}) : message,
                          api::ApiError(api::ApiError::Kind::Validation, 200, message));
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

void BookingService::book(domain::BookingDraft draft)
{
    if (draft.uniqueId.isEmpty())
        draft.uniqueId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto *request = m_client->write("POST", QStringLiteral("/api/public/checkout/basket/invoice"), basketBody(draft, true));
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

void BookingService::findCreatedBooking(const domain::BookingDraft &draft, int attemptsLeft)
{
    // The invoice answer carries no id: read "my bookings" again and find the booking we sent.
    auto *request = m_client->list(myBookingsPath, api::ListQuery().size(100).param(QStringLiteral("showUpcoming"),
                                                                                      QStringLiteral("true")));
    connect(request, &api::ListRequest::pageLoaded, this, [this, draft, attemptsLeft](const api::ListPage &page) {
        for (const QJsonValue &record : page.records) {
            const domain::Booking booking = domain::Booking::fromJson(record.toObject());
            if ((!draft.uniqueId.isEmpty() && booking.uniqueId == draft.uniqueId) || sameSlot(booking, draft)) {
                Q_EMIT booked(booking);
                return;
            }
        }
        if (attemptsLeft > 1) {
            QTimer::singleShot(1000, this, [this, draft, attemptsLeft] { findCreatedBooking(draft, attemptsLeft - 1); });
            return;
        }
        Q_EMIT bookingOutcomeUnknown(QCoreApplication::translate(
            "repository::BookingService",
            "The space accepted the booking, but it does not appear in your bookings yet. Check again in a moment."));
    });
    connect(request, &api::ApiRequest::failed, this, [this](const api::ApiError &error) {
        Q_EMIT bookingOutcomeUnknown(QCoreApplication::translate(
            "repository::BookingService", "The booking was sent, but your bookings could not be read to confirm it: %1")
                                         .arg(error.message()));
    });
}

void BookingService::setOfflineStore(cache::AsyncOfflineStore *store)
{
    m_store = store;
}

QList<domain::Booking> BookingService::bookingsFrom(const QList<QJsonObject> &records, bool cancelledList)
{
    QList<domain::Booking> bookings;
    bookings.reserve(records.size());
    for (const QJsonObject &record : records) {
        domain::Booking booking = domain::Booking::fromJson(record);
        booking.cancelled = booking.cancelled || cancelledList;
        bookings.append(booking);
    }
    return bookings;
}

void BookingService::emitBookings(const QList<domain::Booking> &bookings, bool cancelledList)
{
    if (cancelledList)
        Q_EMIT cancelledBookingsLoaded(bookings);
    else
        Q_EMIT myBookingsLoaded(bookings);
}

void BookingService::loadBookingList(const QString &path, bool cancelledList)
{
    const QString dataset = cancelledList ? cancelledDataset : myBookingsDataset;
    auto *request = m_client->list(path, api::ListQuery().size(200));
    connect(request, &api::ListRequest::pageLoaded, this, [this, cancelledList, dataset](const api::ListPage &page) {
        QList<QJsonObject> records;
        QList<cache::CacheRecord> saved;
        for (const QJsonValue &record : page.records) {
            records.append(record.toObject());
            saved.append({records.last().value(QStringLiteral("Id")).toInteger(), records.last()});
        }
        if (m_store) {
            m_store->beginRefresh(dataset);
            m_store->writePage(dataset, saved);
            m_store->commitRefresh(dataset, core::Clock::nowUtc(), m_client ? m_client->language() : QString());
        }
        emitBookings(bookingsFrom(records, cancelledList), cancelledList);
    });
    connect(request, &api::ApiRequest::failed, this, [this, dataset, cancelledList](const api::ApiError &error) {
        if (error.isUnreachable() && m_store) {
            m_store->load(dataset, {}, this, [this, error, cancelledList](const QVariant &decoded, const QDateTime &fetchedAt) {
                if (!fetchedAt.isValid()) { // never saved: the failure stands
                    Q_EMIT failed(error.message(), error);
                    return;
                }
                emitBookings(bookingsFrom(decoded.value<QList<QJsonObject>>(), cancelledList), cancelledList);
                Q_EMIT offlineCopyShown(fetchedAt);
            });
            return;
        }
        if (error.isUnavailableHere()) { // said in words: which list is missing, and that the rest is not
            const bool refused = error.kind() == api::ApiError::Kind::Forbidden;
            Q_EMIT failed(cancelledList ? (refused ? tr("This account may not see cancelled bookings.")
                                                   : tr("This space does not list cancelled bookings."))
                                        : (refused ? tr("This account may not see its bookings here.")
                                                   : tr("This space does not list bookings to Portal Desk.")),
                          error);
            return;
        }
        Q_EMIT failed(error.message(), error);
    });
}

void BookingService::loadMyBookings()
{
    loadBookingList(myBookingsPath, false);
}

void BookingService::loadCancelledBookings()
{
    loadBookingList(QStringLiteral("/api/public/bookings/cancelled"), true);
}

void BookingService::loadCancellationFee(qint64 bookingId)
{
    auto *request = m_client->record(QStringLiteral("/api/public/bookings/%1/cancellationFee").arg(bookingId));
    connect(request, &api::RecordRequest::recordLoaded, this, [this, bookingId](const QJsonObject &answer) {
        // The localized variant spells these in camelCase: accept both.
        const bool hasFee = json::readBool(answer, u"HasCancellationFee", json::readBool(answer, u"hasCancellationFee"));
        double amount = json::asOptionalDouble(answer.value(u"CancellationFee")).value_or(0.0);
        if (amount == 0.0)
            amount = json::asOptionalDouble(answer.value(u"cancellationFee")).value_or(0.0);
        Q_EMIT cancellationFeeLoaded(bookingId, hasFee && amount > 0, amount,
                                     json::readString(answer, u"CancellationFeeFormatted"));
    });
    connect(request, &api::ApiRequest::failed, this, [this](const api::ApiError &error) { Q_EMIT failed(error.message(), error); });
}

void BookingService::cancel(qint64 bookingId, int reason)
{
    const QJsonObject body{{QStringLiteral("id"), bookingId},
                           {QStringLiteral("cancellationReason"), reason},
                           {QStringLiteral("cancellationReasonDetails"), QString()}};
    auto *request = m_client->write("DELETE", QStringLiteral("/api/public/bookings/%1").arg(bookingId), body);
    connect(request, &api::WriteRequest::written, this, [this, bookingId] { Q_EMIT bookingCancelled(bookingId); });
    connect(request, &api::ApiRequest::failed, this, [this](const api::ApiError &error) {
        Q_EMIT failed(error.serverMessage().isEmpty() ? error.message() : error.serverMessage(), error);
    });
}

} // namespace repository

// SPDX-License-Identifier: GPL-3.0-or-later
#include "MyBookingsRepository.h"

#include "api/ApiClient.h"
#include "cache/AsyncOfflineStore.h"
#include "clock/Clock.h"
#include "json/JsonRead.h"

namespace repository {

MyBookingsRepository::MyBookingsRepository(api::ApiClient *client, QObject *parent) : QObject(parent), m_client(client) {}

void MyBookingsRepository::setOfflineStore(cache::AsyncOfflineStore *store)
{
    m_store = store;
}

QList<domain::Booking> MyBookingsRepository::bookingsFrom(const QList<QJsonObject> &records, bool cancelledList)
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

void MyBookingsRepository::emitBookings(const QList<domain::Booking> &bookings, bool cancelledList)
{
    if (cancelledList)
        Q_EMIT cancelledBookingsLoaded(bookings);
    else
        Q_EMIT myBookingsLoaded(bookings);
}

void MyBookingsRepository::loadBookingList(const QString &path, bool cancelledList)
{
    const QString dataset = cancelledList ? offlineCancelledDataset() : offlineDataset();
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
        if (Datasets::copyAnswers(cancelledList ? datasets::cancelledBookings : datasets::bookings, error) && m_store) {
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

void MyBookingsRepository::loadMyBookings()
{
    loadBookingList(QString::fromLatin1(kPath), false);
}

void MyBookingsRepository::loadCancelledBookings()
{
    loadBookingList(QString::fromLatin1(kCancelledPath), true);
}

void MyBookingsRepository::loadCancellationFee(qint64 bookingId)
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

void MyBookingsRepository::cancel(qint64 bookingId, int reason)
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

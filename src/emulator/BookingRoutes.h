// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

#include "DemoData.h"
#include "HttpTypes.h"
#include "TokenIssuer.h"

#include <QDateTime>
#include <QList>

namespace emulator {

// One booking. Times are the location's wall-clock time, held in Qt::UTC QDateTimes as digits only.
struct BookingRec
{
    qint64 id = 0;
    QString uniqueId;
    qint64 resourceId = 0;
    qint64 coworkerId = 0;
    QString coworkerName;
    QDateTime from, to;
    QString notes;
    bool tentative = false;
    bool cancelled = false;
    double price = 0;
    QDateTime createdOn;
    QString seriesId;         // RepeatSeriesUniqueId, empty for a single booking (SeriesRules.h)
    QJsonObject repeatFields; // the Repeat* fields as sent
};

// The member booking side of the portal API (docs §5.3, §5.4): availability honouring every booking
// policy of the resource, the basket flow (preview, invoice with an empty 200), my bookings,
// cancellation fee and cancel. Business-rule failures answer 200 with Status 500 in the body.
class BookingRoutes
{
public:
    explicit BookingRoutes(DemoData &data);

    std::optional<Response> handle(const Request &request, const Account *account);
    int bookingCount() const { return int(m_bookings.size()); }
    // Seeds the demo account's bookings and other members' busy slots, relative to today.
    void seed(qint64 memberCoworkerId, const QString &memberName);

    // The documented error code that refuses this booking, or an empty string when it may be made.
    QString refusal(const ResourceRec &resource, const QDateTime &from, const QDateTime &to, const Account &account) const;

private:
    Response available(const Request &request, const Account &account);
    Response basket(const Request &request, const Account &account, bool create);
    Response list(const Request &request, const Account &account, bool cancelled);
    Response one(qint64 id, const Account &account);
    Response cancellationFee(qint64 id, const Account &account);
    Response cancel(qint64 id, const Account &account);
    Response fullCalendar(const Request &request, const Account &account);

    QDateTime nowAt(const ResourceRec &resource) const;
    double priceOf(const ResourceRec &resource, const QDateTime &from, const QDateTime &to) const;
    double feeFor(const BookingRec &booking) const;
    QJsonObject toJson(const BookingRec &booking) const;
    BookingRec *find(qint64 id);

    DemoData &m_data;
    QList<BookingRec> m_bookings;
    qint64 m_nextId = 500001;
};

} // namespace emulator

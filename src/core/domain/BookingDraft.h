// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace domain {

//! What the person wants to book. Times are the space's wall-clock time.
struct BookingDraft {
    qint64 resourceId = 0;
    QDateTime from;
    QDateTime to;
    QString notes;
    qint64 coworkerId = 0;  //!< the member's profile id, when known
    QString uniqueId;       //!< client GUID: lets us find the booking again (the invoice call returns no id)
};

//! Price of a draft, as the space quotes it.
struct PriceQuote {
    double total = 0;
    QString currencyCode;
    QString formatted;      //!< the space's own formatting when it sends one
};

} // namespace domain

Q_DECLARE_METATYPE(domain::PriceQuote)

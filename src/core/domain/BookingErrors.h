// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace domain {

//! The documented availability error codes (NO_RESOURCE, BOOKING_CONFLICT, ...) in words a person
//! understands. Unknown codes get a general sentence, never the raw code alone.
QString bookingErrorText(const QString &errorCode, const QString &serverMessage = {});
//! Every documented code, for tests and for the translators' sake.
QStringList documentedBookingErrorCodes();

} // namespace domain

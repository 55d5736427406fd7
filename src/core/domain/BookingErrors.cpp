// SPDX-License-Identifier: GPL-3.0-or-later
#include "BookingErrors.h"

#include <QCoreApplication>

namespace domain {

namespace {
struct CodeText {
    const char *code;
    const char *text;
};

// Source texts marked for lupdate; translated when shown.
constexpr CodeText kTexts[] = {
    {"NO_RESOURCE", QT_TRANSLATE_NOOP("domain::BookingErrors", "This room no longer exists.")},
    {"NOT_REGISTERED", QT_TRANSLATE_NOOP("domain::BookingErrors", "Your account cannot book at this space yet.")},
    {"BOOKING_CONFLICT", QT_TRANSLATE_NOOP("domain::BookingErrors", "The room is already booked at that time.")},
    {"EVENT_CONFLICT", QT_TRANSLATE_NOOP("domain::BookingErrors", "An event takes place in the room at that time.")},
    {"RESOURCE_FULL", QT_TRANSLATE_NOOP("domain::BookingErrors", "The room is full at that time.")},
    {"INVALID_SHIFT", QT_TRANSLATE_NOOP("domain::BookingErrors", "The room is not open at that time.")},
    {"NO_PAST_BOOKINGS", QT_TRANSLATE_NOOP("domain::BookingErrors", "That time has already passed.")},
    {"HARD_LIMIT_WEEK", QT_TRANSLATE_NOOP("domain::BookingErrors", "You have reached your booking limit for this week.")},
    {"HARD_LIMIT_MONTH", QT_TRANSLATE_NOOP("domain::BookingErrors", "You have reached your booking limit for this month.")},
    {"INVALID_TARIFF", QT_TRANSLATE_NOOP("domain::BookingErrors", "Your plan does not include this room.")},
    {"NOT_AVAILABLE", QT_TRANSLATE_NOOP("domain::BookingErrors", "The room is not available for booking.")},
    {"START_TIME_TOO_EARLY", QT_TRANSLATE_NOOP("domain::BookingErrors", "That is too soon: this room must be booked further in advance.")},
    {"START_TIME_TOO_LATE", QT_TRANSLATE_NOOP("domain::BookingErrors", "That is too far ahead: this room cannot be booked that early.")},
    {"TOO_LONG", QT_TRANSLATE_NOOP("domain::BookingErrors", "The booking is longer than this room allows.")},
    {"TOO_SHORT", QT_TRANSLATE_NOOP("domain::BookingErrors", "The booking is shorter than this room allows.")},
    {"INVALID_INTERVAL", QT_TRANSLATE_NOOP("domain::BookingErrors", "The room needs a break between bookings at that time.")},
    {"NO_RETURN_POLICY", QT_TRANSLATE_NOOP("domain::BookingErrors", "You booked this recently; the space asks you to wait before booking again.")},
    {"CUSTOM_MESSAGE", QT_TRANSLATE_NOOP("domain::BookingErrors", "The space does not allow this booking.")},
};
} // namespace

QString bookingErrorText(const QString &errorCode, const QString &serverMessage)
{
    const QByteArray code = errorCode.trimmed().toUpper().toLatin1();
    for (const CodeText &entry : kTexts) {
        if (code == entry.code) {
            const QString text = QCoreApplication::translate("domain::BookingErrors", entry.text);
            // The space's own words explain a custom refusal better than we can.
            if (code == "CUSTOM_MESSAGE" && !serverMessage.isEmpty())
                return serverMessage;
            return text;
        }
    }
    if (!serverMessage.isEmpty())
        return serverMessage;
    return QCoreApplication::translate("domain::BookingErrors", "The room cannot be booked at that time.");
}

QStringList documentedBookingErrorCodes()
{
    QStringList codes;
    for (const CodeText &entry : kTexts)
        codes.append(QString::fromLatin1(entry.code));
    return codes;
}

} // namespace domain

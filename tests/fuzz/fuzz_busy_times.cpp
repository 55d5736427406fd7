// SPDX-License-Identifier: GPL-3.0-or-later
// The busy-times calendar answer (fullCalendarBookings): times in any form, in a fixed window.
#include "FuzzInput.h"

#include "repository/BusyTimesLoader.h"

#include <QDateTime>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QJsonDocument doc;
    if (!fuzz::answer(fuzz::bytes(data, size), &doc))
        return 0;
    // A fixed window (no wall clock): the week of the spring-forward night in Madrid, as the
    // space's wall-clock digits in UTC QDateTimes, the way the loader asks for it.
    static const QDateTime from(QDate(2027, 3, 22), QTime(0, 0), Qt::UTC);
    static const QDateTime to = from.addDays(7);
    const QList<domain::BusySlot> slots = repository::BusyTimesLoader::parse(doc, from, to);
    for (const domain::BusySlot &slot : slots) {
        // What the loader promises: every slot kept is for a room, not reversed, and meets the window.
        if (slot.resourceId <= 0 || !(slot.from < slot.to) || !slot.overlaps(from, to))
            __builtin_trap();
    }
    return 0;
}

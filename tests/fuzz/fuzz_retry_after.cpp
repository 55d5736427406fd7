// SPDX-License-Identifier: GPL-3.0-or-later
// Retry-After as servers write it: delta-seconds, HTTP dates, and everything in between.
#include "FuzzInput.h"

#include <QDateTime>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray header = fuzz::bytes(data, size);
    // Fixed instants (no wall clock): an ordinary afternoon and a second before New Year.
    static const QDateTime afternoon(QDate(2026, 12, 4), QTime(15, 30), Qt::UTC);
    static const QDateTime newYear(QDate(2026, 12, 31), QTime(23, 59, 59), Qt::UTC);
    for (const QDateTime &now : {afternoon, newYear}) {
        const qint64 wait = api::ApiError::parseRetryAfter(header, now);
        (void)wait;
    }
    return 0;
}

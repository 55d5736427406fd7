// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QtGlobal>

namespace domain {

//! A time a resource is taken (anyone's booking). Times are the space's wall clock, held in
//! Qt::UTC QDateTimes as digits only, like every portal time (nexudus-api.md §3.5).
struct BusySlot {
    qint64 resourceId = 0;
    QDateTime from;
    QDateTime to;

    bool overlaps(const QDateTime &start, const QDateTime &end) const { return from < end && start < to; }
    bool operator==(const BusySlot &) const = default;
};

} // namespace domain

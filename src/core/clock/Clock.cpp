// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"

#include <QMutex>
#include <QMutexLocker>

#include <atomic>
#include <limits>

namespace core {

namespace {
constexpr qint64 realClock = std::numeric_limits<qint64>::min();
std::atomic<qint64> pinnedMsecs{realClock}; // the offline store's worker thread reads it too

QMutex zoneMutex;
QByteArray pinnedZoneId; // empty: the system's own zone
} // namespace

QDateTime Clock::nowUtc()
{
    const qint64 pinned = pinnedMsecs.load(std::memory_order_relaxed);
    if (pinned == realClock)
        return QDateTime::currentDateTimeUtc();
    return QDateTime::fromMSecsSinceEpoch(pinned, Qt::UTC);
}

QTimeZone Clock::systemZone()
{
    QMutexLocker lock(&zoneMutex);
    if (!pinnedZoneId.isEmpty()) {
        const QTimeZone zone(pinnedZoneId);
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::systemTimeZone();
}

QTimeZone Clock::zoneOrSystem(const QString &zoneId)
{
    if (!zoneId.isEmpty()) {
        const QTimeZone zone(zoneId.toUtf8());
        if (zone.isValid())
            return zone;
    }
    return systemZone();
}

QDateTime Clock::onComputer(const QDateTime &instant)
{
    return instant.toTimeZone(systemZone());
}

QDateTime Clock::wallClockIn(const QString &zoneId)
{
    return wallClockOf(nowUtc().toTimeZone(zoneOrSystem(zoneId)));
}

QDateTime Clock::wallClockOf(const QDateTime &inZone)
{
    return QDateTime(inZone.date(), inZone.time(), Qt::UTC);
}

ClockOverride::ClockOverride(const QDateTime &instant, const QByteArray &systemZoneId)
{
    setNow(instant);
    QMutexLocker lock(&zoneMutex);
    pinnedZoneId = systemZoneId;
}

ClockOverride::~ClockOverride()
{
    pinnedMsecs.store(realClock);
    QMutexLocker lock(&zoneMutex);
    pinnedZoneId.clear();
}

void ClockOverride::setNow(const QDateTime &instant)
{
    pinnedMsecs.store(instant.toMSecsSinceEpoch());
}

void ClockOverride::advanceSecs(qint64 seconds)
{
    pinnedMsecs.fetch_add(seconds * 1000);
}

} // namespace core

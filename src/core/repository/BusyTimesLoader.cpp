// SPDX-License-Identifier: GPL-3.0-or-later
#include "BusyTimesLoader.h"

#include "api/ApiClient.h"
#include "api/ApiRequest.h"
#include "json/JsonRead.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace repository {

namespace {
//! Portal wall-clock text, with or without a literal Z or milliseconds, as digits in Qt::UTC.
QDateTime wallClock(const QJsonValue &value)
{
    QString text = value.toString().trimmed();
    if (text.endsWith(QLatin1Char('Z')))
        text.chop(1);
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    if (dt.isValid())
        dt = QDateTime(dt.date(), dt.time(), Qt::UTC);
    return dt;
}

qint64 readId(const QJsonValue &value)
{
    // Documented as a number; a string is tolerated (coworkerId comes as one on the same rows).
    // A number no id can be (beyond 2^53, infinite) reads as no room: the row is skipped.
    return json::asInt64(value);
}
} // namespace

BusyTimesLoader::BusyTimesLoader(api::ApiClient *client, QObject *parent) : QObject(parent), m_client(client) {}

BusyTimesLoader::~BusyTimesLoader()
{
    if (m_pending)
        m_pending->abandon();
}

QList<domain::BusySlot> BusyTimesLoader::parse(const QJsonDocument &answer, const QDateTime &from, const QDateTime &to)
{
    QList<domain::BusySlot> slots;
    const QJsonArray rows = answer.isArray() ? answer.array() : answer.object().value(u"Records").toArray();
    slots.reserve(rows.size());
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        domain::BusySlot slot{readId(row.value(u"resourceId")), wallClock(row.value(u"start")), wallClock(row.value(u"end"))};
        if (slot.resourceId <= 0 || !slot.from.isValid() || !slot.to.isValid() || slot.to <= slot.from)
            continue;
        if (slot.overlaps(from, to))
            slots.append(slot);
    }
    return slots;
}

void BusyTimesLoader::load(QDate first, QDate last)
{
    if (!m_client || !first.isValid() || !last.isValid() || last < first)
        return;
    if (m_pending)
        m_pending->abandon(); // its answer is for another window
    QUrlQuery query;
    // end is exclusive, as FullCalendar sends it.
    query.addQueryItem(QStringLiteral("start"), first.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("end"), last.addDays(1).toString(Qt::ISODate));
    auto *request = m_client->json("GET", m_client->localizedUrl(QStringLiteral("bookings/fullCalendarBookings"), query));
    m_pending = request;
    const QDateTime from(first, QTime(0, 0), Qt::UTC);
    const QDateTime to(last.addDays(1), QTime(0, 0), Qt::UTC);
    connect(request, &api::JsonRequest::jsonReceived, this, [this, first, last, from, to](const QJsonDocument &answer) {
        if (!answer.isArray() && !answer.isObject()) {
            Q_EMIT failed(api::ApiError(api::ApiError::Kind::BadPayload, 200, QStringLiteral("busy times are not a list")));
            return;
        }
        Q_EMIT loaded(first, last, parse(answer, from, to));
    });
    connect(request, &api::ApiRequest::failed, this, &BusyTimesLoader::failed);
}

} // namespace repository

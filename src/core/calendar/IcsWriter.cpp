// SPDX-License-Identifier: GPL-3.0-or-later
#include "IcsWriter.h"

#include <QTimeZone>

#include <algorithm>

namespace calendar {

namespace {
//! UTC offsets as RFC 5545 writes them: +HHMM, or +HHMMSS when seconds are not zero.
QByteArray utcOffset(int seconds)
{
    const char sign = seconds < 0 ? '-' : '+';
    seconds = qAbs(seconds);
    QByteArray text = sign + QByteArray::number(seconds / 3600).rightJustified(2, '0')
                      + QByteArray::number(seconds / 60 % 60).rightJustified(2, '0');
    if (seconds % 60)
        text += QByteArray::number(seconds % 60).rightJustified(2, '0');
    return text;
}

//! One STANDARD or DAYLIGHT block: from `onsetUtc` on, `offsetTo` replaces `offsetFrom`.
QByteArray observance(const QTimeZone::OffsetData &after, int offsetFrom, const QDateTime &onsetUtc)
{
    const QByteArray kind = after.daylightTimeOffset != 0 ? "DAYLIGHT" : "STANDARD";
    // DTSTART is the onset in the local time that was in force just before it.
    const QString onsetLocal = onsetUtc.toUTC().addSecs(offsetFrom).toString(QStringLiteral("yyyyMMddTHHmmss"));
    QByteArray out = "BEGIN:" + kind + "\r\n";
    out += "DTSTART:" + onsetLocal.toLatin1() + "\r\n";
    out += "TZOFFSETFROM:" + utcOffset(offsetFrom) + "\r\n";
    out += "TZOFFSETTO:" + utcOffset(after.offsetFromUtc) + "\r\n";
    if (!after.abbreviation.isEmpty())
        out += IcsWriter::fold("TZNAME:" + IcsWriter::escapeText(after.abbreviation).toUtf8());
    out += "END:" + kind + "\r\n";
    return out;
}
} // namespace

IcsWriter::IcsWriter(QString timeZoneId, QString productId)
    : m_timeZoneId(std::move(timeZoneId)), m_productId(std::move(productId))
{
    // A TZID needs its VTIMEZONE; a zone we cannot describe is better written as floating time.
    if (!m_timeZoneId.isEmpty() && !QTimeZone(m_timeZoneId.toUtf8()).isValid())
        m_timeZoneId.clear();
}

QString IcsWriter::escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\\':
            escaped += QStringLiteral("\\\\");
            break;
        case u';':
            escaped += QStringLiteral("\\;");
            break;
        case u',':
            escaped += QStringLiteral("\\,");
            break;
        case u'\n':
            escaped += QStringLiteral("\\n");
            break;
        case u'\r':
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}

QByteArray IcsWriter::fold(const QByteArray &line)
{
    QByteArray folded;
    qsizetype start = 0;
    int limit = 75;
    while (line.size() - start > limit) {
        qsizetype cut = start + limit;
        // Step back to the start of a UTF-8 sequence (continuation bytes are 10xxxxxx).
        while (cut > start && (uchar(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        folded += line.mid(start, cut - start) + "\r\n ";
        start = cut;
        limit = 74; // the leading space of a continuation line counts
    }
    folded += line.mid(start);
    return folded + "\r\n";
}

QByteArray IcsWriter::dateTime(const char *name, const QDateTime &wallClock) const
{
    const QByteArray value = wallClock.toString(QStringLiteral("yyyyMMddTHHmmss")).toLatin1();
    if (m_timeZoneId.isEmpty())
        return fold(QByteArray(name) + ':' + value);
    return fold(QByteArray(name) + ";TZID=" + m_timeZoneId.toUtf8() + ':' + value);
}

QByteArray IcsWriter::timeZone(const QList<domain::Booking> &bookings) const
{
    if (m_timeZoneId.isEmpty() || bookings.isEmpty())
        return {}; // floating times need no zone
    const QTimeZone zone(m_timeZoneId.toUtf8());
    // Wall-clock times of the space, read in its zone; a day of margin either side.
    auto wallClock = [&zone](const QDateTime &time) { return QDateTime(time.date(), time.time(), zone); };
    const auto [first, last] = std::minmax_element(bookings.cbegin(), bookings.cend(),
                                                   [](const auto &a, const auto &b) { return a.from < b.from; });
    const QDateTime start = wallClock(first->from).addDays(-1);
    const QDateTime end = wallClock(std::max(last->to, last->from)).addDays(1);

    QByteArray out = "BEGIN:VTIMEZONE\r\n" + fold("TZID:" + m_timeZoneId.toUtf8());
    // The observance in force when the range starts, then every change inside it.
    const QTimeZone::OffsetData atStart = zone.offsetData(start);
    const QTimeZone::OffsetData previous = zone.previousTransition(start);
    if (previous.atUtc.isValid()) {
        const int before = zone.offsetFromUtc(previous.atUtc.addSecs(-1));
        out += observance(atStart, before, previous.atUtc);
    } else {
        out += observance(atStart, atStart.offsetFromUtc, QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC));
    }
    int offset = atStart.offsetFromUtc;
    for (const QTimeZone::OffsetData &change : zone.transitions(start, end)) {
        out += observance(change, offset, change.atUtc);
        offset = change.offsetFromUtc;
    }
    return out + "END:VTIMEZONE\r\n";
}

QByteArray IcsWriter::event(const domain::Booking &booking, const QDateTime &stampUtc, const QByteArray &repeat) const
{
    QByteArray out = "BEGIN:VEVENT\r\n";
    const QString uid = booking.uniqueId.isEmpty() ? QString::number(booking.id) : booking.uniqueId;
    out += fold("UID:" + escapeText(uid).toUtf8() + "@portal-desk");
    out += fold("DTSTAMP:" + stampUtc.toUTC().toString(QStringLiteral("yyyyMMddTHHmmssZ")).toLatin1());
    out += dateTime("DTSTART", booking.from);
    out += dateTime("DTEND", booking.to);
    out += repeat;
    out += fold("SUMMARY:" + escapeText(booking.resourceName).toUtf8());
    if (!booking.locationName.isEmpty())
        out += fold("LOCATION:" + escapeText(booking.locationName).toUtf8());
    if (!booking.notes.isEmpty())
        out += fold("DESCRIPTION:" + escapeText(booking.notes).toUtf8());
    // A booking waiting for approval is not confirmed yet: calendars can show that.
    out += booking.pending ? "STATUS:TENTATIVE\r\n" : "STATUS:CONFIRMED\r\n";
    out += "END:VEVENT\r\n";
    return out;
}

QByteArray IcsWriter::header() const
{
    QByteArray out = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n";
    out += fold("PRODID:" + m_productId.toUtf8());
    return out + "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n";
}

QByteArray IcsWriter::writeSeries(const domain::Booking &first, const Recurrence &rule, const QDate &lastDay,
                                  const QList<QDateTime> &notBooked, const QDateTime &stampUtc) const
{
    const QTimeZone zone = m_timeZoneId.isEmpty() ? QTimeZone() : QTimeZone(m_timeZoneId.toUtf8());
    QByteArray repeat = fold("RRULE:" + rule.toRRule(zone).toLatin1());
    for (const QDateTime &start : notBooked)
        repeat += dateTime("EXDATE", start);
    domain::Booking last = first;
    last.from = QDateTime(lastDay, first.from.time(), first.from.timeZone());
    last.to = QDateTime(lastDay.addDays(first.from.daysTo(first.to)), first.to.time(), first.to.timeZone());
    QByteArray out = header();
    out += timeZone({first, last});
    out += event(first, stampUtc, repeat);
    return out + "END:VCALENDAR\r\n";
}

QByteArray IcsWriter::writeBookedSeries(const QList<domain::Booking> &bookings, const QDateTime &stampUtc) const
{
    QList<domain::Booking> kept;
    std::copy_if(bookings.cbegin(), bookings.cend(), std::back_inserter(kept), [](const auto &b) { return !b.cancelled; });
    std::sort(kept.begin(), kept.end(), [](const auto &a, const auto &b) { return a.from < b.from; });
    if (kept.size() < 2 || !kept.first().series)
        return write(kept, stampUtc);
    const domain::Booking &first = kept.first();
    Recurrence rule = Recurrence::of(*first.series);
    rule.count = 0;
    rule.until = kept.last().from.date();
    if (rule.frequency == Recurrence::Frequency::Weekly && rule.weekdays.isEmpty())
        rule.weekdays = {Qt::DayOfWeek(first.from.date().dayOfWeek())};
    const QTimeZone zone = m_timeZoneId.isEmpty() ? QTimeZone::utc() : QTimeZone(m_timeZoneId.toUtf8());
    const auto expansion = rule.expand(first.from.date(), first.from.time(), int(first.from.secsTo(first.to) / 60), zone);
    // Bookings carry the wall clock in Qt::UTC digits; so do the rule's dates here.
    QList<QDateTime> ruleStarts;
    for (const Recurrence::Occurrence &occurrence : expansion.occurrences)
        ruleStarts.append(QDateTime(occurrence.day, first.from.time(), Qt::UTC));
    QList<QDateTime> booked;
    for (const domain::Booking &booking : kept) {
        if (!ruleStarts.contains(booking.from))
            return write(kept, stampUtc); // moved or edited dates: the rule no longer says them
        booked.append(booking.from);
    }
    QList<QDateTime> notBooked;
    std::copy_if(ruleStarts.cbegin(), ruleStarts.cend(), std::back_inserter(notBooked),
                 [&booked](const QDateTime &start) { return !booked.contains(start); });
    return writeSeries(first, rule, rule.until, notBooked, stampUtc);
}

QByteArray IcsWriter::write(const QList<domain::Booking> &bookings, const QDateTime &stampUtc) const
{
    QByteArray out = header();
    QList<domain::Booking> kept;
    std::copy_if(bookings.cbegin(), bookings.cend(), std::back_inserter(kept), [](const auto &b) { return !b.cancelled; });
    out += timeZone(kept);
    for (const domain::Booking &booking : kept)
        out += event(booking, stampUtc);
    out += "END:VCALENDAR\r\n";
    return out;
}

} // namespace calendar

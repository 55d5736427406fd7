// SPDX-License-Identifier: GPL-3.0-or-later
#include "IcsWriter.h"

namespace calendar {

IcsWriter::IcsWriter(QString timeZoneId, QString productId)
    : m_timeZoneId(std::move(timeZoneId)), m_productId(std::move(productId))
{
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

QByteArray IcsWriter::event(const domain::Booking &booking, const QDateTime &stampUtc) const
{
    QByteArray out = "BEGIN:VEVENT\r\n";
    const QString uid = booking.uniqueId.isEmpty() ? QString::number(booking.id) : booking.uniqueId;
    out += fold("UID:" + escapeText(uid).toUtf8() + "@portal-desk");
    out += fold("DTSTAMP:" + stampUtc.toUTC().toString(QStringLiteral("yyyyMMddTHHmmssZ")).toLatin1());
    out += dateTime("DTSTART", booking.from);
    out += dateTime("DTEND", booking.to);
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

QByteArray IcsWriter::write(const QList<domain::Booking> &bookings, const QDateTime &stampUtc) const
{
    QByteArray out = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n";
    out += fold("PRODID:" + m_productId.toUtf8());
    out += "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n";
    for (const domain::Booking &booking : bookings) {
        if (!booking.cancelled)
            out += event(booking, stampUtc);
    }
    out += "END:VCALENDAR\r\n";
    return out;
}

} // namespace calendar

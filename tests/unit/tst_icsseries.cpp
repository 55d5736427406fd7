// SPDX-License-Identifier: GPL-3.0-or-later
// A series written as one event (RRULE + EXDATE) is read back by a calendar parser (Python's
// icalendar with dateutil's recurrence expansion, ics_occurrences.py): it must come to exactly the
// occurrences that were booked, at the right instants across a summer-time change and over New Year.
#include "calendar/IcsWriter.h"
#include "calendar/Recurrence.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using calendar::Recurrence;

namespace {
const QTimeZone madrid("Europe/Madrid");

//! The starts (UTC, ISO) a calendar parser reads from `ics`; empty with a failure message on error.
QStringList parsedStarts(const QByteArray &ics, QString *failure)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("series.ics"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size()) {
        *failure = QStringLiteral("cannot write the file");
        return {};
    }
    file.close();
    QProcess parser;
    parser.start(QStringLiteral(DEBIAN_PYTHON), {QStringLiteral(ICS_OCCURRENCES_SCRIPT), path});
    if (!parser.waitForFinished(30000) || parser.exitCode() != 0) {
        *failure = QString::fromUtf8(parser.readAllStandardError());
        return {};
    }
    return QString::fromLatin1(parser.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString utc(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

domain::Booking firstBooking(const Recurrence::Occurrence &occurrence)
{
    domain::Booking booking;
    booking.id = 501;
    booking.uniqueId = QStringLiteral("series-501");
    booking.resourceName = QStringLiteral("Meeting Room Lavapiés");
    booking.locationName = QStringLiteral("Portal Desk Madrid");
    booking.from = occurrence.start;
    booking.to = occurrence.end;
    return booking;
}

//! Writes the series with `notBooked` left out, and compares what the parser reads with the rest.
void checkRoundTrip(const Recurrence &rule, const QList<Recurrence::Occurrence> &occurrences,
                    const QList<int> &notBookedIndexes, const QStringList &expectedStarts)
{
    QList<QDateTime> notBooked;
    QStringList booked;
    for (int i = 0; i < occurrences.size(); ++i) {
        if (notBookedIndexes.contains(i))
            notBooked.append(occurrences.at(i).start);
        else
            booked.append(utc(occurrences.at(i).start));
    }
    QCOMPARE(booked, expectedStarts); // the expansion itself, against instants worked out by hand
    const QByteArray ics = calendar::IcsWriter(QStringLiteral("Europe/Madrid"))
                               .writeSeries(firstBooking(occurrences.first()), rule, occurrences.last().day,
                                            notBooked, QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC));
    QString failure;
    const QStringList parsed = parsedStarts(ics, &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure + QLatin1Char('\n') + QString::fromUtf8(ics)));
    QCOMPARE(parsed, expectedStarts);
}
} // namespace

class TestIcsSeries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aWeeklySeriesWithTwoConflictsAcrossTheSpringChange()
    {
        Recurrence rule;
        rule.frequency = Recurrence::Frequency::Weekly;
        rule.weekdays = {Qt::Tuesday, Qt::Thursday};
        rule.count = 6;
        const auto series = rule.expand(QDate(2027, 3, 16), QTime(9, 0), 60, madrid);
        QCOMPARE(series.occurrences.size(), 6);
        // 23 and 25 March could not be booked; summer time starts on the 28th (09:00 = 07:00 UTC).
        checkRoundTrip(rule, series.occurrences, {2, 3},
                       {QStringLiteral("2027-03-16T08:00:00Z"), QStringLiteral("2027-03-18T08:00:00Z"),
                        QStringLiteral("2027-03-30T07:00:00Z"), QStringLiteral("2027-04-01T07:00:00Z")});
    }

    void aDailySeriesUntilADateOverNewYear()
    {
        Recurrence rule;
        rule.frequency = Recurrence::Frequency::Daily;
        rule.until = QDate(2027, 1, 2);
        const auto series = rule.expand(QDate(2026, 12, 30), QTime(22, 30), 90, madrid);
        QCOMPARE(series.occurrences.size(), 4);
        checkRoundTrip(rule, series.occurrences, {1},
                       {QStringLiteral("2026-12-30T21:30:00Z"), QStringLiteral("2027-01-01T21:30:00Z"),
                        QStringLiteral("2027-01-02T21:30:00Z")});
    }
};

QTEST_GUILESS_MAIN(TestIcsSeries)
#include "tst_icsseries.moc"

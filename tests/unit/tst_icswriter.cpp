// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/IcsWriter.h"

#include <QTest>

using calendar::IcsWriter;

namespace {
domain::Booking booking(qint64 id, const QString &name, QTime from, QTime to)
{
    domain::Booking b;
    b.id = id;
    b.uniqueId = QStringLiteral("guid-%1").arg(id);
    b.resourceName = name;
    b.locationName = QStringLiteral("Portal Desk Madrid");
    b.from = QDateTime(QDate(2026, 12, 4), from, Qt::UTC);
    b.to = QDateTime(QDate(2026, 12, 4), to, Qt::UTC);
    return b;
}
} // namespace

class TestIcsWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesEventsInTheSpacesZone()
    {
        domain::Booking pending = booking(2, QStringLiteral("Phone Booth"), QTime(9, 0), QTime(9, 30));
        pending.pending = true;
        domain::Booking cancelled = booking(3, QStringLiteral("Gone"), QTime(10, 0), QTime(11, 0));
        cancelled.cancelled = true;
        const QByteArray ics = IcsWriter(QStringLiteral("Europe/Madrid"))
                                   .write({booking(1, QStringLiteral("Board Room"), QTime(14, 0), QTime(15, 0)), pending, cancelled},
                                          QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC));
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        QCOMPARE(ics.count("BEGIN:VEVENT"), 2); // the cancelled booking is left out
        QVERIFY(ics.contains("DTSTART;TZID=Europe/Madrid:20261204T140000\r\n")); // wall clock, never shifted
        QVERIFY(ics.contains("DTEND;TZID=Europe/Madrid:20261204T150000\r\n"));
        QVERIFY(ics.contains("UID:guid-1@portal-desk\r\n"));
        QVERIFY(ics.contains("DTSTAMP:20261123T080000Z\r\n"));
        QVERIFY(ics.contains("STATUS:TENTATIVE\r\n"));
        QVERIFY(!ics.contains("Gone"));
        for (const QByteArray &line : ics.split('\n'))
            QVERIFY2(line.isEmpty() || line.endsWith('\r'), "every line ends with CRLF");
    }

    void describesTheZoneAcrossItsOffsetChanges()
    {
        domain::Booking summer = booking(1, QStringLiteral("Board Room"), QTime(14, 0), QTime(15, 0));
        summer.from = QDateTime(QDate(2026, 7, 1), QTime(14, 0), Qt::UTC);
        summer.to = QDateTime(QDate(2026, 7, 1), QTime(15, 0), Qt::UTC);
        const domain::Booking winter = booking(2, QStringLiteral("Desk"), QTime(9, 0), QTime(10, 0)); // 4 December
        const QByteArray ics = IcsWriter(QStringLiteral("Europe/Madrid")).write({winter, summer}, QDateTime::currentDateTimeUtc());
        QCOMPARE(ics.count("BEGIN:VTIMEZONE"), 1);
        QVERIFY(ics.indexOf("BEGIN:VTIMEZONE") < ics.indexOf("BEGIN:VEVENT"));
        QVERIFY(ics.contains("TZID:Europe/Madrid\r\n"));
        // Summer time in force on 30 June (since 29 March, 02:00 local), then winter time from 25 October 03:00.
        QVERIFY(ics.contains("BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"));
        QVERIFY(ics.contains("BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"));
        QCOMPARE(ics.count("BEGIN:DAYLIGHT"), 1);
        QCOMPARE(ics.count("BEGIN:STANDARD"), 1);
    }

    void zoneWithoutSummerTimeHasOneObservance()
    {
        const QByteArray ics = IcsWriter(QStringLiteral("Asia/Tokyo"))
                                   .write({booking(1, QStringLiteral("Desk"), QTime(8, 0), QTime(9, 0))}, QDateTime::currentDateTimeUtc());
        QCOMPARE(ics.count("BEGIN:STANDARD"), 1);
        QVERIFY(!ics.contains("BEGIN:DAYLIGHT"));
        QVERIFY(ics.contains("TZOFFSETTO:+0900\r\n")); // since 1951
    }

    void unknownZoneFallsBackToFloatingTimes()
    {
        const QByteArray ics = IcsWriter(QStringLiteral("Mars/Olympus_Mons"))
                                   .write({booking(1, QStringLiteral("Desk"), QTime(8, 0), QTime(9, 0))}, QDateTime::currentDateTimeUtc());
        QVERIFY(!ics.contains("TZID"));
        QVERIFY(ics.contains("DTSTART:20261204T080000\r\n"));
    }

    void floatingTimesWithoutAZone()
    {
        const QByteArray ics = IcsWriter().write({booking(1, QStringLiteral("Desk"), QTime(8, 0), QTime(9, 0))},
                                                 QDateTime::currentDateTimeUtc());
        QVERIFY(ics.contains("DTSTART:20261204T080000\r\n"));
        QVERIFY(!ics.contains("VTIMEZONE"));
    }

    void escapesText()
    {
        QCOMPARE(IcsWriter::escapeText(QStringLiteral("Room 1, floor 2; left\\right\nnext")),
                 QStringLiteral("Room 1\\, floor 2\\; left\\\\right\\nnext"));
    }

    void foldsLongLinesWithoutSplittingCharacters()
    {
        const QString longName = QString(80, QChar(u'é')); // two bytes each in UTF-8
        const QByteArray folded = IcsWriter::fold("SUMMARY:" + longName.toUtf8());
        const QList<QByteArray> lines = folded.split('\n');
        for (const QByteArray &line : lines) {
            QVERIFY(line.size() <= 76); // 75 octets + the CR
        }
        // Unfolding gives back the exact original, valid UTF-8.
        QByteArray unfolded = folded;
        unfolded.replace("\r\n ", "");
        QCOMPARE(QString::fromUtf8(unfolded.trimmed()), QString(u"SUMMARY:" + longName));
    }
};

QTEST_GUILESS_MAIN(TestIcsWriter)
#include "tst_icswriter.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Booking.h"
#include "domain/BookingErrors.h"
#include "domain/Money.h"

#include <QLocale>

#include <QJsonDocument>
#include <QSet>
#include <QTest>

class TestBookingErrors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyDocumentedCodeHasItsOwnSentence()
    {
        const QStringList codes = domain::documentedBookingErrorCodes();
        QCOMPARE(codes.size(), 18); // the documented list
        const QString generic = domain::bookingErrorText(QStringLiteral("SOMETHING_NEW"));
        QSet<QString> sentences;
        for (const QString &code : codes) {
            const QString text = domain::bookingErrorText(code);
            QVERIFY2(!text.isEmpty() && text != generic, qPrintable(code));
            QVERIFY2(!text.contains(code), "never the raw code");
            sentences.insert(text);
        }
        QCOMPARE(sentences.size(), codes.size());
        QCOMPARE(domain::bookingErrorText(QStringLiteral("booking_conflict")),
                 domain::bookingErrorText(QStringLiteral("BOOKING_CONFLICT")));
    }

    void serverWordsForCustomAndUnknownCodes()
    {
        QCOMPARE(domain::bookingErrorText(QStringLiteral("CUSTOM_MESSAGE"), QStringLiteral("Must have Plan or Coworking to Book")),
                 QStringLiteral("Must have Plan or Coworking to Book"));
        QCOMPARE(domain::bookingErrorText(QStringLiteral("WHATEVER"), QStringLiteral("Closed for works")),
                 QStringLiteral("Closed for works"));
        QVERIFY(!domain::bookingErrorText(QString()).isEmpty());
    }

    void moneyInTheAppsLocale()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(domain::formatMoney(25, QStringLiteral("EUR")), QStringLiteral("€25.00"));
        QCOMPARE(domain::formatMoney(9.5, QStringLiteral("gbp")), QStringLiteral("£9.50"));
        QCOMPARE(domain::formatMoney(12, QStringLiteral("CHF")), QStringLiteral("12.00 CHF"));
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
        QVERIFY(domain::formatMoney(25, QStringLiteral("EUR")).startsWith(QStringLiteral("25,00")));
        QLocale::setDefault(QLocale::c());
    }

    void bookingTimesStayWallClock()
    {
        const auto doc = QJsonDocument::fromJson(R"({"Id": 7, "UniqueId": "u-1", "ResourceId": 3, "ResourceName": "Board",
            "FromTime": "2026-09-01T14:00:00.000Z", "ToTime": "2026-09-01T15:30:00Z", "Tentative": true})");
        const domain::Booking booking = domain::Booking::fromJson(doc.object());
        QCOMPARE(booking.from.time(), QTime(14, 0)); // 14:00 at the space, whatever this machine's zone
        QCOMPARE(booking.to.time(), QTime(15, 30));
        QVERIFY(booking.pending);
        QCOMPARE(domain::toWallClockString(booking.from), QStringLiteral("2026-09-01T14:00:00")); // no Z, no offset
    }
};

QTEST_GUILESS_MAIN(TestBookingErrors)
#include "tst_bookingerrors.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoomDetails.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QScrollBar>
#include <QTest>
#include <QTextBrowser>

class TestRoomDetails : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsFactsAndANeutralisedDescription()
    {
        domain::Resource r;
        r.id = 42;
        r.name = QStringLiteral("Board <Room>");
        r.resourceTypeName = QStringLiteral("Meeting Room");
        r.businessName = QStringLiteral("Madrid");
        r.groupName = QStringLiteral("Floor 2");
        r.policy.allocation = 6;
        r.policy.requiresConfirmation = true;
        r.amenities = domain::AmenitySet::of({domain::Amenity::Projector});
        r.descriptionHtml = QStringLiteral("<p onclick=\"steal()\">Bright room</p><script>alert('x')</script>"
                                           "<img src=\"https://tracker.example/pixel.png\"><a href=\"javascript:steal()\">click</a>");
        RoomDetails details;
        QList<QUrl> opened;
        details.setLinkOpener([&opened](const QUrl &url) { opened.append(url); });
        QSignalSpy book(&details, &RoomDetails::bookRequested);
        details.showResource(r);
        const QString text = details.shownText();
        QVERIFY(text.contains(QStringLiteral("Board <Room>"))); // escaped, shown as text
        QVERIFY(text.contains(QStringLiteral("Madrid, Floor 2")));
        QVERIFY(text.contains(QStringLiteral("approval")));
        QVERIFY(text.contains(domain::amenityLabel(domain::Amenity::Projector)));
        QVERIFY(text.contains(QStringLiteral("Bright room")));
        QVERIFY(!text.contains(QStringLiteral("alert")));
        const QString html = RoomDetails::detailsHtml(r);
        QVERIFY(!html.contains(QStringLiteral("onclick")));
        QVERIFY(!html.contains(QStringLiteral("<script")));

        // Nothing is fetched for the description, remote or local.
        SafeTextBrowser browser;
        QVERIFY(!browser.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("https://tracker.example/pixel.png"))).isValid());
        QVERIFY(!browser.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("file:///etc/passwd"))).isValid());

        details.findChild<QPushButton *>(QStringLiteral("bookButton"))->click();
        QCOMPARE(book.count(), 1);
        QCOMPARE(book.first().first().toLongLong(), 42);

        details.showResource(std::nullopt);
        QVERIFY(!details.findChild<QPushButton *>(QStringLiteral("bookButton"))->isEnabled());
    }

    void listsTheBookingRatesInWordsFromThePublicRecord()
    {
        // As the public detail route sends a room: its type with the booking rates nested.
        const QJsonObject record{
            {QStringLiteral("Id"), 7},
            {QStringLiteral("Name"), QStringLiteral("Focus Pod")},
            {QStringLiteral("ResourceType"),
             QJsonObject{{QStringLiteral("Id"), 2001},
                         {QStringLiteral("Name"), QStringLiteral("Pod")},
                         {QStringLiteral("BookingRates"),
                          QJsonArray{QJsonObject{{QStringLiteral("Name"), QStringLiteral("Hourly")},
                                                 {QStringLiteral("Price"), 12.5},
                                                 {QStringLiteral("PriceFormatted"), QStringLiteral("12.50 €")},
                                                 {QStringLiteral("ChargePeriod"), 2}},
                                     QJsonObject{{QStringLiteral("Name"), QStringLiteral("Full day")},
                                                 {QStringLiteral("Price"), 60},
                                                 {QStringLiteral("ChargePeriod"), 3}}}}}}};
        const domain::Resource r = domain::Resource::fromJson(record);
        QCOMPARE(r.bookingRates.size(), 2);
        QCOMPARE(domain::Resource::fromJson(r.toJson()), r); // kept through the flat shape too
        RoomDetails details;
        details.setCurrencyCode(QStringLiteral("EUR"));
        details.showResource(r);
        const QString text = details.shownText();
        QVERIFY(text.contains(QStringLiteral("Booking rates")));
        QVERIFY(text.contains(QStringLiteral("Hourly: 12.50 € per hour")));
        QVERIFY(text.contains(QStringLiteral("Full day: ")));
        QVERIFY(text.contains(QStringLiteral(" per day")));
        QVERIFY(!text.contains(QStringLiteral("ExtraService"), Qt::CaseInsensitive));

        details.showResource(domain::Resource{}); // no rates: no section
        QVERIFY(!details.shownText().contains(QStringLiteral("Booking rates")));
    }

    void theFullRecordFillsInTheRoomStillShownOnly()
    {
        // The list's record first (no rates: _shape), then the full one when it arrives.
        domain::Resource listed;
        listed.id = 7;
        listed.name = QStringLiteral("Focus Pod");
        listed.descriptionHtml = QStringLiteral("<p>%1</p>").arg(QStringLiteral("Quiet. ").repeated(400));
        domain::Resource full = listed;
        full.bookingRates = {{1, 1, 1, QStringLiteral("Hourly"), 12.5, 2, QStringLiteral("12.50 €")}};
        domain::Resource other = full;
        other.id = 8;
        other.name = QStringLiteral("Board Room");

        RoomDetails details;
        details.resize(300, 200);
        details.show();
        details.showResource(listed);
        QVERIFY(!details.shownText().contains(QStringLiteral("Booking rates")));
        details.showDetails(other); // an answer for a room the person left: ignored
        QVERIFY(details.shownText().contains(QStringLiteral("Focus Pod")));
        QVERIFY(!details.shownText().contains(QStringLiteral("Board Room")));

        auto *scroll = details.findChild<QTextBrowser *>()->verticalScrollBar();
        QVERIFY(scroll->maximum() > 0);
        scroll->setValue(scroll->maximum() / 2);
        const int readingAt = scroll->value();
        details.showDetails(full);
        QVERIFY(details.shownText().contains(QStringLiteral("Hourly: 12.50 € per hour")));
        QCOMPARE(scroll->value(), readingAt); // the reader keeps their place
        QCOMPARE(details.resourceId(), qint64(7));
    }

    void theFullRecordShowsTheTypeNameInTheChosenLanguage()
    {
        // The full record comes from /api/public, in the space's default language.
        domain::Resource full;
        full.id = 7;
        full.name = QStringLiteral("Focus Pod");
        full.resourceTypeId = 3;
        full.resourceTypeName = QStringLiteral("Meeting Room");
        domain::Resource other = full;
        other.id = 8;
        other.resourceTypeId = 4;
        other.resourceTypeName = QStringLiteral("Phone Booth");
        domain::SpaceWords words;
        words.language = QStringLiteral("fr");
        words.typeNamesByRoomId.insert(7, QStringLiteral("Salle de réunion"));

        RoomDetails details;
        details.setSpaceWords(words);
        details.showResource(full);
        details.showDetails(full);
        QVERIFY(details.shownText().contains(QStringLiteral("Salle de réunion")));
        QVERIFY(!details.shownText().contains(QStringLiteral("Meeting Room")));
        details.showResource(other); // no French word for this one: the default stays
        QVERIFY(details.shownText().contains(QStringLiteral("Phone Booth")));
        words.typeNamesByTypeId.insert(4, QStringLiteral("Cabine téléphonique")); // by its type
        details.setSpaceWords(words);
        QVERIFY(details.shownText().contains(QStringLiteral("Cabine téléphonique")));
        details.setSpaceWords({}); // another language without words: back to the default
        QVERIFY(details.shownText().contains(QStringLiteral("Phone Booth")));
    }
};

QTEST_MAIN(TestRoomDetails)
#include "tst_roomdetails.moc"

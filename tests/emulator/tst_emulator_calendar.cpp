// SPDX-License-Identifier: GPL-3.0-or-later
// GET /{lang}/bookings/fullCalendarBookings over real loopback HTTP (docs §5.4), plain QNetworkAccessManager.
#include "Emulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace emulator;

class TestEmulatorCalendar : public QObject
{
    Q_OBJECT
    std::unique_ptr<Emulator> m_emu;
    QNetworkAccessManager m_nam;
    QString m_token;

    struct Answer {
        int status = 0;
        QByteArray body;
    };
    Answer request(const QByteArray &method, const QString &path, const QString &query, const QString &token)
    {
        QUrl url = m_emu->baseUrl();
        url.setPath(path);
        url.setQuery(query);
        QNetworkRequest r(url);
        if (!token.isEmpty())
            r.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        r.setRawHeader("Accept", "application/json");
        QNetworkReply *reply = m_nam.sendCustomRequest(r, method);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
        reply->deleteLater();
        return a;
    }
    // The emulator's clock starts just after midnight in Madrid: its seeded bookings count from that day.
    static inline const QDateTime startAt{QDate(2026, 12, 4), QTime(23, 10), Qt::UTC};
    static QString window(int fromDays, int toDays)
    {
        const QDate today(2026, 12, 5); // startAt in Madrid
        return QStringLiteral("start=%1&end=%2").arg(today.addDays(fromDays).toString(Qt::ISODate), today.addDays(toDays).toString(Qt::ISODate));
    }

private Q_SLOTS:
    void initTestCase()
    {
        EmulatorConfig config;
        config.throttleEnabled = false;
        config.startAt = startAt;
        m_emu = std::make_unique<Emulator>(config);
        QVERIFY(m_emu->listen());
        QNetworkRequest r(m_emu->baseUrl().resolved(QUrl(QStringLiteral("/api/token"))));
        r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = m_nam.post(r, "grant_type=password&username=member%40demo.test&password=demo");
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        m_token = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("access_token")).toString();
        reply->deleteLater();
        QVERIFY(!m_token.isEmpty());
    }

    void bareArrayOfEveryonesBookingsOthersAnonymised()
    {
        // The seed books rooms for other members over the next days and one for the demo member in 2 days.
        const Answer a = request("GET", QStringLiteral("/en/bookings/fullCalendarBookings"), window(0, 8), m_token);
        QCOMPARE(a.status, 200);
        const QJsonDocument doc = QJsonDocument::fromJson(a.body);
        QVERIFY(doc.isArray());
        const QJsonArray rows = doc.array();
        QVERIFY(rows.size() >= 5);
        int mine = 0, others = 0;
        QList<QDateTime> myStarts;
        for (const QJsonValue &value : rows) {
            const QJsonObject row = value.toObject();
            QVERIFY(row.value(QStringLiteral("resourceId")).toInteger() > 0);
            QVERIFY(row.value(QStringLiteral("coworkerId")).isString()); // a STRING, as documented
            QCOMPARE(row.value(QStringLiteral("ignoreTimezone")).toBool(), true);
            const QDateTime start = QDateTime::fromString(row.value(QStringLiteral("start")).toString(), Qt::ISODate);
            const QDateTime end = QDateTime::fromString(row.value(QStringLiteral("end")).toString(), Qt::ISODate);
            QVERIFY(start.isValid() && end > start);
            if (row.value(QStringLiteral("private")).toBool()) {
                ++others;
                QVERIFY(row.value(QStringLiteral("coworkerFullName")).toString().isEmpty());
                QCOMPARE(row.value(QStringLiteral("coworkerId")).toString(), QString());
            } else {
                ++mine;
                QCOMPARE(row.value(QStringLiteral("coworkerId")).toString(), QStringLiteral("7001"));
                myStarts.append(start);
            }
        }
        QVERIFY(mine >= 1);
        QVERIFY(others >= 4);
        // Seeded relative to the emulator's own clock: "in two days at 15:00" from Madrid's 5 December.
        QVERIFY(myStarts.contains(QDateTime(QDate(2026, 12, 7), QTime(15, 0))));
    }

    void windowAndResourceAreHonoured()
    {
        QCOMPARE(QJsonDocument::fromJson(request("GET", QStringLiteral("/en/bookings/fullCalendarBookings"), window(400, 401), m_token).body)
                     .array()
                     .size(),
                 0);
        const QJsonArray all = QJsonDocument::fromJson(request("GET", QStringLiteral("/es/bookings/fullcalendarbookings"), window(0, 8), m_token).body).array();
        QVERIFY(!all.isEmpty());
        const qint64 resourceId = all.first().toObject().value(QStringLiteral("resourceId")).toInteger();
        const QJsonArray one = QJsonDocument::fromJson(request("GET", QStringLiteral("/en/bookings/fullCalendarBookings"),
                                                               window(0, 8) + QStringLiteral("&resourceId=%1").arg(resourceId), m_token)
                                                           .body)
                                   .array();
        QVERIFY(!one.isEmpty() && one.size() <= all.size());
        for (const QJsonValue &row : one)
            QCOMPARE(row.toObject().value(QStringLiteral("resourceId")).toInteger(), resourceId);
    }

    void startAndEndAreRequired()
    {
        QCOMPARE(request("GET", QStringLiteral("/en/bookings/fullCalendarBookings"), QStringLiteral("start=2026-01-01"), m_token).status, 500);
        QCOMPARE(request("GET", QStringLiteral("/en/bookings/fullCalendarBookings"), {}, m_token).status, 500);
    }

    void needsASignedInPerson()
    {
        QCOMPARE(request("GET", QStringLiteral("/en/bookings/fullCalendarBookings"), window(0, 1), {}).status, 401);
        QCOMPARE(request("POST", QStringLiteral("/en/bookings/fullCalendarBookings"), window(0, 1), m_token).status, 405);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorCalendar)
#include "tst_emulator_calendar.moc"

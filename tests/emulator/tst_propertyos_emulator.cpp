// SPDX-License-Identifier: GPL-3.0-or-later
// The Property OS emulator over real loopback HTTP, driven by a plain QNetworkAccessManager.
#include "PropertyOsEmulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using propertyos::PropertyOsConfig;
using propertyos::PropertyOsEmulator;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);

struct Answer
{
    int status = 0;
    QJsonObject body;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QJsonArray data() const { return body.value(QStringLiteral("data")).toArray(); }
    QJsonObject meta() const { return body.value(QStringLiteral("meta")).toObject(); }
    QJsonObject errors() const { return body.value(QStringLiteral("errors")).toObject(); }
};

QSet<QString> idsOf(const QList<QJsonObject> &records)
{
    QSet<QString> ids;
    for (const QJsonObject &r : records)
        ids.insert(r.value(QStringLiteral("id")).toString());
    return ids;
}

} // namespace

class TestPropertyOsEmulator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PropertyOsEmulator> m_server;
    QNetworkAccessManager m_nam;

    Answer call(PropertyOsEmulator &server, const QByteArray &verb, const QString &target,
                const QJsonObject &json = {}, const QByteArray &key = "nexus-demo-key")
    {
        QUrl url = server.baseUrl().resolved(QUrl(QStringLiteral("/api/v2/") + target));
        QNetworkRequest request(url);
        if (!key.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + key);
        QByteArray payload;
        if (verb != "GET") {
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            payload = QJsonDocument(json).toJson(QJsonDocument::Compact);
        }
        std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(request, verb, payload));
        if (!reply->isFinished())
            QSignalSpy(reply.get(), &QNetworkReply::finished).wait(10000);
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = QJsonDocument::fromJson(reply->readAll()).object();
        for (const auto &header : reply->rawHeaderPairs())
            a.headers.insert(header.first.toLower(), header.second);
        return a;
    }
    Answer call(const QByteArray &verb, const QString &target, const QJsonObject &json = {})
    {
        return call(*m_server, verb, target, json);
    }
    // Every record of a list, page after page of 100.
    QList<QJsonObject> all(const QString &collection, const QString &filters = {})
    {
        QList<QJsonObject> records;
        for (int page = 1;; ++page) {
            const Answer a = call("GET", QStringLiteral("%1?limit=100&page=%2%3").arg(collection).arg(page).arg(filters));
            if (a.status != 200 || a.data().isEmpty())
                return records;
            for (const QJsonValue &v : a.data())
                records.append(v.toObject());
            if (records.size() >= a.meta().value(QStringLiteral("total")).toInt())
                return records;
        }
    }
    QJsonObject firstTenant(const QString &status)
    {
        const Answer a = call("GET", QStringLiteral("tenants?status=") + status);
        return a.data().first().toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        PropertyOsConfig config;
        config.plan = propertyos::Plan::Enterprise; // the data tests make hundreds of requests
        config.startAt = kNow;
        m_server = std::make_unique<PropertyOsEmulator>(config);
        QVERIFY(m_server->listen());
    }

    void wrongKeyIsRefused()
    {
        for (const QByteArray &key : {QByteArray("wrong-key"), QByteArray()}) {
            const Answer a = call(*m_server, "GET", QStringLiteral("properties"), {}, key);
            QCOMPARE(a.status, 401);
            QVERIFY(!a.body.value(QStringLiteral("message")).toString().isEmpty());
            QCOMPARE(a.body.value(QStringLiteral("code")).toString(), QStringLiteral("unauthenticated"));
        }
        QCOMPARE(call("GET", QStringLiteral("properties")).status, 200);
    }

    void pagingDefaultsExplicitAndCap()
    {
        const Answer first = call("GET", QStringLiteral("properties"));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.meta().value(QStringLiteral("page")).toInt(), 1);
        QCOMPARE(first.meta().value(QStringLiteral("limit")).toInt(), 20);
        QCOMPARE(first.data().size(), 20);
        const QList<QJsonObject> every = all(QStringLiteral("properties"));
        QCOMPARE(first.meta().value(QStringLiteral("total")).toInt(), int(every.size()));
        QVERIFY(every.size() > 20);

        const Answer second = call("GET", QStringLiteral("properties?page=2&limit=5"));
        QCOMPARE(second.meta().value(QStringLiteral("page")).toInt(), 2);
        QCOMPARE(second.meta().value(QStringLiteral("limit")).toInt(), 5);
        QCOMPARE(second.data().size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(second.data().at(i).toObject(), every.at(5 + i));

        const Answer capped = call("GET", QStringLiteral("tenants?limit=500")); // more than 100 tenants
        QCOMPARE(capped.status, 200);
        QCOMPARE(capped.meta().value(QStringLiteral("limit")).toInt(), 100);
        QCOMPARE(capped.data().size(), 100);
        QVERIFY(capped.meta().value(QStringLiteral("total")).toInt() > 100);

        const Answer beyond = call("GET", QStringLiteral("properties?page=99"));
        QCOMPARE(beyond.status, 200);
        QVERIFY(beyond.data().isEmpty());

        const Answer bad = call("GET", QStringLiteral("properties?page=0&limit=abc"));
        QCOMPARE(bad.status, 422);
        QVERIFY(bad.errors().contains(QStringLiteral("page")));
        QVERIFY(bad.errors().contains(QStringLiteral("limit")));
    }

    void statusFilter_data()
    {
        QTest::addColumn<QString>("status");
        QTest::newRow("active") << QStringLiteral("active");
        QTest::newRow("inactive") << QStringLiteral("inactive");
        QTest::newRow("maintenance") << QStringLiteral("maintenance");
    }
    void statusFilter()
    {
        QFETCH(QString, status);
        int expected = 0;
        for (const QJsonObject &p : all(QStringLiteral("properties")))
            expected += p.value(QStringLiteral("status")).toString() == status;
        QVERIFY(expected > 0); // the demo portfolio has each status
        const Answer a = call("GET", QStringLiteral("properties?limit=100&status=") + status);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.meta().value(QStringLiteral("total")).toInt(), expected);
        QCOMPARE(a.data().size(), expected);
        for (const QJsonValue &v : a.data())
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), status);
    }
    void unknownStatusIsRefused()
    {
        const Answer a = call("GET", QStringLiteral("properties?status=demolished"));
        QCOMPARE(a.status, 422);
        QVERIFY(a.errors().contains(QStringLiteral("status")));
    }

    void createdPropertyIsListed()
    {
        const int before = call("GET", QStringLiteral("properties")).meta().value(QStringLiteral("total")).toInt();
        const QJsonObject address{{QStringLiteral("street"), QStringLiteral("1 Palm Crescent")},
                                  {QStringLiteral("city"), QStringLiteral("Dubai")},
                                  {QStringLiteral("country"), QStringLiteral("AE")}};
        const Answer created = call("POST", QStringLiteral("properties"),
                                    {{QStringLiteral("name"), QStringLiteral("Palm Villas")},
                                     {QStringLiteral("type"), QStringLiteral("mixed")},
                                     {QStringLiteral("address"), address}});
        QCOMPARE(created.status, 201);
        const QString id = created.body.value(QStringLiteral("id")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^prop_[a-z0-9]+$")).match(id).hasMatch(), qPrintable(id));
        QCOMPARE(created.body.value(QStringLiteral("name")).toString(), QStringLiteral("Palm Villas"));
        QCOMPARE(created.body.value(QStringLiteral("address")).toObject(), address);
        QCOMPARE(created.body.value(QStringLiteral("status")).toString(), QStringLiteral("active"));

        const QList<QJsonObject> listed = all(QStringLiteral("properties"));
        QCOMPARE(int(listed.size()), before + 1);
        QVERIFY(idsOf(listed).contains(id));
        QCOMPARE(call("GET", QStringLiteral("properties/") + id).body, created.body);
    }

    void createPropertyNamesEachMissingField()
    {
        const int before = call("GET", QStringLiteral("properties")).meta().value(QStringLiteral("total")).toInt();
        const Answer empty = call("POST", QStringLiteral("properties"), {});
        QCOMPARE(empty.status, 422);
        for (const char *field : {"name", "type", "address"})
            QVERIFY2(empty.errors().value(QString::fromLatin1(field)).isArray(), field);

        const Answer partial = call("POST", QStringLiteral("properties"),
                                    {{QStringLiteral("name"), QStringLiteral("No City")},
                                     {QStringLiteral("type"), QStringLiteral("castle")},
                                     {QStringLiteral("address"), QJsonObject{{QStringLiteral("street"), QStringLiteral("2 Road")},
                                                                              {QStringLiteral("country"), QStringLiteral("AE")}}}});
        QCOMPARE(partial.status, 422);
        QCOMPARE(partial.errors().keys(), (QStringList{QStringLiteral("address.city"), QStringLiteral("type")}));
        QCOMPARE(call("GET", QStringLiteral("properties")).meta().value(QStringLiteral("total")).toInt(), before);
    }

    void tenantDetailsCarryLeasesAndPayments()
    {
        const QString id = firstTenant(QStringLiteral("active")).value(QStringLiteral("id")).toString();
        const Answer a = call("GET", QStringLiteral("tenants/") + id);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body.value(QStringLiteral("id")).toString(), id);
        const QJsonArray leases = a.body.value(QStringLiteral("leases")).toArray();
        const QJsonArray payments = a.body.value(QStringLiteral("payments")).toArray();
        QVERIFY(!leases.isEmpty());
        QVERIFY(!payments.isEmpty());
        for (const QJsonValue &lease : leases)
            QCOMPARE(lease.toObject().value(QStringLiteral("tenant_id")).toString(), id);
        QList<QJsonObject> expected = all(QStringLiteral("payments"), QStringLiteral("&tenant_id=") + id);
        QCOMPARE(int(payments.size()), int(expected.size()));
        for (const QJsonValue &payment : payments)
            QCOMPARE(payment.toObject().value(QStringLiteral("tenant_id")).toString(), id);
        QCOMPARE(call("GET", QStringLiteral("tenants/ten_nobody")).status, 404);
    }

    void updatedContactsAreShown()
    {
        const QString id = firstTenant(QStringLiteral("former")).value(QStringLiteral("id")).toString();
        const QJsonArray contacts{QJsonObject{{QStringLiteral("name"), QStringLiteral("Rania Haddad")},
                                              {QStringLiteral("relationship"), QStringLiteral("sister")},
                                              {QStringLiteral("phone"), QStringLiteral("+971 50 123 4567")}}};
        const QJsonObject change{{QStringLiteral("email"), QStringLiteral("new.address@example.ae")},
                                 {QStringLiteral("phone"), QStringLiteral("+971 4 555 0101")},
                                 {QStringLiteral("emergency_contacts"), contacts}};
        QCOMPARE(call("PUT", QStringLiteral("tenants/") + id, change).status, 200);
        const QJsonObject shown = call("GET", QStringLiteral("tenants/") + id).body;
        for (const QString &key : change.keys())
            QCOMPARE(shown.value(key), change.value(key));

        const Answer bad = call("PUT", QStringLiteral("tenants/") + id,
                                {{QStringLiteral("email"), QStringLiteral("not-an-email")},
                                 {QStringLiteral("emergency_contacts"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("X")}}}}});
        QCOMPARE(bad.status, 422);
        QVERIFY(bad.errors().contains(QStringLiteral("email")));
        QVERIFY(bad.errors().contains(QStringLiteral("emergency_contacts.0.phone")));
        QCOMPARE(call("GET", QStringLiteral("tenants/") + id).body.value(QStringLiteral("email")), change.value(QStringLiteral("email")));
    }

    void paymentFilters_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("propertyIndex"); // -1: no property filter
        const QString a = kNow.date().addDays(-75).toString(Qt::ISODate), b = kNow.date().addDays(-40).toString(Qt::ISODate);
        QTest::newRow("date range") << a << b << QString() << -1;
        QTest::newRow("from only") << b << QString() << QString() << -1;
        QTest::newRow("status") << QString() << QString() << QStringLiteral("pending") << -1;
        QTest::newRow("property") << QString() << QString() << QString() << 0;
        QTest::newRow("all three") << a << kNow.date().toString(Qt::ISODate) << QStringLiteral("completed") << 3;
    }
    void paymentFilters()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, status);
        QFETCH(int, propertyIndex);
        const QString property = propertyIndex < 0 ? QString()
            : call("GET", QStringLiteral("properties?status=active")).data().at(propertyIndex).toObject().value(QStringLiteral("id")).toString();
        QSet<QString> expected;
        for (const QJsonObject &p : all(QStringLiteral("payments"))) {
            const QString date = p.value(QStringLiteral("date")).toString();
            if ((!from.isEmpty() && date < from) || (!to.isEmpty() && date > to)
                || (!status.isEmpty() && p.value(QStringLiteral("status")).toString() != status)
                || (!property.isEmpty() && p.value(QStringLiteral("property_id")).toString() != property))
                continue;
            expected.insert(p.value(QStringLiteral("id")).toString());
        }
        QVERIFY(!expected.isEmpty());
        QString query;
        const QList<std::pair<const char *, QString>> filters{{"from", from}, {"to", to}, {"status", status}, {"property_id", property}};
        for (const auto &[key, value] : filters) {
            if (!value.isEmpty())
                query += QLatin1Char('&') + QString::fromLatin1(key) + QLatin1Char('=') + value;
        }
        const QList<QJsonObject> got = all(QStringLiteral("payments"), query);
        QCOMPARE(int(got.size()), int(expected.size()));
        QCOMPARE(idsOf(got), expected);
    }

    void paymentWithBadMethodIsRefused()
    {
        const QString tenant = firstTenant(QStringLiteral("active")).value(QStringLiteral("id")).toString();
        const int before = call("GET", QStringLiteral("payments")).meta().value(QStringLiteral("total")).toInt();
        QJsonObject payment{{QStringLiteral("tenant_id"), tenant},
                            {QStringLiteral("amount"), 4500.5},
                            {QStringLiteral("date"), kNow.date().toString(Qt::ISODate)},
                            {QStringLiteral("method"), QStringLiteral("bitcoin")}};
        const Answer bad = call("POST", QStringLiteral("payments"), payment);
        QCOMPARE(bad.status, 422);
        QCOMPARE(bad.errors().keys(), QStringList{QStringLiteral("method")});
        QCOMPARE(call("GET", QStringLiteral("payments")).meta().value(QStringLiteral("total")).toInt(), before);

        payment.insert(QStringLiteral("method"), QStringLiteral("bank_transfer"));
        const Answer good = call("POST", QStringLiteral("payments"), payment);
        QCOMPARE(good.status, 201);
        QCOMPARE(good.body.value(QStringLiteral("amount")).toDouble(), 4500.5);
        const QString id = good.body.value(QStringLiteral("id")).toString();
        QVERIFY(idsOf(all(QStringLiteral("payments"), QStringLiteral("&tenant_id=") + tenant)).contains(id));
    }

    void hourlyLimitAnswers429UntilTheHourPasses()
    {
        PropertyOsConfig config;
        config.startAt = kNow;
        config.hourlyLimit = 3;
        PropertyOsEmulator limited(config);
        QVERIFY(limited.listen());
        for (int i = 0; i < 3; ++i) {
            const Answer a = call(limited, "GET", QStringLiteral("properties"));
            QCOMPARE(a.status, 200);
            QCOMPARE(a.headers.value("x-ratelimit-limit"), QByteArray("3"));
            QCOMPARE(a.headers.value("x-ratelimit-remaining"), QByteArray::number(2 - i));
        }
        QCOMPARE(call(limited, "GET", QStringLiteral("properties"), {}, "wrong-key").status, 401);
        const Answer over = call(limited, "GET", QStringLiteral("tenants"));
        QCOMPARE(over.status, 429);
        const int retryAfter = over.headers.value("retry-after").toInt();
        QVERIFY2(retryAfter > 3500 && retryAfter <= 3600, over.headers.value("retry-after"));
        QCOMPARE(over.body.value(QStringLiteral("code")).toString(), QStringLiteral("rate_limited"));

        limited.advance(3000);
        QCOMPARE(call(limited, "GET", QStringLiteral("properties")).status, 429);
        limited.advance(retryAfter - 3000 + 1);
        const Answer again = call(limited, "GET", QStringLiteral("properties"));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.headers.value("x-ratelimit-remaining"), QByteArray("2"));
    }

    void demoPortfolioFollowsSeedAndClock()
    {
        const int properties = call("GET", QStringLiteral("properties")).meta().value(QStringLiteral("total")).toInt();
        const int tenants = call("GET", QStringLiteral("tenants")).meta().value(QStringLiteral("total")).toInt();
        const QList<QJsonObject> payments = all(QStringLiteral("payments"));
        QVERIFY2(properties >= 24 && properties <= 60, qPrintable(QString::number(properties)));
        QVERIFY2(tenants >= 200 && tenants <= 600, qPrintable(QString::number(tenants)));
        QVERIFY2(payments.size() >= 1000 && payments.size() <= 6000, qPrintable(QString::number(payments.size())));
        const QString today = kNow.date().toString(Qt::ISODate), yearAgo = kNow.date().addYears(-1).toString(Qt::ISODate);
        for (const QJsonObject &p : payments) {
            const QString date = p.value(QStringLiteral("date")).toString();
            QVERIFY2(date >= yearAgo && date <= today, qPrintable(date));
        }

        // m_server has had writes: compare two fresh emulators of one seed, and one of another seed.
        PropertyOsConfig config;
        config.startAt = kNow;
        PropertyOsEmulator same(config), again(config);
        config.seed = 43;
        PropertyOsEmulator other(config);
        QVERIFY(same.listen() && again.listen() && other.listen());
        const QString page = QStringLiteral("tenants?limit=50");
        QCOMPARE(call(same, "GET", page).body, call(again, "GET", page).body);
        QVERIFY(call(same, "GET", page).body != call(other, "GET", page).body);
    }

    void faultSwitchesAndProtocolErrors()
    {
        PropertyOsConfig config;
        config.startAt = kNow;
        config.errorRate = 1;
        PropertyOsEmulator failing(config);
        QVERIFY(failing.listen());
        QCOMPARE(call(failing, "GET", QStringLiteral("properties")).status, 503);
        config.errorRate = 0;
        config.htmlRate = 1;
        PropertyOsEmulator html(config);
        QVERIFY(html.listen());
        const Answer page = call(html, "GET", QStringLiteral("properties"));
        QCOMPARE(page.status, 200);
        QVERIFY(page.headers.value("content-type").startsWith("text/html"));

        const Answer wrongMethod = call("DELETE", QStringLiteral("properties"));
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(wrongMethod.headers.value("allow"), QByteArray("GET, POST"));
        QCOMPARE(call("GET", QStringLiteral("leases")).status, 404);
        QNetworkRequest request(m_server->baseUrl().resolved(QUrl(QStringLiteral("/api/v2/payments"))));
        request.setRawHeader("Authorization", "Bearer nexus-demo-key");
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        std::unique_ptr<QNetworkReply> reply(m_nam.post(request, QByteArrayLiteral("{not json")));
        QVERIFY(QSignalSpy(reply.get(), &QNetworkReply::finished).wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    }

    void binaryAnnouncesItsPortAndEnforcesThePlan()
    {
        QProcess process;
        process.start(QStringLiteral(PROPERTY_OS_EMULATOR_BIN), {QStringLiteral("--port"), QStringLiteral("0"),
                                                                 QStringLiteral("--plan"), QStringLiteral("professional")});
        QVERIFY(process.waitForReadyRead(10000));
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        const auto match = QRegularExpression(QStringLiteral("^Property OS emulator listening on http://127\\.0\\.0\\.1:(\\d+)$")).match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v2/properties").arg(match.captured(1))));
        request.setRawHeader("Authorization", "Bearer nexus-demo-key");
        std::unique_ptr<QNetworkReply> reply(m_nam.get(request));
        QVERIFY(QSignalSpy(reply.get(), &QNetworkReply::finished).wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->rawHeader("X-RateLimit-Limit"), QByteArray("5000"));
        process.kill();
        process.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestPropertyOsEmulator)
#include "tst_propertyos_emulator.moc"

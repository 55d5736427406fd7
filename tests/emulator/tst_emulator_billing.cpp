// SPDX-License-Identifier: GPL-3.0-or-later
// The read-only booking-rate admin route (/api/billing/extraservices) and the demo's audit cases,
// over loopback with a plain QNetworkAccessManager.
#include "Emulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace emulator;

namespace {
QString s(const char *text)
{
    return QString::fromLatin1(text);
}
} // namespace

class TestEmulatorBilling : public QObject
{
    Q_OBJECT

    std::unique_ptr<Emulator> m_emu;
    QNetworkAccessManager m_nam;
    QByteArray m_admin, m_member;

    struct Reply {
        int status = 0;
        QByteArray body;
        QByteArray allow;
        QJsonObject obj() const { return QJsonDocument::fromJson(body).object(); }
        QJsonArray records() const { return obj().value(QStringLiteral("Records")).toArray(); }
    };
    Reply send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &token)
    {
        QUrl url = m_emu->baseUrl();
        const qsizetype q = pathAndQuery.indexOf(QLatin1Char('?'));
        url.setPath(pathAndQuery.left(q));
        if (q >= 0)
            url.setQuery(pathAndQuery.mid(q + 1));
        QNetworkRequest request(url);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        Reply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), reply->rawHeader("Allow")};
        reply->deleteLater();
        return r;
    }
    Reply get(const QString &path, const QByteArray &token) { return send("GET", path, token); }
    QByteArray signIn(const QByteArray &user)
    {
        QUrl url = m_emu->baseUrl();
        url.setPath(QStringLiteral("/api/token"));
        QNetworkRequest request(url);
        request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
        QNetworkReply *reply = m_nam.post(request, "grant_type=password&username=" + user + "&password=demo");
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("access_token")).toString().toLatin1();
    }
    QJsonArray allResources()
    {
        return get(s("/api/spaces/resources?size=1000"), m_admin).records();
    }

private Q_SLOTS:
    void initTestCase()
    {
        EmulatorConfig config;
        config.throttleEnabled = false;
        m_emu = std::make_unique<Emulator>(config);
        QVERIFY(m_emu->listen());
        m_admin = signIn("admin@demo.test");
        m_member = signIn("member@demo.test");
        QVERIFY(!m_admin.isEmpty() && !m_member.isEmpty());
    }

    void listsBookingRatesLikeOtherAdminLists()
    {
        const Reply r = get(s("/api/billing/extraservices?size=5&orderBy=Price&dir=Descending"), m_admin);
        QCOMPARE(r.status, 200);
        const QJsonObject envelope = r.obj();
        QCOMPARE(envelope.value(s("CurrentSortDirection")).toInt(), 1);
        QCOMPARE(envelope.value(s("PageSize")).toInt(), 5);
        QVERIFY(envelope.value(s("TotalItems")).toInt() > 30);
        const QJsonArray records = r.records();
        QCOMPARE(records.size(), 5);
        double previous = 1e9;
        for (const QJsonValue &v : records) {
            const QJsonObject rate = v.toObject();
            for (const char *key : {"Id", "BusinessId", "Name", "Price", "ChargePeriod", "ResourceTypeId", "ResourceTypeName"})
                QVERIFY2(rate.contains(s(key)), key);
            QVERIFY(rate.value(s("Price")).toDouble() <= previous);
            previous = rate.value(s("Price")).toDouble();
        }
    }

    void filtersByResourceTypeAndGetsById()
    {
        const Reply r = get(s("/api/billing/extraservices?ExtraService_ResourceType=2001"), m_admin);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.records().isEmpty());
        for (const QJsonValue &v : r.records())
            QCOMPARE(v.toObject().value(s("ResourceTypeId")).toInteger(), 2001);
        const qint64 id = r.records().first().toObject().value(s("Id")).toInteger();
        const Reply one = get(QStringLiteral("/api/billing/extraservices/%1").arg(id), m_admin);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.obj().value(s("Id")).toInteger(), id);
        QCOMPARE(get(s("/api/billing/extraservices/999999"), m_admin).status, 404);
    }

    void isAdminOnlyAndReadOnly()
    {
        QCOMPARE(get(s("/api/billing/extraservices"), {}).status, 401);
        QCOMPARE(get(s("/api/billing/extraservices"), m_member).status, 403);
        const Reply post = send("POST", s("/api/billing/extraservices"), m_admin);
        QCOMPARE(post.status, 405);
        QCOMPARE(post.allow, QByteArray("GET"));
        QCOMPARE(get(s("/api/billing/nothing"), m_admin).status, 404);
    }

    void demoHasATypeWithoutRates()
    {
        const QJsonArray types = get(s("/api/spaces/resourcetypes?size=1000"), m_admin).records();
        QSet<qint64> priced;
        for (const QJsonValue &v : get(s("/api/billing/extraservices?size=1000"), m_admin).records())
            priced.insert(v.toObject().value(s("ResourceTypeId")).toInteger());
        QStringList unpriced;
        for (const QJsonValue &v : types) {
            if (!priced.contains(v.toObject().value(s("Id")).toInteger()))
                unpriced << v.toObject().value(s("Name")).toString();
        }
        QCOMPARE(unpriced, QStringList{s("Quiet Pod")});
    }

    void demoHasResourcesThatTripEachAuditRule()
    {
        const QJsonArray resources = allResources();
        QCOMPARE(resources.size(), 70); // 63 curated + 7 audit cases
        int minAboveMax = 0, visibleArchived = 0, multipleNoAllocation = 0, feeWithoutAmount = 0, visitorsNoAllocation = 0;
        for (const QJsonValue &v : resources) {
            const QJsonObject r = v.toObject();
            const int min = r.value(s("MinBookingLength")).toInt(), max = r.value(s("MaxBookingLength")).toInt();
            minAboveMax += max > 0 && min > max;
            visibleArchived += r.value(s("Visible")).toBool() && r.value(s("Archived")).toBool();
            multipleNoAllocation += r.value(s("AllowMultipleBookings")).toBool() && r.value(s("Allocation")).toInt() <= 0;
            visitorsNoAllocation += r.value(s("LimitVisitorsToAllocation")).toBool() && r.value(s("Allocation")).toInt() <= 0;
            const int type = r.value(s("CancellationFeeType")).toInt();
            feeWithoutAmount += r.value(s("ChargeCancellationFee")).toBool()
                && ((type == 1 && r.value(s("CancellationFeeAmount")).toDouble() <= 0)
                    || (type == 2 && r.value(s("CancellationFeePercentage")).toDouble() <= 0));
            // Zoom tokens stay on the admin record (the client must mask them).
        }
        QCOMPARE(minAboveMax, 1);
        QVERIFY(visibleArchived >= 1);
        QCOMPARE(multipleNoAllocation, 2);
        QCOMPARE(feeWithoutAmount, 2);
        QCOMPARE(visitorsNoAllocation, 1);
    }

    void generatedModeHasNoAuditCases()
    {
        EmulatorConfig config;
        config.throttleEnabled = false;
        config.resourceCount = 12;
        auto generated = std::make_unique<Emulator>(config);
        QVERIFY(generated->listen());
        std::swap(m_emu, generated); // the helpers talk to m_emu
        const QByteArray token = signIn("admin@demo.test");
        const int total = get(s("/api/spaces/resources"), token).obj().value(s("TotalItems")).toInt();
        std::swap(m_emu, generated);
        QCOMPARE(total, 12);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorBilling)
#include "tst_emulator_billing.moc"

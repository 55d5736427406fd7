// SPDX-License-Identifier: GPL-3.0-or-later
// The emulator over real loopback HTTP, driven by a plain QNetworkAccessManager (no client code).
#include "Emulator.h"
#include "Throttle.h"
#include "Totp.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace emulator;

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    qint64 elapsedMs = 0;

    QJsonValue json() const
    {
        QJsonParseError e{};
        const QJsonDocument doc = QJsonDocument::fromJson(body, &e);
        if (e.error == QJsonParseError::NoError)
            return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        // Scalars (e.g. the string "Not found")
        const QJsonDocument wrapped = QJsonDocument::fromJson("[" + body + "]");
        return wrapped.isArray() && !wrapped.array().isEmpty() ? wrapped.array().first() : QJsonValue(QJsonValue::Undefined);
    }
    QJsonObject obj() const { return json().toObject(); }
    bool isValidJson() const
    {
        QJsonParseError e{};
        QJsonDocument::fromJson(body, &e);
        return e.error == QJsonParseError::NoError;
    }
};

QString s(const char *text) { return QString::fromUtf8(text); }

} // namespace

class TestEmulator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Emulator> m_emu;
    QNetworkAccessManager m_nam;
    QString m_adminToken, m_memberToken;

    Reply send(Emulator &emu, const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QUrl url = emu.baseUrl();
        const int q = pathAndQuery.indexOf(QLatin1Char('?'));
        url.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q));
        if (q >= 0)
            url.setQuery(pathAndQuery.mid(q + 1));
        QNetworkRequest request(url);
        for (const auto &h : headers)
            request.setRawHeader(h.first, h.second);
        if (!body.isEmpty() && request.rawHeader("Content-Type").isEmpty())
            request.setRawHeader("Content-Type", "application/json");
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy spy(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            spy.wait(10000);
        Reply r;
        r.elapsedMs = timer.elapsed();
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.error = reply->error();
        for (const auto &pair : reply->rawHeaderPairs())
            r.headers.insert(pair.first.toLower(), pair.second);
        reply->deleteLater();
        return r;
    }
    Reply get(const QString &path, const QString &token = {}, const QList<QPair<QByteArray, QByteArray>> &extra = {})
    {
        auto headers = extra;
        if (!token.isEmpty())
            headers.append({"Authorization", "Bearer " + token.toLatin1()});
        return send(*m_emu, "GET", path, {}, headers);
    }
    Reply token(Emulator &emu, const QByteArray &form, const QByteArray &clientId = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/x-www-form-urlencoded"}};
        if (!clientId.isEmpty())
            headers.append({"client_id", clientId});
        return send(emu, "POST", QStringLiteral("/api/token"), form, headers);
    }
    QString signIn(const QByteArray &user)
    {
        const Reply r = token(*m_emu, "grant_type=password&username=" + user + "&password=demo");
        return r.obj().value(QStringLiteral("access_token")).toString();
    }
    Reply write(const QByteArray &method, const QString &path, const QJsonObject &body, const QString &tok)
    {
        return send(*m_emu, method, path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                    {{"Authorization", "Bearer " + tok.toLatin1()}});
    }
    QJsonArray records(const Reply &r) { return r.obj().value(QStringLiteral("Records")).toArray(); }

private Q_SLOTS:
    void initTestCase()
    {
        EmulatorConfig config;
        config.throttleEnabled = false;
        m_emu = std::make_unique<Emulator>(config);
        QVERIFY(m_emu->listen());
        QVERIFY(m_emu->port() > 0);
        QCOMPARE(m_emu->baseUrl().host(), QStringLiteral("127.0.0.1"));
        m_adminToken = signIn("admin%40demo.test");
        m_memberToken = signIn("member%40demo.test");
        QVERIFY(m_adminToken.startsWith(QLatin1String("eyJ")));
        QVERIFY(!m_memberToken.isEmpty());
    }

    // ---------------------------------------------------------------- auth
    void passwordGrant()
    {
        const Reply r = token(*m_emu, "grant_type=password&username=member%40demo.test&password=demo");
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.obj();
        QVERIFY(o.value(QStringLiteral("access_token")).toString().startsWith(QLatin1String("eyJ")));
        QCOMPARE(o.value(QStringLiteral("token_type")).toString(), QStringLiteral("bearer"));
        QCOMPARE(o.value(QStringLiteral("expires_in")).toInt(), 3600);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(o.value(QStringLiteral("refresh_token")).toString()).hasMatch());
    }

    void badCredentialsAndFormats()
    {
        Reply r = token(*m_emu, "grant_type=password&username=member%40demo.test&password=nope");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.obj().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
        QCOMPARE(r.obj().value(QStringLiteral("error_description")).toString(), QStringLiteral("The user name or password is incorrect."));
        r = send(*m_emu, "POST", QStringLiteral("/api/token"),
                 R"({"grant_type":"password","username":"member@demo.test","password":"demo"})");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.obj().value(QStringLiteral("error")).toString(), QStringLiteral("unsupported_grant_type"));
        r = token(*m_emu, "grant_type=client_credentials");
        QCOMPARE(r.obj().value(QStringLiteral("error")).toString(), QStringLiteral("unsupported_grant_type"));
        r = token(*m_emu, "grant_type=password&username=reset%40demo.test&password=demo");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.obj().value(QStringLiteral("error")).toString(), QStringLiteral("must_reset_password"));
        QVERIFY(!r.obj().value(QStringLiteral("error_description")).toString().isEmpty());
    }

    void twoFactor()
    {
        // RFC 6238 appendix B vector (SHA1, T=59): 94287082 → last six digits.
        QCOMPARE(Totp::code(QByteArray("12345678901234567890"), 59), QStringLiteral("287082"));
        Reply r = token(*m_emu, "grant_type=password&username=totp%40demo.test&password=demo");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.obj().value(QStringLiteral("error")).toString(), QStringLiteral("two_factor_auth_check"));
        r = token(*m_emu, "grant_type=password&username=totp%40demo.test&password=demo&totp=000001");
        QCOMPARE(r.obj().value(QStringLiteral("error")).toString(), QStringLiteral("two_factor_auth_check"));
        r = token(*m_emu, "grant_type=password&username=totp%40demo.test&password=demo&totp=123456");
        QCOMPARE(r.status, 200);
        const QString code = Totp::code(Totp::decodeBase32(QStringLiteral("JBSWY3DPEHPK3PXP")),
                                        m_emu->now().toSecsSinceEpoch());
        r = token(*m_emu, "grant_type=password&username=totp%40demo.test&password=demo&totp=" + code.toLatin1());
        QCOMPARE(r.status, 200);
    }

    void refreshRotation()
    {
        const QByteArray client = "nexudus.portal.member@demo.test";
        Reply r = token(*m_emu, "grant_type=password&username=member%40demo.test&password=demo", client);
        QCOMPARE(r.status, 200);
        const QString access1 = r.obj().value(QStringLiteral("access_token")).toString();
        const QByteArray refresh1 = r.obj().value(QStringLiteral("refresh_token")).toString().toLatin1();

        // Another client_id (or none, which means the e-mail) is rejected, and does not burn the token.
        r = token(*m_emu, "grant_type=refresh_token&refresh_token=" + refresh1, "someone.else");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.obj().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
        r = token(*m_emu, "grant_type=refresh_token&refresh_token=" + refresh1);
        QCOMPARE(r.obj().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));

        r = token(*m_emu, "grant_type=refresh_token&refresh_token=" + refresh1, client);
        QCOMPARE(r.status, 200);
        const QByteArray refresh2 = r.obj().value(QStringLiteral("refresh_token")).toString().toLatin1();
        QVERIFY(refresh2 != refresh1);
        // Reuse of the rotated token fails; the old access token still works.
        r = token(*m_emu, "grant_type=refresh_token&refresh_token=" + refresh1, client);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.obj().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
        QCOMPARE(get(QStringLiteral("/api/public/coworkers/profiles"), access1).status, 200);

        // Revocation.
        m_emu->revokeRefreshTokens();
        r = token(*m_emu, "grant_type=refresh_token&refresh_token=" + refresh2, client);
        QCOMPARE(r.obj().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    }

    void unauthorizedAndForbidden()
    {
        Reply r = get(QStringLiteral("/api/spaces/resources"));
        QCOMPARE(r.status, 401);
        QVERIFY(r.body.isEmpty());
        r = get(QStringLiteral("/api/spaces/resources"), QStringLiteral("eyJnot.a.token"));
        QCOMPARE(r.status, 401);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(get(QStringLiteral("/api/public/coworkers/profiles")).status, 401);
        for (const char *path : {"/api/spaces/resources", "/api/content/blogposts", "/api/apps/applications"})
            QCOMPARE(get(s(path), m_memberToken).status, 403);
        QCOMPARE(get(QStringLiteral("/api/apps/applications"), signIn("nostaff%40demo.test")).status, 403);
        QCOMPARE(get(QStringLiteral("/api/apps/applications"), m_adminToken).status, 200);
        QCOMPARE(get(QStringLiteral("/api/nothing/here"), m_adminToken).status, 404);
        QCOMPARE(get(QStringLiteral("/nothing")).status, 404);
    }

    void expiredAccessTokens()
    {
        EmulatorConfig config;
        config.throttleEnabled = false;
        Emulator emu(config);
        QVERIFY(emu.listen());
        const QString t = token(emu, "grant_type=password&username=member%40demo.test&password=demo").obj().value(QStringLiteral("access_token")).toString();
        auto profiles = [&] {
            return send(emu, "GET", QStringLiteral("/api/public/coworkers/profiles"), {}, {{"Authorization", "Bearer " + t.toLatin1()}});
        };
        QCOMPARE(profiles().status, 200);
        emu.expireAccessTokens();
        const Reply r = profiles();
        QCOMPARE(r.status, 401);
        QVERIFY(r.body.isEmpty());
    }

    // ---------------------------------------------------------------- lists
    void pagingEnvelope()
    {
        Reply r = get(QStringLiteral("/api/spaces/resources?page=2&size=10"), m_adminToken);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.obj();
        const QStringList fields{s("Records"), s("CurrentPageSize"), s("CurrentPage"), s("CurrentOrderField"),
                                 s("CurrentSortDirection"), s("FirstItem"), s("HasNextPage"), s("HasPreviousPage"),
                                 s("LastItem"), s("PageNumber"), s("PageSize"), s("TotalItems"), s("TotalPages")};
        for (const QString &f : fields)
            QVERIFY2(o.contains(f), qPrintable(f));
        QCOMPARE(o.size(), 13);
        QCOMPARE(records(r).size(), 10);
        QCOMPARE(o.value(s("CurrentPage")).toInt(), 2);
        QCOMPARE(o.value(s("FirstItem")).toInt(), 11);
        QCOMPARE(o.value(s("LastItem")).toInt(), 20);
        QCOMPARE(o.value(s("CurrentSortDirection")).toInt(), 0);
        QCOMPARE(o.value(s("CurrentOrderField")).toString(), s("Id"));
        QVERIFY(o.value(s("HasPreviousPage")).toBool());
        const int total = o.value(s("TotalItems")).toInt();
        QVERIFY(total >= 60);
        QCOMPARE(o.value(s("TotalPages")).toInt(), (total + 9) / 10);
        // Default size 25, max 1000.
        QCOMPARE(get(s("/api/spaces/resources"), m_adminToken).obj().value(s("PageSize")).toInt(), 25);
        QCOMPARE(get(s("/api/spaces/resources?size=5000"), m_adminToken).obj().value(s("PageSize")).toInt(), 1000);
        // Last page.
        r = get(QStringLiteral("/api/spaces/resources?size=10&page=%1").arg((total + 9) / 10), m_adminToken);
        QVERIFY(!r.obj().value(s("HasNextPage")).toBool());
        QCOMPARE(r.obj().value(s("LastItem")).toInt(), total);
        // Records omit collections; get-by-id includes them.
        const QJsonObject first = records(r).first().toObject();
        QVERIFY(!first.contains(s("Tariffs")) && !first.contains(s("Teams")) && !first.contains(s("LinkedResources")));
        QVERIFY(first.contains(s("Projector")));
        const Reply one = get(QStringLiteral("/api/spaces/resources/%1").arg(first.value(s("Id")).toInteger()), m_adminToken);
        QCOMPARE(one.status, 200);
        QVERIFY(one.obj().contains(s("Tariffs")) && one.obj().contains(s("BookingAvailabilityExceptions")));
        const Reply missing = get(s("/api/spaces/resources/999999"), m_adminToken);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json().toString(), s("Not found"));
        // Public lists use the string form.
        QCOMPARE(get(s("/api/public/resources/published/summary?dir=Descending")).obj().value(s("CurrentSortDirection")).toString(), s("DESC"));
        QCOMPARE(get(s("/api/public/resources/published/summary")).obj().value(s("CurrentSortDirection")).toString(), s("ASC"));
    }

    void sortDirections_data()
    {
        QTest::addColumn<QString>("dir");
        QTest::addColumn<bool>("descending");
        QTest::newRow("Ascending") << s("Ascending") << false;
        QTest::newRow("descending") << s("descending") << true;
        QTest::newRow("DESCENDING") << s("DESCENDING") << true;
        QTest::newRow("asc") << s("asc") << false;
        QTest::newRow("desc") << s("desc") << true;
        QTest::newRow("0") << s("0") << false;
        QTest::newRow("1") << s("1") << true;
        QTest::newRow("-1") << s("-1") << true;
    }

    void sortDirections()
    {
        QFETCH(QString, dir);
        QFETCH(bool, descending);
        const Reply r = get(s("/api/spaces/resources?size=1000&orderBy=name&dir=") + dir, m_adminToken);
        QCOMPARE(r.obj().value(s("CurrentOrderField")).toString(), s("Name"));
        QCOMPARE(r.obj().value(s("CurrentSortDirection")).toInt(), descending ? 1 : 0);
        const QJsonArray list = records(r);
        QVERIFY(list.size() > 10);
        for (int i = 1; i < list.size(); ++i) {
            const int c = list.at(i - 1).toObject().value(s("Name")).toString().compare(
                list.at(i).toObject().value(s("Name")).toString(), Qt::CaseInsensitive);
            QVERIFY(descending ? c >= 0 : c <= 0);
        }
    }

    void filters()
    {
        const int all = get(s("/api/spaces/resources"), m_adminToken).obj().value(s("TotalItems")).toInt();
        Reply r = get(s("/api/spaces/resources?size=1000&Resource_Visible=false"), m_adminToken);
        QVERIFY(records(r).size() > 0 && records(r).size() < all);
        for (const auto &v : records(r))
            QCOMPARE(v.toObject().value(s("Visible")).toBool(), false);
        r = get(s("/api/spaces/resources?size=1000&Resource_Business=1002"), m_adminToken);
        QVERIFY(records(r).size() >= 20);
        for (const auto &v : records(r))
            QCOMPARE(v.toObject().value(s("BusinessId")).toInteger(), 1002);
        const QJsonObject sample = records(r).at(3).toObject();
        r = get(QStringLiteral("/api/spaces/resources?Resource_ResourceType=%1").arg(sample.value(s("ResourceTypeId")).toInteger()), m_adminToken);
        for (const auto &v : records(r))
            QCOMPARE(v.toObject().value(s("ResourceTypeId")).toInteger(), sample.value(s("ResourceTypeId")).toInteger());
        // Strings: case-insensitive exact.
        QUrlQuery q;
        q.addQueryItem(s("Resource_Name"), sample.value(s("Name")).toString().toUpper());
        r = get(s("/api/spaces/resources?") + q.toString(QUrl::FullyEncoded), m_adminToken);
        QCOMPARE(records(r).size(), 1);
        QCOMPARE(records(r).first().toObject().value(s("Id")), sample.value(s("Id")));
        // Ranges (inclusive), both spellings.
        r = get(s("/api/spaces/resources?size=1000&from_Resource_Allocation=4&To_Resource_Allocation=12"), m_adminToken);
        QVERIFY(records(r).size() > 0);
        for (const auto &v : records(r)) {
            const int a = v.toObject().value(s("Allocation")).toInt();
            QVERIFY(a >= 4 && a <= 12);
        }
        QVERIFY(records(get(s("/api/spaces/resources?size=1000&from_Resource_Allocation=12&to_Resource_Allocation=12"), m_adminToken)).size() > 0);
        r = get(s("/api/spaces/resources?size=1000&From_Resource_CreatedOn=2024-01-08T12:00&to_Resource_CreatedOn=2024-01-08T20:00"), m_adminToken);
        QVERIFY(records(r).size() > 0);
        for (const auto &v : records(r)) {
            const QDateTime t = QDateTime::fromString(v.toObject().value(s("CreatedOn")).toString(), Qt::ISODate);
            QVERIFY(t >= QDateTime(QDate(2024, 1, 8), QTime(12, 0), Qt::UTC));
            QVERIFY(t < QDateTime(QDate(2024, 1, 8), QTime(20, 1), Qt::UTC));
        }
        // Unknown property: ignored.
        QCOMPARE(get(s("/api/spaces/resources?Resource_Bogus=1"), m_adminToken).obj().value(s("TotalItems")).toInt(), all);
        // Amenity filter on a public list.
        r = get(s("/api/public/resources/published/details?size=1000&Resource_Projector=true"));
        QVERIFY(records(r).size() > 0);
        for (const auto &v : records(r))
            QVERIFY(v.toObject().value(s("Projector")).toBool());
    }

    // ---------------------------------------------------------------- _shape
    void shape()
    {
        Reply r = get(s("/api/spaces/resources?size=3&_shape=Records.Name,Records.Bogus,TotalItems,Nope.Deeper"), m_adminToken);
        QJsonObject o = r.obj();
        QCOMPARE(o.keys(), (QStringList{s("Records"), s("TotalItems")}));
        QCOMPARE(records(r).size(), 3);
        for (const auto &v : records(r))
            QCOMPARE(v.toObject().keys(), QStringList{s("Name")});
        // Parents kept only with requested children; arrays element-wise at depth.
        r = get(s("/api/public/blogPosts?top=10&_shape=BlogPosts.Records.Title,BlogPosts.Records.BlogCategories.Title,"
                  "BlogPosts.Records.PostedBy.FullName,BlogPosts.HasNextPage,Category.Id,Categories.Title,Foo.Bar"));
        o = r.obj();
        QCOMPARE(o.keys(), (QStringList{s("BlogPosts"), s("Categories"), s("Category")}));
        QVERIFY(o.value(s("Category")).isNull());
        const QJsonObject posts = o.value(s("BlogPosts")).toObject();
        QCOMPARE(posts.keys(), (QStringList{s("HasNextPage"), s("Records")}));
        for (const auto &v : posts.value(s("Records")).toArray()) {
            const QJsonObject p = v.toObject();
            QCOMPARE(p.keys(), (QStringList{s("BlogCategories"), s("PostedBy"), s("Title")}));
            QCOMPARE(p.value(s("PostedBy")).toObject().keys(), QStringList{s("FullName")});
            for (const auto &c : p.value(s("BlogCategories")).toArray())
                QCOMPARE(c.toObject().keys(), QStringList{s("Title")});
        }
        // Bare singles.
        r = get(s("/api/public/businesses/current?_shape=Name,Currency.Code,TimeZone"));
        QCOMPARE(r.obj().keys(), (QStringList{s("Currency"), s("Name"), s("TimeZone")}));
        QCOMPARE(r.obj().value(s("Currency")).toObject().keys(), QStringList{s("Code")});
    }

    // ---------------------------------------------------------------- writes
    void writeEnvelopeAndValidation()
    {
        QJsonObject body{{s("BusinessId"), 1001}, {s("Name"), s("Test Room")}, {s("ResourceTypeId"), 2001},
                         {s("Projector"), true}, {s("GroupName"), s("Floor 9")}, {s("Allocation"), 5},
                         {s("Tariffs"), QJsonArray{501}}};
        Reply r = write("POST", s("/api/spaces/resources"), body, m_adminToken);
        QCOMPARE(r.status, 200);
        QJsonObject o = r.obj();
        for (const char *f : {"Status", "Message", "Value", "OpenInDialog", "OpenInWindow", "RedirectURL", "JavaScript",
                              "UpdatedOn", "UpdatedBy", "Errors", "WasSuccessful"})
            QVERIFY2(o.contains(s(f)), f);
        QCOMPARE(o.value(s("Status")).toInt(), 200);
        QVERIFY(o.value(s("WasSuccessful")).toBool());
        QVERIFY(o.value(s("Errors")).isNull());
        const qint64 id = o.value(s("Value")).toObject().value(s("Id")).toInteger();
        QVERIFY(id > 0);
        r = get(QStringLiteral("/api/spaces/resources/%1").arg(id), m_adminToken);
        QCOMPARE(r.obj().value(s("Name")).toString(), s("Test Room"));
        QCOMPARE(r.obj().value(s("ResourceTypeName")).toString(), s("Meeting Room"));
        QCOMPARE(r.obj().value(s("BusinessName")).toString(), s("Portal Desk Madrid"));
        QCOMPARE(r.obj().value(s("Tariffs")).toArray(), QJsonArray{501});

        // Full replacement: omitted scalars are cleared, lists kept unless given.
        r = write("PUT", s("/api/spaces/resources"), QJsonObject{{s("Id"), id}, {s("BusinessId"), 1001}, {s("Name"), s("Renamed")}, {s("ResourceTypeId"), 2001}}, m_adminToken);
        QCOMPARE(r.status, 200);
        r = get(QStringLiteral("/api/spaces/resources/%1").arg(id), m_adminToken);
        QCOMPARE(r.obj().value(s("Name")).toString(), s("Renamed"));
        QCOMPARE(r.obj().value(s("Projector")).toBool(), false);
        QVERIFY(r.obj().value(s("GroupName")).isNull());
        QVERIFY(r.obj().value(s("Allocation")).isNull());
        QCOMPARE(r.obj().value(s("Tariffs")).toArray(), QJsonArray{501});
        r = write("PUT", s("/api/spaces/resources"), QJsonObject{{s("Id"), 987654}, {s("BusinessId"), 1001}, {s("Name"), s("X")}, {s("ResourceTypeId"), 2001}}, m_adminToken);
        QCOMPARE(r.status, 404);

        // Validation.
        r = write("POST", s("/api/spaces/resources"), QJsonObject{{s("BusinessId"), 1001}}, m_adminToken);
        QCOMPARE(r.status, 400);
        o = r.obj();
        QCOMPARE(o.value(s("Status")).toInt(), 500);
        QCOMPARE(o.value(s("WasSuccessful")).toBool(true), false);
        QVERIFY(o.value(s("Value")).isNull());
        QVERIFY(o.value(s("Message")).toString().contains(s("Name: is a required field")));
        QVERIFY(o.value(s("Message")).toString().contains(s("ResourceTypeId: is a required field")));
        const QJsonArray errors = o.value(s("Errors")).toArray();
        QCOMPARE(errors.size(), 2);
        const QJsonObject e0 = errors.first().toObject();
        QCOMPARE(e0.value(s("PropertyName")).toString(), s("Name"));
        QCOMPARE(e0.value(s("Message")).toString(), s("is a required field"));
        QVERIFY(e0.contains(s("AttemptedValue")) && e0.value(s("AttemptedValue")).isNull());
        r = write("POST", s("/api/content/blogposts"), QJsonObject{{s("BusinessId"), 1001}}, m_adminToken);
        QCOMPARE(r.obj().value(s("Message")).toString(), s("Title: is a required field"));
        r = write("POST", s("/api/spaces/resources"), body, m_memberToken);
        QCOMPARE(r.status, 403);

        // Delete.
        r = send(*m_emu, "DELETE", QStringLiteral("/api/spaces/resources/%1").arg(id), {}, {{"Authorization", "Bearer " + m_adminToken.toLatin1()}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.obj().value(s("Message")).toString(), s("The record was deleted successfully."));
        QCOMPARE(get(QStringLiteral("/api/spaces/resources/%1").arg(id), m_adminToken).status, 404);
    }

    void applications()
    {
        Reply r = get(s("/api/apps/applications?size=100"), m_adminToken);
        QVERIFY(records(r).size() >= 8);
        for (const auto &v : records(r))
            QVERIFY(!v.toObject().value(s("SecretKey")).toString().isEmpty());
        r = write("POST", s("/api/apps/applications"),
                  QJsonObject{{s("DeveloperId"), 12001}, {s("Name"), s("My App")}, {s("ShortDescription"), s("Short")},
                              {s("InstallUrl"), s("https://example.com/install")}}, m_adminToken);
        QCOMPARE(r.status, 200);
        const qint64 id = r.obj().value(s("Value")).toObject().value(s("Id")).toInteger();
        r = get(QStringLiteral("/api/apps/applications/%1").arg(id), m_adminToken);
        QVERIFY(!r.obj().value(s("ApplicationKey")).toString().isEmpty());
        QVERIFY(!r.obj().value(s("SecretKey")).toString().isEmpty());
        QVERIFY(r.obj().contains(s("RequiredRoles")));
        r = write("POST", s("/api/apps/applications"), QJsonObject{{s("Name"), s("Half")}}, m_adminToken);
        QCOMPARE(r.obj().value(s("Errors")).toArray().size(), 3);
    }

    // ---------------------------------------------------------------- public
    void publicResources()
    {
        Reply r = get(s("/api/public/resources/published/summary?size=1000"));
        QCOMPARE(r.status, 200);
        const QStringList summaryFields{s("BusinessId"), s("BusinessName"), s("BusinessWebAddress"), s("CreatedOn"),
                                        s("CreatedOnUtc"), s("Description"), s("DisplayOrder"), s("GroupName"),
                                        s("HasImage"), s("Id"), s("Name"), s("ResourceTypeName"), s("UniqueId"),
                                        s("UpdatedOn"), s("UpdatedOnUtc"), s("Visible")};
        QCOMPARE(records(r).first().toObject().keys(), summaryFields);
        r = get(s("/api/public/resources/published/details?size=1000"));
        const QJsonArray details = records(r);
        QVERIFY(details.size() >= 50);
        QSet<int> systemTypes;
        QSet<QString> amenities;
        bool hideInCalendar = false;
        for (const auto &v : details) {
            const QJsonObject o = v.toObject();
            QVERIFY(o.value(s("Visible")).toBool());
            QVERIFY(!o.value(s("Archived")).toBool());
            for (const char *secret : {"ZoomAccessToken", "ZoomRefreshToken", "GoogleCalendarId", "Office365CalendarId",
                                       "KisiGroupId", "AccessControlGroupId", "AccessControlGroupIds"})
                QVERIFY2(!o.contains(s(secret)), secret);
            QVERIFY(o.contains(s("SystemResourceType")) && o.contains(s("ResourceTypeId")) && o.contains(s("Price"))
                    && o.contains(s("PriceFormatted")) && o.contains(s("BusinessName")));
            QVERIFY(o.value(s("ResourceType")).toObject().contains(s("BookingRates")));
            systemTypes.insert(o.value(s("SystemResourceType")).toInt());
            hideInCalendar |= o.value(s("HideInCalendar")).toBool();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (it.value().isBool() && it.value().toBool())
                    amenities.insert(it.key());
            }
        }
        QCOMPARE(systemTypes, (QSet<int>{0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 99}));
        QVERIFY(hideInCalendar);
        for (const char *a : {"Projector", "Internet", "ConferencePhone", "StandardPhone", "WhiteBoard", "LargeDisplay",
                              "Catering", "TeaAndCoffee", "Drinks", "SecurityLock", "CCTV", "VoiceRecorder",
                              "AirConditioning", "Heating", "NaturalLight", "StandingDesk", "QuietZone", "WirelessCharger",
                              "PrivacyScreen", "Soundproof", "VideoConferencing", "DualDisplayScreen", "DisplayScreen",
                              "WirelessPresentation", "PaSystem", "DesktopMonitor", "FlipChart", "SecureStorage"})
            QVERIFY2(amenities.contains(s(a)), a);
        QVERIFY(!r.body.contains("zat_"));
        // Admin sees secrets; hidden/archived resources exist.
        const Reply admin = get(s("/api/spaces/resources?size=1000"), m_adminToken);
        QVERIFY(admin.body.contains("zat_"));
        QVERIFY(records(admin).size() > details.size());

        const qint64 id = details.first().toObject().value(s("Id")).toInteger();
        r = get(QStringLiteral("/api/public/resources/published/%1").arg(id));
        QCOMPARE(r.obj().keys(), QStringList{s("Resource")});
        QCOMPARE(r.obj().value(s("Resource")).toObject().value(s("Id")).toInteger(), id);
        const Reply hidden = get(s("/api/spaces/resources?Resource_Visible=false&size=1"), m_adminToken);
        const qint64 hiddenId = records(hidden).first().toObject().value(s("Id")).toInteger();
        QCOMPARE(get(QStringLiteral("/api/public/resources/published/%1").arg(hiddenId)).status, 404);
        QCOMPARE(get(s("/api/public/resources/published/424242")).status, 404);
    }

    void sessionBootstrap()
    {
        Reply r = get(s("/api/public/businesses/current"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.obj().value(s("TimeZone")).toString(), s("Europe/Madrid"));
        const QJsonObject currency = r.obj().value(s("Currency")).toObject();
        QCOMPARE(currency.value(s("Code")).toString(), s("EUR"));
        QVERIFY(currency.contains(s("Name")) && currency.contains(s("Format")));
        r = get(s("/api/public/coworkers/profiles"), m_memberToken);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.obj().value(s("User")).toObject().value(s("Email")).toString(), s("member@demo.test"));
        QCOMPARE(r.obj().value(s("User")).toObject().value(s("IsAdmin")).toBool(true), false);
        QVERIFY(r.obj().value(s("Profiles")).toArray().first().toObject().value(s("Id")).toInteger() > 0);
        QVERIFY(r.obj().contains(s("DefaultBusiness")));
    }

    void blog()
    {
        Reply r = get(s("/api/public/blogPosts?page=1&top=10&featured=true&_shape=BlogPosts.Records.Id,BlogPosts.Records.Business.Id,"
                        "BlogPosts.Records.Business.WebAddress,BlogPosts.Records.Business.Name,BlogPosts.Records.Title,"
                        "BlogPosts.Records.BlogCategories.Id,BlogPosts.Records.BlogCategories.Title,BlogPosts.Records.SummaryText,"
                        "BlogPosts.Records.PublishDateUtc,BlogPosts.Records.UpdatedOn,BlogPosts.Records.PostedBy.FullName,"
                        "BlogPosts.HasNextPage,Category.Id,Category.Title,Categories.Id,Categories.Title"));
        QCOMPARE(r.status, 200);
        const QJsonArray featured = r.obj().value(s("BlogPosts")).toObject().value(s("Records")).toArray();
        QVERIFY(featured.size() >= 3);
        QVERIFY(r.obj().value(s("Categories")).toArray().size() >= 4);
        r = get(s("/api/public/blogPosts?size=100"));
        const QJsonObject env = r.obj().value(s("BlogPosts")).toObject();
        QVERIFY(env.value(s("TotalItems")).toInt() >= 25);
        QCOMPARE(env.value(s("CurrentSortDirection")).toString(), s("DESC"));
        bool script = false, image = false, comments = false;
        int featuredCount = 0;
        for (const auto &v : env.value(s("Records")).toArray()) {
            const QJsonObject p = v.toObject();
            for (const char *f : {"Id", "Business", "Title", "SummaryText", "FullText", "PublishDateUtc", "UpdatedOn",
                                  "PostedBy", "BlogCategories", "AllowComments", "Featured", "Comments"})
                QVERIFY2(p.contains(s(f)), f);
            script |= p.value(s("FullText")).toString().contains(s("<script"));
            image |= p.value(s("FullText")).toString().contains(s("<img"));
            comments |= !p.value(s("Comments")).toArray().isEmpty();
            featuredCount += p.value(s("Featured")).toBool();
        }
        QVERIFY(script && image && comments);
        QCOMPARE(featuredCount, featured.size());
        r = get(s("/api/public/blogPosts?categoryId=4002&top=3"));
        QCOMPARE(r.obj().value(s("Category")).toObject().value(s("Id")).toInt(), 4002);
        QVERIFY(r.obj().value(s("BlogPosts")).toObject().value(s("Records")).toArray().size() <= 3);
        for (const auto &v : r.obj().value(s("BlogPosts")).toObject().value(s("Records")).toArray()) {
            bool has = false;
            for (const auto &c : v.toObject().value(s("BlogCategories")).toArray())
                has |= c.toObject().value(s("Id")).toInt() == 4002;
            QVERIFY(has);
        }
        // Admin content routes.
        QVERIFY(get(s("/api/content/blogcategories"), m_adminToken).obj().value(s("TotalItems")).toInt() >= 4);
        QVERIFY(get(s("/api/content/blogpostcomments"), m_adminToken).obj().value(s("TotalItems")).toInt() >= 10);
    }

    void localized()
    {
        const QList<QPair<QByteArray, QByteArray>> json{{"Accept", "application/json"}};
        Reply en = get(s("/en/publicresources"), {}, json);
        Reply es = get(s("/es/publicresources"), {}, json);
        QCOMPARE(en.status, 200);
        QVERIFY(en.headers.value("content-type").startsWith("application/json"));
        QCOMPARE(es.obj().value(s("Language")).toObject().value(s("Code")).toString(), s("es"));
        QVERIFY(en.obj().value(s("Message")).toString() != es.obj().value(s("Message")).toString());
        const QString enType = en.obj().value(s("ResourceTypes")).toArray().first().toObject().value(s("Name")).toString();
        const QString esType = es.obj().value(s("ResourceTypes")).toArray().first().toObject().value(s("Name")).toString();
        QCOMPARE(enType, s("Meeting Room"));
        QCOMPARE(esType, s("Sala de reuniones"));
        QVERIFY(!es.obj().value(s("Resources")).toArray().isEmpty());
        // Without Accept: HTML.
        const Reply html = get(s("/fr/publicresources"));
        QCOMPARE(html.status, 200);
        QVERIFY(html.headers.value("content-type").startsWith("text/html"));
        QVERIFY(html.body.contains("<html"));
        // Blog view models.
        Reply blog = get(s("/de/blog?size=5"), {}, json);
        QCOMPARE(blog.obj().value(s("BlogPosts")).toArray().size(), 5);
        QVERIFY(blog.obj().contains(s("Categories")) && blog.obj().contains(s("CategoriesByPosts")));
        const qint64 postId = blog.obj().value(s("BlogPosts")).toArray().first().toObject().value(s("Id")).toInteger();
        Reply post = get(QStringLiteral("/it/blog/%1/json").arg(postId), {}, {{"Content-Type", "application/json"}});
        QCOMPARE(post.status, 200);
        QCOMPARE(post.obj().value(s("BlogPost")).toObject().value(s("Id")).toInteger(), postId);
        QVERIFY(post.obj().contains(s("Comments")) && post.obj().contains(s("RelatedPosts")));
        QVERIFY(get(QStringLiteral("/pt/blog/%1/json").arg(postId)).headers.value("content-type").startsWith("text/html"));
        QCOMPARE(get(s("/xx/blog"), {}, json).status, 404);
        QCOMPARE(get(s("/en/nothing"), {}, json).status, 404);
    }

    // ---------------------------------------------------------------- throttle
    void throttleTable()
    {
        // The documented rows, written out independently of the implementation.
        struct Row { const char *pattern; QList<QByteArray> methods; int limit; qint64 windowMs; };
        const QList<Row> expected{
            {"", {}, 10, 1000}, {"", {}, 120, 60000}, {"", {}, 5000, 3600000}, {"", {}, 200000, 86400000},
            {"", {"POST", "PUT", "DELETE"}, 60, 60000}, {"", {"POST", "PUT", "DELETE"}, 5000, 86400000},
            {"/api/public", {}, 10, 5000}, {"/api/public/checkin", {}, 60, 60000},
            {"/api/spaces/coworkerpriceplanhistories", {}, 1, 10000}, {"/api/sys/audittrailentries", {}, 1, 60000},
            {"/api/spaces/coworkerdatafiles", {"POST", "PUT"}, 5, 60000}, {"/api/spaces/coworkermessages", {"POST", "PUT"}, 5, 60000},
            {"/api/billing/proposals/runcommand", {}, 10, 60000}, {"/api/billing/coworkercontracts/runcommand", {}, 10, 60000},
            {"/api/billing/coworkerinvoices/runcommand", {}, 10, 60000}, {"/api/nexpos/validatepin", {}, 60, 60000},
            {"/bigquery/pushall", {}, 1, 720000}, {"/api/integrations/textract", {}, 12, 60000},
            {"/api/integrations/openai", {}, 12, 60000}, {"/api/sys/users/sendmagiclink", {}, 12, 60000},
        };
        const QList<ThrottleRule> rules = Throttle::documentedRules();
        QCOMPARE(rules.size(), expected.size());
        for (int i = 0; i < rules.size(); ++i) {
            QCOMPARE(rules.at(i).pattern, QString::fromLatin1(expected.at(i).pattern));
            QCOMPARE(rules.at(i).methods, expected.at(i).methods);
            QCOMPARE(rules.at(i).limit, expected.at(i).limit);
            QCOMPARE(rules.at(i).windowMs, expected.at(i).windowMs);
        }
        // Each row's arithmetic in isolation, with a fake clock.
        for (const ThrottleRule &rule : rules) {
            qint64 now = 1000000;
            Throttle t({rule}, 1.0, [&now] { return now; });
            const QByteArray method = rule.methods.isEmpty() ? QByteArray("GET") : rule.methods.first();
            const QString path = rule.suffix ? QStringLiteral("/api/x") + rule.pattern
                                             : (rule.pattern.isEmpty() ? QStringLiteral("/api/spaces/resources") : rule.pattern + QStringLiteral("/x"));
            for (int i = 0; i < rule.limit; ++i)
                QVERIFY2(t.check(s("c"), method, path).allowed, qPrintable(rule.name));
            const auto denied = t.check(s("c"), method, path);
            QVERIFY2(!denied.allowed, qPrintable(rule.name));
            QCOMPARE(denied.retryAfterMs, rule.windowMs);
            QCOMPARE(denied.retryAfterSeconds(), int((rule.windowMs + 999) / 1000));
            QVERIFY(t.check(s("other-client"), method, path).allowed); // per client
            now += rule.windowMs - 1;
            QCOMPARE(t.check(s("c"), method, path).retryAfterSeconds(), 1);
            now += 1;
            QVERIFY2(t.check(s("c"), method, path).allowed, qPrintable(rule.name));
            if (!rule.methods.isEmpty())
                QVERIFY(!rule.matches("PATCH", path.toLower()) && !rule.matches("GET", path.toLower()));
        }
        // Matching details.
        const ThrottleRule push = rules.at(16);
        QVERIFY(push.matches("GET", s("/api/whatever/bigquery/pushall")));
        QVERIFY(!push.matches("GET", s("/api/bigquery/pushall/more")));
        QVERIFY(rules.at(7).matches("GET", s("/api/public/checkin/now")));
        QVERIFY(!rules.at(4).matches("PATCH", s("/api/public/x")));

        // Combined table: a throttled request is not recorded; time scale divides windows.
        qint64 now = 0;
        Throttle all(60.0, [&now] { return now; });
        for (int i = 0; i < 10; ++i)
            QVERIFY(all.check(s("c"), "GET", s("/api/spaces/resources")).allowed);
        auto v = all.check(s("c"), "GET", s("/api/spaces/resources"));
        QVERIFY(!v.allowed);
        QCOMPARE(v.retryAfterMs, 17); // ceil(1000 / 60)
        QCOMPARE(v.retryAfterSeconds(), 1);
        now += 17;
        QVERIFY(all.check(s("c"), "GET", s("/api/spaces/resources")).allowed);
        // Public row: 10 per 5 s dominates the 10 per second row.
        qint64 t0 = 0;
        Throttle pub(1.0, [&t0] { return t0; });
        for (int i = 0; i < 10; ++i) {
            QVERIFY(pub.check(s("p"), "GET", s("/api/public/blogPosts")).allowed);
            t0 += 150;
        }
        v = pub.check(s("p"), "GET", s("/API/Public/blogPosts"));
        QVERIFY(!v.allowed);
        QCOMPARE(v.rule, s("public"));
        QCOMPARE(v.retryAfterSeconds(), 4); // first hit at 0 leaves the 5 s window at 5000; now 1500
    }

    void throttleOverHttp()
    {
        EmulatorConfig config;
        config.throttleTimeScale = 10.0; // 10 per 100 ms, 10 per 500 ms on /api/public
        Emulator emu(config);
        QVERIFY(emu.listen());
        // A concurrent burst.
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 15; ++i) {
            QUrl url = emu.baseUrl();
            url.setPath(s("/api/public/businesses/current"));
            replies.append(m_nam.get(QNetworkRequest(url)));
        }
        for (QNetworkReply *reply : replies)
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        int ok = 0, throttled = 0;
        for (QNetworkReply *reply : replies) {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 200) {
                ++ok;
            } else {
                QCOMPARE(status, 409);
                ++throttled;
                QVERIFY(reply->readAll().isEmpty());
                QVERIFY(reply->rawHeader("Retry-After").toInt() >= 1);
                QCOMPARE(reply->rawHeader("Cache-Control"), QByteArray("no-cache"));
                QCOMPARE(reply->rawHeader("Pragma"), QByteArray("no-cache"));
                QCOMPARE(reply->rawHeader("Expires"), QByteArray("-1"));
            }
            reply->deleteLater();
        }
        QCOMPARE(ok, 10);
        QCOMPARE(throttled, 5);
        QCOMPARE(emu.throttledCount(), 5);
        QCOMPARE(emu.requestCount("GET", s("/api/public")), 15);
        // After the (scaled) window it passes again.
        QTest::qWait(600);
        QCOMPARE(send(emu, "GET", s("/api/public/businesses/current")).status, 200);
        // Disabled throttle.
        emu.setThrottleEnabled(false);
        for (int i = 0; i < 12; ++i)
            QCOMPARE(send(emu, "GET", s("/api/public/businesses/current")).status, 200);
        emu.resetCounters();
        QCOMPARE(emu.requestCount(), 0);
        QCOMPARE(emu.throttledCount(), 0);
    }

    // ---------------------------------------------------------------- faults
    void deterministicFaults()
    {
        m_emu->failNext(1, 503, s("/API/PUBLIC"));
        QCOMPARE(get(s("/api/spaces/resources"), m_adminToken).status, 200); // other prefix: unaffected
        QCOMPARE(get(s("/api/public/businesses/current")).status, 503);
        QCOMPARE(get(s("/api/public/businesses/current")).status, 200);
        m_emu->failNext(2, 500);
        Reply r = get(s("/api/public/businesses/current"));
        QCOMPARE(r.status, 500);
        QCOMPARE(get(s("/api/public/businesses/current")).status, 500);
        QCOMPARE(get(s("/api/public/businesses/current")).status, 200);

        m_emu->malformNext(1, s("/api/public/resources"));
        r = get(s("/api/public/resources/published/summary"));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body.isEmpty());
        QVERIFY(!r.isValidJson());

        m_emu->htmlNext(1);
        r = get(s("/api/public/resources/published/summary"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.headers.value("content-type").startsWith("text/html"));

        // A dropped POST still creates the record. Note: QNetworkAccessManager (Qt 6.4) silently re-sends a
        // request - even a POST - once when the connection closes before any byte of the answer. So it takes
        // two drops for the error to surface, and the server then has processed (created) twice.
        const int before = get(s("/api/content/blogcategories"), m_adminToken).obj().value(s("TotalItems")).toInt();
        m_emu->resetCounters();
        m_emu->dropNext(2, s("/api/content/blogcategories"));
        {
            QNetworkAccessManager fresh;
            QUrl url = m_emu->baseUrl();
            url.setPath(s("/api/content/blogcategories"));
            QNetworkRequest request(url);
            request.setRawHeader("Authorization", "Bearer " + m_adminToken.toLatin1());
            request.setRawHeader("Content-Type", "application/json");
            QNetworkReply *reply = fresh.post(request, QByteArray(R"({"BusinessId":1001,"Title":"Dropped"})"));
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
            QCOMPARE(reply->error(), QNetworkReply::RemoteHostClosedError);
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 0);
            delete reply;
        }
        QCOMPARE(m_emu->requestCount("POST"), 2);
        const int after = get(s("/api/content/blogcategories"), m_adminToken).obj().value(s("TotalItems")).toInt();
        QCOMPARE(after, before + 2);

        m_emu->setLatency(300);
        r = get(s("/api/public/businesses/current"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.elapsedMs >= 290);
        m_emu->setLatency(0);
        QVERIFY(m_emu->requestCount("POST", s("/api/content/blogcategories")) >= 1);
    }

    void randomFaults()
    {
        EmulatorConfig config;
        config.throttleEnabled = false;
        config.serverErrorRate = 1.0;
        {
            Emulator emu(config);
            QVERIFY(emu.listen());
            QCOMPARE(send(emu, "GET", s("/api/public/businesses/current")).status, 503);
        }
        config.serverErrorRate = 0;
        config.malformedRate = 1.0;
        {
            Emulator emu(config);
            QVERIFY(emu.listen());
            const Reply r = send(emu, "GET", s("/api/public/businesses/current"));
            QCOMPARE(r.status, 200);
            QVERIFY(!r.isValidJson());
        }
        config.malformedRate = 0;
        config.dropRate = 1.0;
        {
            Emulator emu(config);
            QVERIFY(emu.listen());
            QVERIFY(send(emu, "GET", s("/api/public/businesses/current")).error != QNetworkReply::NoError);
        }
    }

    void htmlAndCutAnswers()
    {
        EmulatorConfig config;
        config.throttleEnabled = false;
        config.htmlRate = 1.0;
        {
            Emulator emu(config);
            QVERIFY(emu.listen());
            const Reply r = send(emu, "GET", s("/api/public/businesses/current"));
            QCOMPARE(r.status, 200);
            QVERIFY(r.headers.value("content-type").startsWith("text/html"));
        }
        config.htmlRate = 0;
        config.cutRate = 1.0;
        {
            Emulator emu(config);
            QVERIFY(emu.listen());
            const Reply r = send(emu, "GET", s("/api/public/businesses/current"));
            QCOMPARE(r.status, 200); // the status line came...
            QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError); // ...then the connection closed
            const qint64 promised = r.headers.value("content-length").toLongLong();
            QVERIFY(promised > 0);
            QCOMPARE(r.body.size(), promised / 2);
        }
    }

    void redirectsKeepThePathUnlessGivenOne()
    {
        EmulatorConfig config;
        config.throttleEnabled = false;
        config.redirects = {{s("/api/public/resources"), QUrl(s("http://127.0.0.2:8123"))},
                            {s("/api/token"), QUrl(s("https://elsewhere.test/login"))}};
        Emulator emu(config);
        QVERIFY(emu.listen());
        const auto locationOf = [&](const QByteArray &method, const QString &pathAndQuery) {
            QUrl url = emu.baseUrl();
            const qsizetype q = pathAndQuery.indexOf(QLatin1Char('?'));
            url.setPath(pathAndQuery.left(q));
            if (q >= 0)
                url.setQuery(pathAndQuery.mid(q + 1));
            QNetworkRequest request(url);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
            QNetworkReply *reply = m_nam.sendCustomRequest(request, method, QByteArray("x"));
            QSignalSpy finished(reply, &QNetworkReply::finished);
            finished.wait(10000);
            reply->deleteLater();
            return qMakePair(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                             QString::fromLatin1(reply->rawHeader("Location")));
        };
        QCOMPARE(locationOf("GET", s("/api/public/resources/published?page=2&size=10")),
                 qMakePair(302, s("http://127.0.0.2:8123/api/public/resources/published?page=2&size=10")));
        QCOMPARE(locationOf("POST", s("/api/token")), qMakePair(302, s("https://elsewhere.test/login")));
        QCOMPARE(locationOf("GET", s("/api/public/resourcesX")).first, 404); // a sibling, not below the path
    }

    void hugeAnswersStreamWithOrWithoutTheirLength()
    {
        EmulatorConfig config;
        config.throttleEnabled = false;
        config.hugeRoutes = {{s("/api/public/resources"), 3 * 1000 * 1000, false},
                             {s("/api/public/businesses"), 2 * 1000 * 1000, true}};
        Emulator emu(config);
        QVERIFY(emu.listen());
        Reply declared = send(emu, "GET", s("/api/public/resources/published"));
        QCOMPARE(declared.status, 200);
        QCOMPARE(declared.headers.value("content-length"), QByteArray("3000000"));
        QCOMPARE(declared.body.size(), 3000000);
        QVERIFY(declared.body.startsWith("[{\"Id\":1,"));
        QVERIFY(declared.body.endsWith("{\"Id\":2}]"));
        Reply chunked = send(emu, "GET", s("/api/public/businesses/current"));
        QCOMPARE(chunked.status, 200);
        QVERIFY(!chunked.headers.contains("content-length"));
        QCOMPARE(chunked.headers.value("transfer-encoding"), QByteArray("chunked"));
        QCOMPARE(chunked.body.size(), 2000000);
    }

    // ---------------------------------------------------------------- generated data
    void generatedResources()
    {
        EmulatorConfig config;
        config.throttleEnabled = false;
        config.resourceCount = 100000;
        config.tokenLifetimeSeconds = 120;
        QElapsedTimer timer;
        timer.start();
        Emulator emu(config);
        QVERIFY(emu.listen());
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        const Reply r = send(emu, "GET", s("/api/public/resources/published/summary?size=10&page=3"));
        const int total = r.obj().value(s("TotalItems")).toInt();
        QVERIFY(total > 80000 && total <= 100000);
        QCOMPARE(records(r).size(), 10);
        const Reply t = token(emu, "grant_type=password&username=admin%40demo.test&password=demo");
        QCOMPARE(t.obj().value(s("expires_in")).toInt(), 120);
        // Deterministic per seed.
        Emulator again(config);
        QVERIFY(again.listen());
        QCOMPARE(send(again, "GET", s("/api/public/resources/published/summary?size=10&page=3")).body, r.body);
    }
};

QTEST_MAIN(TestEmulator)
#include "tst_emulator.moc"

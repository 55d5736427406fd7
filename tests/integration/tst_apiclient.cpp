// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSpace.h"
#include "json/JsonRead.h"
#include "repository/ListPager.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>

using api::ApiError;

namespace {
const QString adminResources = QStringLiteral("/api/spaces/resources");
const QString applications = QStringLiteral("/api/apps/applications");

//! Runs a request to its end and returns (succeeded, error).
template<class Request, class Signal>
std::pair<bool, ApiError> waitFor(Request *request, Signal resultSignal)
{
    QSignalSpy ok(request, resultSignal);
    QSignalSpy failed(request, &api::ApiRequest::failed);
    QSignalSpy finished(request, &api::ApiRequest::finished);
    if (!finished.wait(20000))
        return {false, ApiError(ApiError::Kind::Timeout)};
    if (!failed.isEmpty())
        return {false, failed.first().first().value<ApiError>()};
    return {ok.count() == 1, ApiError()};
}
} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pagesThroughAllResources()
    {
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("admin@demo.test")));
        repository::ListPager pager(space.api(), adminResources, api::ListQuery(QStringLiteral("Resource")).size(25));
        QSet<qint64> ids;
        int reportedTotal = -1;
        connect(&pager, &repository::ListPager::pageReceived, this,
                [&](const QJsonArray &records, const api::ListPageMeta &meta) {
                    reportedTotal = meta.totalItems;
                    for (const QJsonValue &r : records)
                        ids.insert(json::readInt64(r.toObject(), u"Id"));
                });
        QSignalSpy completed(&pager, &repository::ListPager::completed);
        QSignalSpy progress(&pager, &repository::ListPager::progress);
        pager.start();
        QVERIFY(completed.wait(20000));
        QVERIFY(reportedTotal >= 60);
        QCOMPARE(ids.size(), reportedTotal); // every resource once, none twice
        QCOMPARE(progress.count(), (reportedTotal + 24) / 25);
        QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt());
    }

    void pagerReportsRetries()
    {
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("admin@demo.test")));
        space.server->failNext(1, 503, adminResources);
        repository::ListPager pager(space.api(), adminResources, api::ListQuery(QStringLiteral("Resource")).size(500));
        QSignalSpy retried(&pager, &repository::ListPager::retryScheduled);
        QSignalSpy completed(&pager, &repository::ListPager::completed);
        pager.start();
        QVERIFY(completed.wait(10000));
        QCOMPARE(retried.count(), 1); // the status bar can say "trying again in …"
    }

    void sortsAndFilters()
    {
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("admin@demo.test")));
        auto *sorted = space.api()->list(adminResources, api::ListQuery(QStringLiteral("Resource"))
                                                             .size(200)
                                                             .orderBy(QStringLiteral("Name"), api::SortDirection::Descending));
        api::ListPage page;
        connect(sorted, &api::ListRequest::pageLoaded, this, [&](const api::ListPage &p) { page = p; });
        QVERIFY(waitFor(sorted, &api::ListRequest::pageLoaded).first);
        QVERIFY(page.records.size() >= 60);
        QCOMPARE(page.meta.currentSortDirection, api::SortDirection::Descending);
        for (qsizetype i = 1; i < page.records.size(); ++i) {
            const QString before = json::readString(page.records.at(i - 1).toObject(), u"Name");
            const QString after = json::readString(page.records.at(i).toObject(), u"Name");
            QVERIFY2(before.compare(after, Qt::CaseInsensitive) >= 0, qPrintable(before + u" < " + after));
        }

        auto *filtered = space.api()->list(adminResources, api::ListQuery(QStringLiteral("Resource"))
                                                               .size(200)
                                                               .where(QStringLiteral("Visible"), false)
                                                               .between(QStringLiteral("Allocation"), 2, 8));
        connect(filtered, &api::ListRequest::pageLoaded, this, [&](const api::ListPage &p) { page = p; });
        QVERIFY(waitFor(filtered, &api::ListRequest::pageLoaded).first);
        QVERIFY(!page.records.isEmpty());
        for (const QJsonValue &r : std::as_const(page.records)) {
            const QJsonObject o = r.toObject();
            QCOMPARE(o.value(u"Visible").toBool(true), false);
            const int allocation = json::readInt(o, u"Allocation", -1);
            QVERIFY2(allocation >= 2 && allocation <= 8, qPrintable(QString::number(allocation)));
        }
    }

    void wrappedSingleRecordAndShape()
    {
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        auto *list = space.api()->list(QStringLiteral("/api/public/resources/published/summary"),
                                       api::ListQuery().size(1).shape(api::Shape{QStringLiteral("Records.Id"),
                                                                                 QStringLiteral("Records.Name"),
                                                                                 QStringLiteral("TotalItems")}));
        api::ListPage page;
        connect(list, &api::ListRequest::pageLoaded, this, [&](const api::ListPage &p) { page = p; });
        QVERIFY(waitFor(list, &api::ListRequest::pageLoaded).first);
        QCOMPARE(page.records.size(), 1);
        const QJsonObject first = page.records.first().toObject();
        QCOMPARE(first.keys(), QStringList({QStringLiteral("Id"), QStringLiteral("Name")}));
        QVERIFY(page.meta.totalItems > 1);

        const qint64 id = json::readInt64(first, u"Id");
        auto *one = space.api()->record(QStringLiteral("/api/public/resources/published/%1").arg(id), QStringLiteral("Resource"));
        QJsonObject record;
        connect(one, &api::RecordRequest::recordLoaded, this, [&](const QJsonObject &r) { record = r; });
        QVERIFY(waitFor(one, &api::RecordRequest::recordLoaded).first);
        QCOMPARE(json::readInt64(record, u"Id"), id);
        QCOMPARE(json::readString(record, u"Name"), json::readString(first, u"Name"));
    }

    void validationErrorMapsToItsField()
    {
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("admin@demo.test")));
        QJsonObject body{{QStringLiteral("DeveloperId"), 1},
                         {QStringLiteral("ShortDescription"), QStringLiteral("Syncs bookings")},
                         {QStringLiteral("InstallUrl"), QStringLiteral("https://example.com/install")}};
        auto *create = space.api()->create(applications, body);
        const auto [ok, error] = waitFor(create, &api::WriteRequest::written);
        QVERIFY(!ok);
        QCOMPARE(error.kind(), ApiError::Kind::Validation);
        QVERIFY(!error.messageForField(QStringLiteral("Name")).isEmpty());
        QVERIFY(error.messageForField(QStringLiteral("InstallUrl")).isEmpty());

        body.insert(QStringLiteral("Name"), QStringLiteral("Room sync"));
        auto *created = space.api()->create(applications, body);
        api::WriteResult result;
        connect(created, &api::WriteRequest::written, this, [&](const api::WriteResult &r) { result = r; });
        QVERIFY(waitFor(created, &api::WriteRequest::written).first);
        QVERIFY(result.id() > 0);
    }

    void localizedRoutesAnswerJsonAndHtmlIsAnError()
    {
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        space.api()->setLanguage(QStringLiteral("fr"));
        const QUrl url = space.api()->localizedUrl(QStringLiteral("/publicresources"));
        QCOMPARE(url.path(), QStringLiteral("/fr/publicresources"));
        auto *json = space.api()->json("GET", url);
        QJsonDocument doc;
        connect(json, &api::JsonRequest::jsonReceived, this, [&](const QJsonDocument &d) { doc = d; });
        QVERIFY(waitFor(json, &api::JsonRequest::jsonReceived).first);
        QVERIFY(doc.isObject());

        space.server->htmlNext(1, QStringLiteral("/fr/"));
        auto *html = space.api()->json("GET", url);
        const auto [ok, error] = waitFor(html, &api::JsonRequest::jsonReceived);
        QVERIFY(!ok);
        QCOMPARE(error.kind(), ApiError::Kind::BadPayload);
        QVERIFY(!error.message().isEmpty());
    }

    void malformedJsonIsABadPayload()
    {
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("admin@demo.test")));
        space.server->malformNext(1, adminResources);
        auto *request = space.api()->list(adminResources);
        const auto [ok, error] = waitFor(request, &api::ListRequest::pageLoaded);
        QVERIFY(!ok);
        QCOMPARE(error.kind(), ApiError::Kind::BadPayload);
    }

    void serverErrorIsRetriedForGetButNotForPost()
    {
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("admin@demo.test")));
        space.server->resetCounters();
        space.server->failNext(1, 503, adminResources);
        auto *get = space.api()->list(adminResources);
        QSignalSpy retried(get, &api::ApiRequest::retryScheduled);
        QVERIFY(waitFor(get, &api::ListRequest::pageLoaded).first);
        QCOMPARE(retried.count(), 1);
        QCOMPARE(space.server->requestCount("GET", adminResources), 2);

        space.server->failNext(1, 503, applications);
        auto *post = space.api()->create(applications, QJsonObject{{QStringLiteral("DeveloperId"), 1},
                                                                   {QStringLiteral("Name"), QStringLiteral("X")},
                                                                   {QStringLiteral("ShortDescription"), QStringLiteral("Y")},
                                                                   {QStringLiteral("InstallUrl"), QStringLiteral("https://e.com")}});
        const auto [ok, error] = waitFor(post, &api::WriteRequest::written);
        QVERIFY(!ok);
        QCOMPARE(error.kind(), ApiError::Kind::Server);
        QCOMPARE(space.server->requestCount("POST", applications), 1);
    }

    void droppedConnectionRetriesGetAndReportsPost()
    {
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("admin@demo.test")));
        space.server->resetCounters();
        space.server->dropNext(1, adminResources);
        auto *get = space.api()->list(adminResources);
        QVERIFY(waitFor(get, &api::ListRequest::pageLoaded).first);
        QCOMPARE(space.server->requestCount("GET", adminResources), 2);

        space.server->dropNext(1, applications);
        auto *post = space.api()->create(applications, QJsonObject{{QStringLiteral("DeveloperId"), 1},
                                                                   {QStringLiteral("Name"), QStringLiteral("Dropped")},
                                                                   {QStringLiteral("ShortDescription"), QStringLiteral("Y")},
                                                                   {QStringLiteral("InstallUrl"), QStringLiteral("https://e.com")}});
        const auto [ok, error] = waitFor(post, &api::WriteRequest::written);
        QVERIFY(!ok);
        QCOMPARE(error.kind(), ApiError::Kind::Network);
        QVERIFY(error.isOutcomeUnknown()); // the person is told it may have been saved
        QCOMPARE(space.server->requestCount("POST", applications), 1); // never replayed, not even by Qt
        // The record was created once: the lost answer did not make a second one.
        auto *check = space.api()->list(applications, api::ListQuery(QStringLiteral("Application"))
                                                           .where(QStringLiteral("Name"), QStringLiteral("Dropped")));
        api::ListPage page;
        connect(check, &api::ListRequest::pageLoaded, this, [&](const api::ListPage &p) { page = p; });
        QVERIFY(waitFor(check, &api::ListRequest::pageLoaded).first);
        QCOMPARE(page.meta.totalItems, 1);
    }

    void burstThroughTheClientIsNeverThrottled()
    {
        emulator::EmulatorConfig config;
        config.throttleTimeScale = 10.0; // 10 per 5 s on /api/public becomes 10 per 0.5 s
        TestSpace space(config);
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        space.api()->throttle().setTimeScale(10.0);
        space.server->resetCounters();

        const int burst = 45; // crosses several public and per-second windows
        int succeeded = 0;
        for (int i = 0; i < burst; ++i) {
            auto *request = space.api()->list(QStringLiteral("/api/public/resources/published/summary"),
                                              api::ListQuery().size(5).page(1 + i % 3));
            connect(request, &api::ListRequest::pageLoaded, this, [&succeeded] { ++succeeded; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(succeeded, burst, 30000);
        QCOMPARE(space.server->throttledCount(), 0);
        QCOMPARE(space.server->requestCount("GET", QStringLiteral("/api/public")), burst);

        // The same burst sent raw, without the client's pacing, is throttled.
        QNetworkAccessManager raw;
        int conflicts = 0;
        int answered = 0;
        bool retryAfterSeen = false;
        for (int i = 0; i < burst; ++i) {
            QNetworkRequest request(space.server->baseUrl().resolved(QUrl(QStringLiteral("/api/public/resources/published/summary?size=5"))));
            request.setRawHeader("Accept", "application/json");
            request.setRawHeader("Authorization", "Bearer " + space.auth()->accessToken().toUtf8());
            QNetworkReply *reply = raw.get(request);
            connect(reply, &QNetworkReply::finished, this, [&, reply] {
                ++answered;
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 409) {
                    ++conflicts;
                    retryAfterSeen = retryAfterSeen || !reply->rawHeader("Retry-After").isEmpty();
                }
                reply->deleteLater();
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(answered, burst, 20000);
        QVERIFY(conflicts > 0);
        QVERIFY(retryAfterSeen);
        QCOMPARE(space.server->throttledCount(), conflicts);
    }

    void aHeldWalkTakesThePublicWindowFirst()
    {
        // Ten pages of rooms are one public window (10 per 5 s): with requests of other views queued
        // before them, the pages still go first, and the others follow once the walk is done.
        emulator::EmulatorConfig config;
        config.resourceCount = 30; // about 27 of them published: nine pages of three
        config.throttleTimeScale = 10.0; // 10 per 5 s becomes 10 per 0.5 s
        TestSpace space(config);
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        space.api()->throttle().setTimeScale(10.0);
        QTest::qWait(600); // the sign-in's own public calls leave the window
        space.server->resetCounters();

        const QString othersPath = QStringLiteral("/api/public/bookings/my");
        const int others = 6;
        int othersAnswered = 0;
        for (int i = 0; i < others; ++i) {
            auto *request = space.api()->list(othersPath);
            connect(request, &api::ListRequest::pageLoaded, this, [&othersAnswered] { ++othersAnswered; });
        }
        repository::ListPager pager(space.api(), QStringLiteral("/api/public/resources/published/summary"),
                                    api::ListQuery().size(3));
        pager.setHoldsWindow(true);
        int publicSentWhenDone = -1;
        int othersSentWhenDone = -1;
        connect(&pager, &repository::ListPager::completed, this, [&] {
            publicSentWhenDone = space.server->requestCount("GET", QStringLiteral("/api/public"));
            othersSentWhenDone = space.server->requestCount("GET", othersPath);
        });
        pager.start();
        QTRY_VERIFY_WITH_TIMEOUT(publicSentWhenDone >= 0, 20000);
        QCOMPARE(pager.pagesDone(), pager.totalPages());
        QVERIFY2(pager.pagesDone() >= 9, qPrintable(QString::number(pager.pagesDone()))); // the window, nearly all
        QCOMPARE(othersSentWhenDone, 0);
        QCOMPARE(publicSentWhenDone, pager.pagesDone()); // the walk's pages and nothing else
        QTRY_COMPARE_WITH_TIMEOUT(othersAnswered, others, 20000);
        QCOMPARE(space.server->throttledCount(), 0);
    }

    void aHoldEndsByItselfAfterOneWindow()
    {
        // A walk that stalls (or forgets to release) cannot keep the other views waiting for long;
        // a walk that goes away releases at once.
        emulator::EmulatorConfig config;
        config.throttleTimeScale = 2.0;
        TestSpace space(config);
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        space.api()->throttle().setTimeScale(2.0); // one window: 2.5 s
        QObject stalledWalk;
        space.api()->holdWindow(&stalledWalk, QStringLiteral("/api/public/resources/published/summary"));
        QElapsedTimer waited;
        waited.start();
        auto *held = space.api()->list(QStringLiteral("/api/public/bookings/my"));
        auto *otherRoute = space.api()->record(QStringLiteral("/api/spaces/businesses/current"));
        bool heldAnswered = false;
        bool otherAnswered = false;
        connect(held, &api::ListRequest::pageLoaded, this, [&] { heldAnswered = true; });
        connect(otherRoute, &api::ApiRequest::finished, this, [&] { otherAnswered = true; });
        QTRY_VERIFY_WITH_TIMEOUT(otherAnswered, 5000); // another route does not wait for the hold
        QVERIFY(!heldAnswered);
        QTRY_VERIFY_WITH_TIMEOUT(heldAnswered, 5000);
        QVERIFY2(waited.elapsed() >= 2400, qPrintable(QString::number(waited.elapsed())));

        auto goneWalk = std::make_unique<QObject>();
        space.api()->holdWindow(goneWalk.get(), QStringLiteral("/api/public/resources/published/summary"));
        goneWalk.reset();
        bool afterGone = false;
        auto *next = space.api()->list(QStringLiteral("/api/public/bookings/my"));
        connect(next, &api::ListRequest::pageLoaded, this, [&] { afterGone = true; });
        QTRY_VERIFY_WITH_TIMEOUT(afterGone, 1500); // well within the window it would otherwise wait
    }

    void throttledGetWaitsAndRetries()
    {
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("admin@demo.test")));
        space.server->resetCounters();
        space.server->failNext(1, 409, adminResources);
        auto *get = space.api()->list(adminResources);
        QSignalSpy retried(get, &api::ApiRequest::retryScheduled);
        QVERIFY(waitFor(get, &api::ListRequest::pageLoaded).first);
        QCOMPARE(retried.count(), 1);
        QVERIFY(retried.first().at(1).toLongLong() >= 1000); // Retry-After honoured (at least 1 s)

        space.server->failNext(1, 409, applications);
        auto *post = space.api()->create(applications, QJsonObject{{QStringLiteral("Name"), QStringLiteral("X")}});
        const auto [ok, error] = waitFor(post, &api::WriteRequest::written);
        QVERIFY(!ok);
        QCOMPARE(error.kind(), ApiError::Kind::Throttled);
        QCOMPARE(space.server->requestCount("POST", applications), 1);
    }

    void memberIsForbiddenOnAdminRoutes()
    {
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        auto *request = space.api()->list(applications);
        const auto [ok, error] = waitFor(request, &api::ListRequest::pageLoaded);
        QVERIFY(!ok);
        QCOMPARE(error.kind(), ApiError::Kind::Forbidden);
    }

    void unreachableSpaceIsANetworkError()
    {
        api::ApiClient client;
        client.setRetryBackoffMs({});
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1")));
        auto *request = client.list(adminResources);
        const auto [ok, error] = waitFor(request, &api::ListRequest::pageLoaded);
        QVERIFY(!ok);
        QCOMPARE(error.kind(), ApiError::Kind::Network);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The dataset table is the one place a dataset is named: the repositories, `--sync` and the UI's
// wording must all read it, staff-only datasets must stay out of a member's sync, and people see
// titles (never "ExtraService"), in their language.
#include "api/ApiError.h"
#include "repository/ApplicationRepository.h"
#include "repository/BlogPostRepository.h"
#include "repository/Datasets.h"
#include "repository/FullSync.h"
#include "repository/MyBookingsRepository.h"
#include "repository/ResourceDetailsLoader.h"
#include "repository/ResourceRepository.h"
#include "repository/ResourceReviewRepository.h"

#include <QCoreApplication>
#include <QSet>
#include <QTest>
#include <QTranslator>

using repository::Dataset;
using repository::Datasets;

namespace {
std::optional<Dataset> byName(const QString &name)
{
    for (const Dataset &dataset : Datasets::all()) {
        if (Datasets::name(dataset) == name)
            return dataset;
    }
    return std::nullopt;
}

//! Answers one source text, as a loaded .qm would.
class OneWordTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return QByteArray(context) == "repository::Datasets" && QByteArray(source) == "booking rates"
                   ? QStringLiteral("tarifas de reserva")
                   : QString();
    }
};
} // namespace

class TestDatasets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesAreUnique()
    {
        QSet<QString> names;
        for (const Dataset &dataset : Datasets::all())
            names.insert(Datasets::name(dataset));
        QCOMPARE(names.size(), Datasets::all().size());
    }

    void repositoriesReadTheTable()
    {
        using namespace repository;
        QCOMPARE(ResourceRepository::datasetName(), QStringLiteral("resources"));
        QCOMPARE(ResourceDetailsLoader::datasetName(), QStringLiteral("resource-details"));
        QCOMPARE(MyBookingsRepository::offlineDataset(), QStringLiteral("bookings"));
        QCOMPARE(QString::fromLatin1(MyBookingsRepository::kCancelledPath), QStringLiteral("/api/public/bookings/cancelled"));
        QCOMPARE(BlogPostRepository::offlineDataset(), QStringLiteral("news"));
        QCOMPARE(ApplicationRepository::offlineDataset(), QStringLiteral("applications"));
        QCOMPARE(QString::fromLatin1(ApplicationRepository::kPath), QStringLiteral("/api/apps/applications"));
        QCOMPARE(ResourceReviewRepository::offlineRatesDataset(), QStringLiteral("review-booking-rates"));
        QCOMPARE(QString::fromLatin1(ResourceReviewRepository::kRatesPath), QStringLiteral("/api/billing/extraservices"));
    }

    void syncFetchesTableDatasetsFromTheirRoutes()
    {
        for (bool staff : {false, true}) {
            const auto sources = repository::FullSync::sources(staff);
            QVERIFY(!sources.isEmpty());
            bool sawStaffOnly = false;
            for (const auto &source : sources) {
                const std::optional<Dataset> dataset = byName(source.dataset);
                QVERIFY2(dataset.has_value(), qPrintable(source.dataset));
                QCOMPARE(source.path, Datasets::route(*dataset));
                sawStaffOnly = sawStaffOnly || dataset->staffOnly;
            }
            QCOMPARE(sawStaffOnly, staff); // a member's sync never asks the admin API
        }
    }

    void eachDatasetDeclaresHowItIsRead()
    {
        using repository::ReadPolicy;
        // Rooms are wanted at once and change rarely: the copy first. Everything else asks first.
        for (const Dataset &dataset : Datasets::all()) {
            const ReadPolicy expected = Datasets::name(dataset) == QStringLiteral("resources") ? ReadPolicy::CacheFirst
                                                                                                  : ReadPolicy::NetworkFirst;
            QVERIFY2(dataset.policy == expected, dataset.name);
            QCOMPARE(Datasets::readsCopyFirst(dataset), expected == ReadPolicy::CacheFirst);
        }
    }

    void onlyAnUnreachableSpaceLetsTheCopyAnswer_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("copyAnswers");
        using Kind = api::ApiError::Kind;
        QTest::newRow("connection refused") << int(Kind::Network) << 0 << true;
        QTest::newRow("timeout") << int(Kind::Timeout) << 0 << true;
        QTest::newRow("refused to this account") << int(Kind::Forbidden) << 403 << false;
        QTest::newRow("route not offered") << int(Kind::NotOffered) << 404 << false;
        QTest::newRow("server error") << int(Kind::Server) << 500 << false;
        QTest::newRow("HTML instead of JSON") << int(Kind::BadPayload) << 200 << false;
        QTest::newRow("throttled") << int(Kind::Throttled) << 429 << false;
        QTest::newRow("signed out") << int(Kind::Unauthorized) << 401 << false;
    }

    void onlyAnUnreachableSpaceLetsTheCopyAnswer()
    {
        using repository::AfterFailure;
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(bool, copyAnswers);
        const api::ApiError error(api::ApiError::Kind(kind), status);
        const Dataset &news = repository::datasets::news;
        const Dataset &rooms = repository::datasets::rooms;
        QCOMPARE(Datasets::copyAnswers(news, error), copyAnswers);
        QCOMPARE(Datasets::copyAnswers(rooms, error), copyAnswers);
        // Network-first reads its copy now; cache-first already shows it and only marks it offline.
        QCOMPARE(Datasets::afterFailure(news, error), copyAnswers ? AfterFailure::ReadCopy : AfterFailure::ShowFailure);
        QCOMPARE(Datasets::afterFailure(rooms, error), copyAnswers ? AfterFailure::KeepCopyOffline : AfterFailure::KeepCopy);
    }

    void titlesAreWordsInTheLanguage()
    {
        QCOMPARE(Datasets::title(QStringLiteral("review-booking-rates")), QStringLiteral("booking rates"));
        QCOMPARE(Datasets::title(QStringLiteral("words-de")), QStringLiteral("words-de")); // not in the table
        for (const Dataset &dataset : Datasets::all())
            QVERIFY2(!Datasets::title(Datasets::name(dataset)).contains(QStringLiteral("ExtraService"), Qt::CaseInsensitive),
                     dataset.name);
        OneWordTranslator spanish;
        QCoreApplication::installTranslator(&spanish);
        QCOMPARE(Datasets::title(QStringLiteral("review-booking-rates")), QStringLiteral("tarifas de reserva"));
        QCoreApplication::removeTranslator(&spanish);
    }
};

QTEST_GUILESS_MAIN(TestDatasets)
#include "tst_datasets.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// bench-ingest: how fast a page of 1,000 full resource records goes from bytes to domain::Resource values.
// Times QJsonDocument::fromJson + api::ListPage::parse + domain::Resource::fromJson per record, repeats,
// and prints the median as "ingest_1000_resources_mb_per_s: <value> MB/s" (MB = 10^6 bytes).
#include "api/ListPage.h"
#include "domain/Amenity.h"
#include "domain/Resource.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include "FullResourceRecord.h"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr int kRecordCount = 1000;

QByteArray buildPage()
{
    QJsonArray records;
    for (int i = 0; i < kRecordCount; ++i)
        records.append(bench::fullRecord(i, kRecordCount));
    QJsonObject page{{QStringLiteral("Records"), records},
                     {QStringLiteral("CurrentPageSize"), kRecordCount},
                     {QStringLiteral("CurrentPage"), 1},
                     {QStringLiteral("CurrentOrderField"), QStringLiteral("Name")},
                     {QStringLiteral("CurrentSortDirection"), 0},
                     {QStringLiteral("FirstItem"), 1},
                     {QStringLiteral("HasNextPage"), false},
                     {QStringLiteral("HasPreviousPage"), false},
                     {QStringLiteral("LastItem"), kRecordCount},
                     {QStringLiteral("PageNumber"), 1},
                     {QStringLiteral("PageSize"), kRecordCount},
                     {QStringLiteral("TotalItems"), kRecordCount},
                     {QStringLiteral("TotalPages"), 1}};
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

//! One full ingest; returns a checksum so the work cannot be optimised away.
qint64 ingest(const QByteArray &bytes)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    api::ListPage page;
    if (!api::ListPage::parse(doc.object(), &page))
        return -1;
    qint64 checksum = 0;
    for (const QJsonValue &record : std::as_const(page.records)) {
        const domain::Resource resource = domain::Resource::fromJson(record.toObject());
        checksum += resource.id + resource.amenities.count() + resource.name.size();
    }
    return checksum;
}

int parseIterations(const QStringList &args)
{
    const qsizetype at = args.indexOf(QStringLiteral("--iterations"));
    if (at < 0 || at + 1 >= args.size())
        return 0; // automatic
    bool ok = false;
    const int n = args.at(at + 1).toInt(&ok);
    return ok && n > 0 ? n : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int fixedIterations = parseIterations(app.arguments());

    const QByteArray bytes = buildPage();
    const qint64 expected = ingest(bytes); // warm-up, and the checksum every run must reproduce
    if (expected < 0) {
        std::fprintf(stderr, "bench-ingest: the generated page did not parse\n");
        return 1;
    }

    // Automatic mode: at least 30 runs and at least one second, whichever takes longer.
    std::vector<qint64> nanos;
    QElapsedTimer total;
    total.start();
    for (int run = 0;; ++run) {
        if (fixedIterations > 0 ? run >= fixedIterations
                                : (run >= 30 && total.elapsed() >= 1000) || run >= 10000)
            break;
        QElapsedTimer timer;
        timer.start();
        const qint64 checksum = ingest(bytes);
        nanos.push_back(timer.nsecsElapsed());
        if (checksum != expected) {
            std::fprintf(stderr, "bench-ingest: checksum changed between runs\n");
            return 1;
        }
    }

    std::sort(nanos.begin(), nanos.end());
    const size_t n = nanos.size();
    const double medianNs = n % 2 ? double(nanos[n / 2]) : (nanos[n / 2 - 1] + nanos[n / 2]) / 2.0;
    const double mbPerS = (double(bytes.size()) / 1.0e6) / (medianNs / 1.0e9);
    std::printf("page_bytes: %lld\n", static_cast<long long>(bytes.size()));
    std::printf("iterations: %zu\n", n);
    std::printf("ingest_1000_resources_ms: %.3f ms\n", medianNs / 1.0e6);
    std::printf("ingest_1000_resources_mb_per_s: %.2f MB/s\n", mbPerS);
    std::printf("checksum: %lld\n", static_cast<long long>(expected));
    return 0;
}

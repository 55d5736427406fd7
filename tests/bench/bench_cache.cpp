// SPDX-License-Identifier: GPL-3.0-or-later
// bench-cache: the offline store with 10,000 full resource records, as a sync writes them (pages of
// 1,000 JSON records as the API sends them, one transaction each, then the swap) and as a start
// loads them back into the rooms the list shows. Both go through ResourceRepository's own dataset
// definition (its record form included), so the figures are the app's.
// Prints "cache_write_10000_ms: <value> ms" and "cache_load_10000_ms: <value> ms" (medians), and
// the store's share of the load ("cache_read_rows_10000_ms") and the file size.
#include "FullResourceRecord.h"
#include "cache/OfflineStore.h"
#include <QFileInfo>
#include "repository/ResourceRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

constexpr int kRecordCount = 10000;
constexpr int kPageSize = 1000;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

int parseIterations(const QStringList &args)
{
    const qsizetype at = args.indexOf(QStringLiteral("--iterations"));
    const int n = at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : 0;
    return n > 0 ? n : 7;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int iterations = parseIterations(app.arguments());
    QList<QList<cache::CacheRecord>> pages;
    for (int first = 0; first < kRecordCount; first += kPageSize) {
        QList<cache::CacheRecord> page;
        for (int i = first; i < first + kPageSize; ++i) {
            QJsonObject record = bench::fullRecord(i, kRecordCount);
            record.insert(u"Visible", true);
            record.insert(u"Archived", false);
            record.insert(u"HideInCalendar", false);
            page.append({record.value(u"Id").toInteger(), record});
        }
        pages.append(page);
    }

    QTemporaryDir dir;
    cache::OfflineStore store(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!store.open()) {
        std::fprintf(stderr, "cannot open the store: %s\n", qPrintable(store.errorMessage()));
        return 1;
    }
    QList<double> writes;
    QList<double> loads;
    QList<double> reads; // the store's part of a load: the rows' bytes, in order
    const auto source = repository::ResourceRepository::source();
    qsizetype loaded = 0;
    for (int run = 0; run < iterations; ++run) {
        QElapsedTimer timer;
        timer.start();
        bool ok = store.beginRefresh(source.dataset);
        for (const auto &page : std::as_const(pages))
            ok = ok && store.writePage(source.dataset, page, source.encoder);
        ok = ok && store.commitRefresh(source.dataset, QDateTime::currentDateTimeUtc());
        writes.append(double(timer.nsecsElapsed()) / 1e6);
        if (!ok) {
            std::fprintf(stderr, "write failed: %s\n", qPrintable(store.errorMessage()));
            return 1;
        }
        // A start: read the copy and turn it into the rooms the list shows.
        timer.restart();
        const cache::StoredDataset data = store.readStored(source.dataset);
        reads.append(double(timer.nsecsElapsed()) / 1e6);
        loaded = repository::ResourceRepository::bookableListings(data).size();
        loads.append(double(timer.nsecsElapsed()) / 1e6);
    }
    if (loaded != kRecordCount) {
        std::fprintf(stderr, "loaded %lld rooms, expected %d\n", qlonglong(loaded), kRecordCount);
        return 1;
    }
    std::printf("cache_write_10000_ms: %.1f ms\n", median(writes));
    std::printf("cache_load_10000_ms: %.1f ms\n", median(loads));
    std::printf("cache_read_rows_10000_ms: %.1f ms\n", median(reads));
    std::printf("cache_file_10000_bytes: %lld bytes\n",
                qlonglong(QFileInfo(store.path()).size() + QFileInfo(store.path() + QStringLiteral("-wal")).size()));
    return 0;
}

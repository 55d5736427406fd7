// SPDX-License-Identifier: GPL-3.0-or-later
// A refresh of N rooms against the emulator with its throttle tables on, measured on the real
// binary: a first start (empty offline copy, so the rooms must be fetched) of `portal-desk
// --screenshot`, with everything else a start asks for (profile, words, busy times, bookings)
// competing for the same `/api/public` window. Reports the time from `timing: rooms-refresh-started`
// to `timing: rooms-refreshed`, and beside it the least the throttle table allows for that many
// page requests (10 per 5 s on /api/public, one request per 100 ms overall), so the two can be
// compared: a refresh that waited for a second window shows as a whole window more.
//
//   bench-refresh [--sizes 10000] [--runs 3]
//
// Prints refresh_<N>_ms, refresh_<N>_pages and refresh_<N>_throttle_least_ms for each N.
#include "ProcessBench.h"

#include <QTemporaryDir>
#include <QThread>

#include <optional>

namespace {

using namespace bench;

constexpr int kPageSize = 1000;       // ResourceRepository::pageSize
constexpr qint64 kPublicLimit = 10;   // requests per public window
constexpr qint64 kPublicWindowMs = 5000;
constexpr qint64 kGeneralSpacingMs = 100;

//! The least time N page requests take under the tables, from the first request sent to the last:
//! only their sending is bounded, so the answers' transfer is not counted.
qint64 throttleLeastMs(int pages)
{
    const qint64 waits = pages - 1;
    return std::max(waits * kGeneralSpacingMs, (waits / kPublicLimit) * kPublicWindowMs);
}

//! One first start: the milliseconds from the refresh's start to the rooms refreshed.
std::optional<qint64> firstStart(const QString &url, const QProcessEnvironment &env, const QString &shot)
{
    return runUntil<qint64>(
        url, env, shot,
        [](const QString &trace, qint64) -> std::optional<qint64> {
            const std::optional<qint64> from = milestone(trace, QStringLiteral("rooms-refresh-started"));
            const std::optional<qint64> to = milestone(trace, QStringLiteral("rooms-refreshed"));
            return from && to ? std::optional<qint64>(*to - *from) : std::nullopt;
        },
        "rooms-refresh-started/rooms-refreshed");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(
        app, QStringLiteral("A refresh of N rooms by the real portal-desk against the throttled emulator."), QStringLiteral("10000"));
    for (const int rooms : options.sizes) {
        QProcess emulator;
        const QString url = startEmulator(emulator, rooms, Throttle::On);
        if (url.isEmpty()) {
            std::fprintf(stderr, "bench-refresh: the emulator did not start\n");
            return 1;
        }
        QList<qint64> times;
        for (int run = 0; run < options.runs; ++run) {
            if (run > 0)
                QThread::msleep(kPublicWindowMs + 500); // the last run's requests leave every window
            QTemporaryDir home; // an empty offline copy each time: the rooms must come from the space
            const std::optional<qint64> ms = firstStart(url, isolatedEnvironment(home.path()),
                                                        home.filePath(QStringLiteral("shot.png")));
            if (!ms)
                return 1;
            times.append(*ms);
        }
        const int pages = (rooms + kPageSize - 1) / kPageSize;
        std::printf("refresh_%d_ms: %lld ms\n", rooms, static_cast<long long>(median(times)));
        std::printf("refresh_%d_pages: %d pages\n", rooms, pages);
        std::printf("refresh_%d_throttle_least_ms: %lld ms\n", rooms, static_cast<long long>(throttleLeastMs(pages)));
        std::fflush(stdout);
        emulator.kill();
        emulator.waitForFinished();
    }
    return 0;
}

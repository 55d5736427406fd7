// SPDX-License-Identifier: GPL-3.0-or-later
// What a person sees at start-up, measured on the real binary: the emulator serves N generated rooms
// on loopback (no throttle, so only the client's own pacing counts), one `--sync` fills the offline
// copy, then cold starts of `portal-desk --screenshot` (offscreen) report when the copy's rooms were
// first painted (`timing: rooms-from-copy` of the portaldesk.timing trace, milliseconds since the
// process started) and the process's PSS at that moment (/proc/PID/smaps_rollup). Medians of the
// runs. Each start signs in with the password (no keychain on a CI machine), as a start from the
// keychain renews its token: one call to the space before the copy opens.
//
//   bench-startup [--sizes 10000,50000] [--runs 3]
//
// Prints startup_<N>_rooms_painted_ms and startup_<N>_pss_mb for each N.
#include "ProcessBench.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace {

using namespace bench;

struct Start {
    qint64 paintedMs = -1;
    double pssMb = -1;
};

//! One cold start: until the copy's rooms are painted, with the PSS at that moment.
std::optional<Start> coldStart(const QString &url, const QProcessEnvironment &env, const QString &shot)
{
    return runUntil<Start>(
        url, env, shot,
        [](const QString &trace, qint64 pid) -> std::optional<Start> {
            const std::optional<qint64> painted = milestone(trace, QStringLiteral("rooms-from-copy"));
            return painted ? std::optional<Start>(Start{*painted, pssMb(pid)}) : std::nullopt;
        },
        "rooms-from-copy");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(
        app, QStringLiteral("Start-up of the real portal-desk with N rooms in its offline copy."), QStringLiteral("10000,50000"));
    for (const int rooms : options.sizes) {
        QTemporaryDir home;
        const QProcessEnvironment env = isolatedEnvironment(home.path());
        QProcess emulator;
        const QString url = startEmulator(emulator, rooms);
        if (url.isEmpty()) {
            std::fprintf(stderr, "bench-startup: the emulator did not start\n");
            return 1;
        }
        if (!fillOfflineCopy(url, env))
            return 1;
        QList<qint64> painted;
        QList<double> pss;
        for (int run = 0; run < options.runs; ++run) {
            const std::optional<Start> start = coldStart(url, env, home.filePath(QStringLiteral("shot.png")));
            if (!start)
                return 1;
            painted.append(start->paintedMs);
            pss.append(start->pssMb);
        }
        std::printf("startup_%d_rooms_painted_ms: %lld ms\n", rooms, static_cast<long long>(median(painted)));
        std::printf("startup_%d_pss_mb: %.1f MB\n", rooms, median(pss));
        std::fflush(stdout);
        emulator.kill();
        emulator.waitForFinished();
    }
    return 0;
}

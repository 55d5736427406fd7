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

#include <QCommandLineParser>
#include <QCoreApplication>
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
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(PORTAL_DESK_BINARY), signInArguments(url) << QStringLiteral("--screenshot") << shot);
    if (!app.waitForStarted())
        return std::nullopt;
    app.write(kPassword);
    app.closeWriteChannel();
    static const QRegularExpression started(QStringLiteral("^timing: rooms-refresh-started (\\d+)"),
                                            QRegularExpression::MultilineOption);
    static const QRegularExpression refreshed(QStringLiteral("^timing: rooms-refreshed (\\d+)"),
                                              QRegularExpression::MultilineOption);
    QByteArray err;
    std::optional<qint64> result;
    const QDeadlineTimer deadline(180000);
    while (!result && !deadline.hasExpired() && app.state() == QProcess::Running) {
        app.waitForReadyRead(100);
        err += app.readAllStandardError();
        const QString trace = QString::fromUtf8(err);
        const QRegularExpressionMatch from = started.match(trace);
        const QRegularExpressionMatch to = refreshed.match(trace);
        if (from.hasMatch() && to.hasMatch())
            result = to.captured(1).toLongLong() - from.captured(1).toLongLong();
    }
    app.kill();
    app.waitForFinished();
    if (!result)
        std::fprintf(stderr, "bench-refresh: no rooms-refresh-started/rooms-refreshed lines:\n%s\n", err.constData());
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A refresh of N rooms by the real portal-desk against the throttled emulator."));
    parser.addHelpOption();
    const QCommandLineOption sizesOption(QStringLiteral("sizes"), QStringLiteral("Room counts, comma-separated."),
                                         QStringLiteral("N,..."), QStringLiteral("10000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("First starts per size."), QStringLiteral("N"),
                                        QStringLiteral("3"));
    parser.addOptions({sizesOption, runsOption});
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());

    for (const QString &size : parser.value(sizesOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int rooms = size.toInt();
        QProcess emulator;
        const QString url = startEmulator(emulator, rooms, Throttle::On);
        if (url.isEmpty()) {
            std::fprintf(stderr, "bench-refresh: the emulator did not start\n");
            return 1;
        }
        QList<qint64> times;
        for (int run = 0; run < runs; ++run) {
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

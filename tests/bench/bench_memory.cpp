// SPDX-License-Identifier: GPL-3.0-or-later
// Memory that does not grow with use (issue 17, part 6), on the real window: the app in-process
// against the emulator serving N generated rooms (half with pictures), no throttle. Scrolls the card
// view from the first room to the last, page by page, letting the pictures come; after opening the
// details of the first rooms one after another. Prints this process's PSS (app and emulator
// together) once the rooms are listed, and how much it grew over each walk:
//
//   bench-memory [--rooms 10000] [--details 100]
//
// The client paces its calls to the public routes (10 in 5 s), so pictures arrive at that pace
// while the walk goes on: the scroll gives each page 0.1 s and more while pictures keep coming.
//
// memory_<N>_listed_pss_mb, memory_scroll_<N>_cards_growth_mb, memory_<D>_details_growth_mb, and
// the requests each walk made (the pictures and details it fetched).
#include "AppController.h"
#include "Emulator.h"
#include "MainWindow.h"
#include "WindowBench.h"
#include "ResourceViewStack.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeView>
#include <cstdio>

namespace {
using windowbench::findMainWindow;
using windowbench::spinUntil;
using windowbench::spinFor;
double pssMb()
{
    QFile rollup(QStringLiteral("/proc/self/smaps_rollup"));
    if (!rollup.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression pss(QStringLiteral("^Pss:\\s+(\\d+) kB"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = pss.match(QString::fromLatin1(rollup.readAll()));
    return match.hasMatch() ? match.captured(1).toDouble() / 1024.0 : -1;
}



} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home; // the app's account, copy and pictures under a HOME of this run's own
    qputenv("HOME", home.path().toLocal8Bit());
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qunsetenv(name);
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = QCoreApplication::arguments();
    auto option = [&args](const char *name, int fallback) {
        const qsizetype at = args.indexOf(QString::fromLatin1(name));
        return at >= 0 && at + 1 < args.size() ? qMax(1, args.at(at + 1).toInt()) : fallback;
    };
    const int rooms = option("--rooms", 10000);
    const int details = option("--details", 100);

    emulator::EmulatorConfig config;
    config.resourceCount = rooms;
    config.throttleEnabled = false;
    emulator::Emulator server(config);
    if (!server.listen())
        return 1;
    AppOptions options;
    options.server = server.baseUrl().toString();
    options.user = QStringLiteral("member@demo.test");
    options.language = QStringLiteral("en");
    AppController controller(options, QStringLiteral("demo"));
    if (!controller.start())
        return 1;
    MainWindow *window = findMainWindow();
    auto *table = window ? window->findChild<QTreeView *>(QStringLiteral("resourceView")) : nullptr;
    if (!table)
        return 1;
    const auto listed = [&] {
        return window->statusBar()->currentMessage().contains(QStringLiteral("bookable room")) && table->model()->rowCount() > 0;
    };
    if (!spinUntil(listed, 180000)) {
        std::fprintf(stderr, "bench-memory: the window did not list the rooms\n");
        return 1;
    }
    spinFor(1500);
    const double listedPss = pssMb();
    std::printf("memory_%d_listed_pss_mb: %.1f MB\n", rooms, listedPss);

    // The details of one room after another, as a person stepping down the list with the arrow key.
    const int walk = qMin(details, table->model()->rowCount());
    const QString detailsRoute = QStringLiteral("/api/public/resources/published/");
    const int detailsBefore = server.requestCount("GET", detailsRoute);
    for (int row = 0; row < walk; ++row) {
        const int asked = server.requestCount("GET", detailsRoute);
        table->setCurrentIndex(table->model()->index(row, 0));
        // Until its details came (the loader waits for the selection to rest first), at most 6 s
        // (the client paces its calls to the public routes: 10 in 5 s).
        spinUntil([&] { return server.requestCount("GET", detailsRoute) > asked; }, 6000);
        spinFor(5);
    }
    spinFor(1000);
    const double detailsPss = pssMb();
    std::printf("memory_%d_details_growth_mb: %.1f MB\n", walk, detailsPss - listedPss);
    std::printf("memory_%d_details_requests: %d requests\n", walk, server.requestCount("GET", detailsRoute) - detailsBefore);

    // Every card once, a page at a time, each page given the time to fetch and paint its pictures.
    window->resourceViews()->showCards(true);
    auto *cards = qobject_cast<QAbstractItemView *>(window->resourceViews()->currentWidget());
    if (!cards)
        return 1;
    spinFor(300);
    const int askedBeforeScroll = server.requestCount("GET");
    QScrollBar *bar = cards->verticalScrollBar();
    int pages = 0;
    while (bar->value() < bar->maximum()) {
        bar->setValue(qMin(bar->maximum(), bar->value() + bar->pageStep()));
        ++pages;
        // Until the page's pictures stop coming (a person looking at each page), at most 2 s.
        for (int asked = -1, waited = 0; asked != server.requestCount("GET") && waited < 2000; waited += 100) {
            asked = server.requestCount("GET");
            spinFor(100);
        }
    }
    spinFor(1000);
    const double scrolledPss = pssMb();
    std::printf("memory_scroll_%d_cards_growth_mb: %.1f MB\n", rooms, scrolledPss - detailsPss);
    // What the walk asked for (the pictures of the cards it passed), so a walk that fetched nothing shows.
    std::printf("memory_scroll_%d_cards_requests: %d requests over %d pages\n", rooms,
                server.requestCount("GET") - askedBeforeScroll, pages);
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Filtering and facet counting over 10,000 and 50,000 generated resources, as the filter panel does
// on every click; then the same on the real window: the whole app in-process (offscreen) against
// the emulator serving 10,000 rooms, from ticking an amenity in the filter panel to the rooms view
// painted again. Prints `<metric>: <value> <unit>` lines (median of the runs).
#include "AppController.h"
#include "Emulator.h"
#include "MainWindow.h"
#include "WindowBench.h"
#include "ResourceViewStack.h"
#include "models/ResourceFilterProxy.h"
#include "models/ResourceListModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QListWidget>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {
using windowbench::findMainWindow;
using windowbench::spinUntil;
QList<domain::Resource> generate(int count)
{
    QRandomGenerator rng(2026);
    const auto &types = domain::allSystemResourceTypes();
    QList<domain::Resource> resources;
    resources.reserve(count);
    for (int i = 1; i <= count; ++i) {
        domain::Resource r;
        r.id = i;
        r.name = QStringLiteral("Room %1").arg(i);
        r.systemType = types.at(int(rng.bounded(types.size())));
        r.businessId = 1 + rng.bounded(5);
        r.businessName = QStringLiteral("Location %1").arg(r.businessId);
        r.groupName = QStringLiteral("Floor %1").arg(rng.bounded(6));
        if (rng.bounded(10) != 0)
            r.policy.allocation = 1 + int(rng.bounded(40));
        r.amenities = domain::AmenitySet::fromBits(rng.generate() & rng.generate()); // about a quarter each
        resources.append(std::move(r));
    }
    return resources;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

void run(int count, int iterations)
{
    models::ResourceListModel source;
    source.setResources(generate(count));
    models::ResourceFilterProxy proxy;
    proxy.setSourceModel(&source);
    // A busy space: three bookings a day for every other room, and a "free between" window that
    // changes on every run, so the busy marks are recomputed each time (the worst case).
    QList<domain::BusySlot> slots;
    const QDateTime day(QDate(2026, 9, 1), QTime(0, 0), Qt::UTC);
    for (int id = 1; id <= count; id += 2) {
        for (int hour : {9, 12, 15})
            slots.append({id, day.addSecs(3600LL * (hour + id % 3)), day.addSecs(3600LL * (hour + id % 3 + 1))});
    }
    proxy.setBusySlots(slots);

    // Alternate between two filters so each run really re-filters (setFilter skips equal filters).
    models::ResourceFilter wanted;
    wanted.minCapacity = 6;
    wanted.amenities = domain::AmenitySet::of({domain::Amenity::DisplayScreen});
    wanted.systemTypes = {int(domain::SystemResourceType::MeetingRoom)};
    wanted.freeFrom = day.addSecs(3600LL * 10);
    wanted.freeTo = day.addSecs(3600LL * 11);
    models::ResourceFilter other;
    other.locations = {2};
    other.freeFrom = day.addSecs(3600LL * 14);
    other.freeTo = day.addSecs(3600LL * 16);
    QList<double> times;
    int shown = 0;
    for (int i = 0; i < iterations; ++i) {
        QElapsedTimer timer;
        timer.start();
        proxy.setFilter(i % 2 == 0 ? wanted : other); // filter rows + recount every facet
        shown = proxy.rowCount();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("filter_%d_median_ms: %.3f ms\n", count, median(times));
    std::printf("filter_%d_rows_shown: %d rows\n", count, shown);

    // A full reset, as on an account switch or a first load: every row replaced while the filter
    // stays set, so the proxy re-filters and recounts every facet.
    const QList<domain::Resource> fresh = generate(count);
    QList<double> resets;
    for (int i = 0; i < iterations; ++i) {
        QElapsedTimer timer;
        timer.start();
        source.setResources(fresh);
        shown = proxy.rowCount();
        resets.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("reset_%d_median_ms: %.3f ms\n", count, median(resets));
}
//! Notes the next paint of a widget.
class PaintWatch : public QObject
{
public:
    bool painted = false;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};



bool runOnTheWindow(int count, int iterations)
{
    emulator::EmulatorConfig config;
    config.resourceCount = count;
    config.throttleEnabled = false;
    emulator::Emulator server(config);
    if (!server.listen())
        return false;
    AppOptions options;
    options.server = server.baseUrl().toString();
    options.user = QStringLiteral("member@demo.test");
    options.language = QStringLiteral("en");
    AppController controller(options, QStringLiteral("demo"));
    if (!controller.start())
        return false;
    MainWindow *window = findMainWindow();
    auto *view = window ? qobject_cast<QAbstractItemView *>(window->resourceViews()->currentWidget()) : nullptr;
    auto *amenities = window ? window->findChild<QListWidget *>(QStringLiteral("amenityList")) : nullptr;
    if (!view || !amenities)
        return false;
    // Every page of rooms in ("N bookable rooms" replaces "Loading rooms… page i of n"), then idle.
    auto *status = window->statusBar();
    const auto listed = [&] {
        const QString message = status->currentMessage();
        return message.contains(QStringLiteral("bookable room")) && amenities->count() > 0 && view->model()->rowCount() > 0;
    };
    if (!spinUntil(listed, 180000)) {
        std::fprintf(stderr, "bench-filter: the window did not list the rooms (%d shown; \"%s\")\n",
                     view->model()->rowCount(), qPrintable(status->currentMessage()));
        return false;
    }
    spinUntil([] { return false; }, 1500);
    PaintWatch watch;
    view->viewport()->installEventFilter(&watch);
    QListWidgetItem *amenity = amenities->item(0);
    QList<double> times;
    QList<double> handled; // the click's own work: filter, facet counts, the panel's texts
    int shownWith = 0;
    for (int i = 0; i < iterations; ++i) {
        watch.painted = false;
        QElapsedTimer timer;
        timer.start();
        // As a click on its box does: the panel filters at once, the view repaints.
        amenity->setCheckState(amenity->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
        handled.append(double(timer.nsecsElapsed()) / 1e6);
        if (!spinUntil([&] { return watch.painted; }, 5000))
            return false;
        times.append(double(timer.nsecsElapsed()) / 1e6);
        if (amenity->checkState() == Qt::Checked)
            shownWith = view->model()->rowCount();
    }
    // The floor under that figure: the same view asked to repaint with nothing changed (the
    // platform's pacing of updates and the cards' painting, no filtering).
    QList<double> repaints;
    for (int i = 0; i < iterations; ++i) {
        watch.painted = false;
        QElapsedTimer timer;
        timer.start();
        view->viewport()->update();
        if (!spinUntil([&] { return watch.painted; }, 5000))
            return false;
        repaints.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("filter_e2e_%d_median_ms: %.3f ms\n", count, median(times));
    std::printf("repaint_e2e_%d_median_ms: %.3f ms\n", count, median(repaints));
    std::printf("filter_handled_%d_median_ms: %.3f ms\n", count, median(handled));
    std::printf("filter_e2e_%d_rows_shown: %d rows\n", count, shownWith);
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The app keeps its account and offline copy under a HOME of this run's own.
    QTemporaryDir home;
    qputenv("HOME", home.path().toLocal8Bit());
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qunsetenv(name);
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    int iterations = 21;
    const QStringList args = QCoreApplication::arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--iterations")); at >= 0 && at + 1 < args.size())
        iterations = qMax(1, args.at(at + 1).toInt());
    // --window-only: only the real window's figure (for profiling it).
    if (!args.contains(QStringLiteral("--window-only"))) {
        run(10000, iterations);
        run(50000, iterations);
    }
    return runOnTheWindow(10000, iterations) ? 0 : 1;
}

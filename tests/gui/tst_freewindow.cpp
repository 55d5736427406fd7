// SPDX-License-Identifier: GPL-3.0-or-later
// "Free between" end to end: the filter panel's window, the busy times of the whole space in one
// request to the emulator (real QNetworkAccessManager on loopback), and the proxy hiding busy rooms.
#include "../integration/TestSpace.h"

#include "BusyTimesFeed.h"
#include "clock/Clock.h"
#include "FilterPanel.h"
#include "models/ResourceFilterProxy.h"
#include "models/ResourceListModel.h"
#include "repository/BusyTimesLoader.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QTimeEdit>

#include <optional>

class TestFreeWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hidesRoomsBusyInTheChosenWindow_data()
    {
        QTest::addColumn<QDateTime>("instant");
        QTest::addColumn<QByteArray>("computerZone");
        QTest::addColumn<QDate>("proposedDay"); // the panel's first proposal, in Madrid
        QTest::newRow("morning") << QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC) << QByteArray("UTC")
                                 << QDate(2026, 12, 4);
        // 22:50 in Madrid: the panel proposes tomorrow, where the seed also has bookings.
        QTest::newRow("late-evening") << QDateTime(QDate(2026, 12, 4), QTime(21, 50), Qt::UTC) << QByteArray("UTC")
                                      << QDate(2026, 12, 5);
        QTest::newRow("spring-forward-night") << QDateTime(QDate(2027, 3, 28), QTime(1, 30), Qt::UTC)
                                              << QByteArray("Europe/Madrid") << QDate(2027, 3, 28);
        // New Year's Eve, 23:59 in Auckland, 11:59 in Madrid.
        QTest::newRow("auckland-new-year") << QDateTime(QDate(2026, 12, 31), QTime(10, 59), Qt::UTC)
                                           << QByteArray("Pacific/Auckland") << QDate(2026, 12, 31);
    }

    void hidesRoomsBusyInTheChosenWindow()
    {
        QFETCH(QDateTime, instant);
        QFETCH(QByteArray, computerZone);
        QFETCH(QDate, proposedDay);
        core::ClockOverride clock(instant, computerZone);
        TestSpace space(startingAt(instant));
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));

        FilterPanel panel;
        panel.setTimeZone(QStringLiteral("Europe/Madrid"));
        QCOMPARE(panel.windowDay(), proposedDay);

        // Find a seeded booking in the coming days: its room must disappear for its hour.
        repository::BusyTimesLoader probe(space.api());
        QSignalSpy probed(&probe, &repository::BusyTimesLoader::loaded);
        const QDate today = core::Clock::wallClockIn(QStringLiteral("Europe/Madrid")).date();
        probe.load(today, today.addDays(6));
        QVERIFY(probed.wait(10000));
        const auto seeded = probed.first().at(2).value<QList<domain::BusySlot>>();
        QVERIFY(!seeded.isEmpty());
        std::optional<domain::BusySlot> found;
        for (const domain::BusySlot &slot : seeded) {
            // A whole day ahead (never in the past), and not the day the panel already shows.
            if (slot.from.date() > today && slot.from.date() != panel.windowDay()) {
                found = slot;
                break;
            }
        }
        QVERIFY(found);
        const domain::BusySlot taken = *found;

        domain::Resource busyRoom;
        busyRoom.id = taken.resourceId;
        busyRoom.name = QStringLiteral("Busy room");
        domain::Resource freeRoom;
        freeRoom.id = 987654;
        freeRoom.name = QStringLiteral("Free room");
        models::ResourceListModel source;
        source.setResources({busyRoom, freeRoom});
        models::ResourceFilterProxy proxy;
        proxy.setSourceModel(&source);
        panel.setProxy(&proxy);
        BusyTimesFeed feed;
        feed.setLoader(new repository::BusyTimesLoader(space.api()));
        // The same wiring as AppController.
        connect(&panel, &FilterPanel::busyTimesWanted, &feed, &BusyTimesFeed::load);
        connect(&feed, &BusyTimesFeed::loaded, &panel, [&](QDate day, const QList<domain::BusySlot> &slots) {
            proxy.setBusySlots(slots);
            panel.setBusyTimesState(day, true);
        });
        QSignalSpy wanted(&panel, &FilterPanel::busyTimesWanted);
        QSignalSpy loaded(&feed, &BusyTimesFeed::loaded);
        panel.show();

        auto *info = panel.findChild<QLabel *>(QStringLiteral("freeInfo"));
        QVERIFY(info->text().contains(QStringLiteral("Europe/Madrid"))); // the zone is labelled
        panel.findChild<QDateEdit *>(QStringLiteral("freeDate"))->setDate(taken.from.date());
        panel.findChild<QTimeEdit *>(QStringLiteral("freeFrom"))->setTime(taken.from.time());
        panel.findChild<QTimeEdit *>(QStringLiteral("freeTo"))->setTime(taken.from.time().addSecs(3600));
        // The chosen day is asked for at once, window on or off (the day timeline shows it too).
        QCOMPARE(wanted.count(), 1);
        QCOMPARE(wanted.first().at(0).toDate(), taken.from.date());
        auto *check = panel.findChild<QCheckBox *>(QStringLiteral("freeCheck"));
        check->setChecked(true);
        QCOMPARE(wanted.count(), 1); // same day: no second request
        QVERIFY(info->text().contains(QStringLiteral("Checking")));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(models::ResourceListModel::IdRole).toLongLong(), freeRoom.id);
        QVERIFY(check->text().contains(QStringLiteral("(1)")));
        QVERIFY(!info->text().contains(QStringLiteral("Checking")));
        QVERIFY(!feed.slotsFor(taken.resourceId).isEmpty());

        // Another hour of the same day needs no new request; the busy room is back when free.
        panel.findChild<QTimeEdit *>(QStringLiteral("freeFrom"))->setTime(QTime(6, 0));
        panel.findChild<QTimeEdit *>(QStringLiteral("freeTo"))->setTime(QTime(7, 0));
        QCOMPARE(wanted.count(), 1);
        QCOMPARE(proxy.rowCount(), 2);

        // A reversed window says so and filters nothing.
        panel.findChild<QTimeEdit *>(QStringLiteral("freeTo"))->setTime(QTime(5, 0));
        QVERIFY(info->text().contains(QStringLiteral("after the start")));
        QCOMPARE(proxy.rowCount(), 2);

        // Switching the window off shows every room again.
        panel.findChild<QTimeEdit *>(QStringLiteral("freeFrom"))->setTime(taken.from.time());
        panel.findChild<QTimeEdit *>(QStringLiteral("freeTo"))->setTime(taken.from.time().addSecs(3600));
        QCOMPARE(proxy.rowCount(), 1);
        check->setChecked(false);
        QCOMPARE(proxy.rowCount(), 2);
        if (qEnvironmentVariableIsSet("PORTAL_TEST_SHOTS"))
            panel.grab().save(qEnvironmentVariable("PORTAL_TEST_SHOTS") + QStringLiteral("/freewindow.png"));
    }

    void aFailedLoadIsSaidInThePanel()
    {
        TestSpace space;
        QVERIFY(space.signIn(QStringLiteral("member@demo.test")));
        space.api()->setRetryBackoffMs({});
        BusyTimesFeed feed;
        feed.setLoader(new repository::BusyTimesLoader(space.api()));
        QSignalSpy failed(&feed, &BusyTimesFeed::failed);
        QSignalSpy loaded(&feed, &BusyTimesFeed::loaded);
        space.server->failNext(5, 500, QStringLiteral("/en/bookings/"));
        feed.load(QDate(2026, 12, 7));
        QVERIFY(failed.wait(10000));
        QCOMPARE(loaded.count(), 0);
        QVERIFY(failed.first().at(1).toString().startsWith(QStringLiteral("Could not check which rooms are free")));
        QVERIFY(!feed.isLoaded());
    }
};

QTEST_MAIN(TestFreeWindow)
#include "tst_freewindow.moc"

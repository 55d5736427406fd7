// SPDX-License-Identifier: GPL-3.0-or-later
// The schedule's grid: rows follow the filtered rooms, slots are the space's wall clock (never the
// computer's), busy times anonymised, mine labelled, the past shaded; under QAbstractItemModelTester.
#include "clock/Clock.h"
#include "models/ScheduleModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTest>

namespace {
const QString madrid = QStringLiteral("Europe/Madrid");
// 23:40 on Saturday 27 March 2027 in Madrid, the night the clocks go forward; in Auckland (the
// computer) it is already Sunday noon.
const QDateTime lateEvening(QDate(2027, 3, 27), QTime(22, 40), Qt::UTC);
const QDate saturday(2027, 3, 27);
const QDate sunday(2027, 3, 28);
using State = models::ScheduleModel::State;

QStandardItemModel *rooms(QObject *parent)
{
    auto *model = new QStandardItemModel(parent);
    for (const auto &[id, name] : {std::pair{11, "Prado"}, std::pair{12, "Retiro"}, std::pair{13, "Sol"}}) {
        auto *item = new QStandardItem(QString::fromLatin1(name));
        item->setData(qint64(id), Qt::UserRole + 1);
        model->appendRow(item);
    }
    return model;
}

domain::BusySlot busy(qint64 resourceId, QDate day, QTime from, QTime to)
{
    return {resourceId, QDateTime(day, from, Qt::UTC), to == QTime(0, 0) ? QDateTime(day.addDays(1), to, Qt::UTC)
                                                                           : QDateTime(day, to, Qt::UTC)};
}

int columnOf(const models::ScheduleModel &model, QTime time)
{
    for (int column = 0; column < model.columnCount(); ++column) {
        if (model.slotStart(column).time() == time)
            return column;
    }
    return -1;
}
} // namespace

class TestScheduleModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void todayIsTheSpacesDayAndThePastIsShaded()
    {
        core::ClockOverride clock(lateEvening, "Pacific/Auckland");
        models::ScheduleModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setRooms(rooms(&model));
        model.setTimeZone(madrid);
        QCOMPARE(model.today(), saturday); // not the computer's Sunday
        model.setDay(model.today());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), (21 - 7) * 2);
        QCOMPARE(model.nowMinute(), 23 * 60 + 40);

        // A booking until midnight widens the day to 24:00.
        model.setBusySlots({busy(12, saturday, QTime(23, 30), QTime(0, 0))});
        QCOMPARE(model.lastHour(), 24);
        QCOMPARE(model.columnCount(), (24 - 7) * 2);
        const int half11 = columnOf(model, QTime(23, 0));
        const int last = columnOf(model, QTime(23, 30));
        QCOMPARE(last, model.columnCount() - 1);
        QCOMPARE(model.stateAt(0, half11), State::Past); // 23:00–23:30 is over at 23:40
        QCOMPARE(model.stateAt(0, last), State::Free);   // 23:30–24:00 is not
        QCOMPARE(model.stateAt(1, last), State::Busy);
        QCOMPARE(model.index(0, last).data(models::ScheduleModel::StateRole).toInt(), int(State::Free));
        QCOMPARE(model.index(1, last).data(models::ScheduleModel::SlotStartRole).toDateTime(),
                 QDateTime(saturday, QTime(23, 30), Qt::UTC));
        QCOMPARE(model.index(1, last).data(models::ScheduleModel::ResourceIdRole).toLongLong(), 12);
        QCOMPARE(model.headerData(1, Qt::Vertical).toString(), QStringLiteral("Retiro"));

        // The next day, the night the clocks change: nothing is past, and its busy times are its own.
        model.setDay(sunday);
        QCOMPARE(model.nowMinute(), -1);
        QCOMPARE(model.stateAt(1, model.columnCount() - 1), State::Free); // Saturday's booking went with Saturday
        QCOMPARE(model.stateAt(0, 0), State::Free);
        model.setDay(saturday.addDays(-1));
        QCOMPARE(model.stateAt(2, 0), State::Past);
    }

    void othersAreAnonymousAndMineAreLabelled()
    {
        core::ClockOverride clock(lateEvening, "Pacific/Auckland");
        models::ScheduleModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setRooms(rooms(&model));
        model.setTimeZone(madrid);
        model.setDay(sunday);
        // 01:30–03:30 on the summer-time night (02:00–03:00 never happens on the wall): the day
        // starts at 01:00 to show it.
        model.setBusySlots({busy(11, sunday, QTime(10, 0), QTime(11, 0)), busy(12, sunday, QTime(10, 0), QTime(11, 0)),
                            busy(13, sunday, QTime(1, 30), QTime(3, 30))});
        domain::Booking mine;
        mine.resourceId = 11;
        mine.resourceName = QStringLiteral("Prado");
        mine.from = QDateTime(sunday, QTime(10, 0), Qt::UTC);
        mine.to = QDateTime(sunday, QTime(11, 0), Qt::UTC);
        mine.pending = true;
        domain::Booking cancelled = mine;
        cancelled.resourceId = 12;
        cancelled.cancelled = true;
        model.setMyBookings({mine, cancelled});
        QCOMPARE(model.firstHour(), 1);
        const int ten = columnOf(model, QTime(10, 0));
        const int half10 = columnOf(model, QTime(10, 30));
        QVERIFY(ten > 0);
        QCOMPARE(model.stateAt(0, ten), State::Mine);
        QCOMPARE(model.stateAt(0, half10), State::Mine);
        QCOMPARE(model.stateAt(0, half10 + 1), State::Free);
        QCOMPARE(model.index(0, ten).data().toString(), QStringLiteral("Your booking (waiting for approval)"));
        QCOMPARE(model.stateAt(1, ten), State::Busy); // my cancelled booking is not mine any more
        QCOMPARE(model.index(1, ten).data().toString(), QString()); // whose, never said
        QCOMPARE(model.index(1, ten).data(Qt::ToolTipRole).toString(), QStringLiteral("Retiro, 10:00–10:30: Busy"));
        QCOMPARE(model.stateAt(2, columnOf(model, QTime(1, 30))), State::Busy);
        QCOMPARE(model.stateAt(2, columnOf(model, QTime(1, 0))), State::Free);
        QCOMPARE(model.stateAt(2, columnOf(model, QTime(3, 30))), State::Free);
    }

    void rowsFollowTheRoomsFilter()
    {
        core::ClockOverride clock(lateEvening, "Pacific/Auckland");
        auto *source = rooms(this);
        QSortFilterProxyModel filter;
        filter.setSourceModel(source);
        models::ScheduleModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setRooms(&filter);
        model.setTimeZone(madrid);
        model.setDay(sunday);
        model.setBusySlots({busy(13, sunday, QTime(9, 0), QTime(9, 30))});
        filter.setFilterFixedString(QStringLiteral("o")); // Prado, Retiro, Sol all have one
        QCOMPARE(model.rowCount(), 3);
        filter.setFilterFixedString(QStringLiteral("S"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.resourceIdAt(0), 13);
        QCOMPARE(model.stateAt(0, columnOf(model, QTime(9, 0))), State::Busy);
        QCOMPARE(model.rowForResource(11), -1);
        filter.setFilterFixedString(QString());
        filter.sort(0, Qt::DescendingOrder);
        QCOMPARE(model.roomNameAt(0), QStringLiteral("Sol"));
        QCOMPARE(model.rowForResource(11), 2);
        source->item(0)->setText(QStringLiteral("Prado Grande"));
        QCOMPARE(model.headerData(model.rowForResource(11), Qt::Vertical).toString(), QStringLiteral("Prado Grande"));
        source->removeRow(1);
        QCOMPARE(model.rowCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestScheduleModel)
#include "tst_schedulemodel.moc"

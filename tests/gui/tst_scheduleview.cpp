// SPDX-License-Identifier: GPL-3.0-or-later
// The schedule's grid with a thousand rooms: a paint reads only the rows on screen (at the top and
// after scrolling to the end), never every room; the cursor follows its room when the rows change.
#include "ScheduleView.h"
#include "clock/Clock.h"
#include "models/ScheduleModel.h"

#include <QSet>
#include <QStandardItemModel>
#include <QTest>

namespace {
//! Rooms that note which rows were read while `counting` is on.
class CountingRooms : public QStandardItemModel
{
public:
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (counting)
            rowsRead.insert(index.row());
        return QStandardItemModel::data(index, role);
    }
    bool counting = false;
    mutable QSet<int> rowsRead;
};

const QDateTime lateEvening(QDate(2027, 3, 27), QTime(22, 40), Qt::UTC); // 23:40 in Madrid
} // namespace

class TestScheduleView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aThousandRoomsPaintOnlyTheVisibleRows()
    {
        core::ClockOverride clock(lateEvening, "Pacific/Auckland");
        CountingRooms rooms;
        for (int i = 0; i < 1000; ++i) {
            auto *item = new QStandardItem(QStringLiteral("Room %1").arg(i + 1));
            item->setData(qint64(i + 1), Qt::UserRole + 1);
            rooms.appendRow(item);
        }
        models::ScheduleModel model;
        model.setRooms(&rooms);
        model.setTimeZone(QStringLiteral("Europe/Madrid"));
        model.setDay(QDate(2027, 3, 28));
        model.setBusySlots({{500, QDateTime(QDate(2027, 3, 28), QTime(9, 0), Qt::UTC),
                             QDateTime(QDate(2027, 3, 28), QTime(10, 0), Qt::UTC)}});
        ScheduleView view;
        view.resize(900, 600);
        view.setModel(&model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        rooms.counting = true;
        rooms.rowsRead.clear();
        view.viewport()->repaint();
        QVERIFY(!rooms.rowsRead.isEmpty());
        const int rowHeight = view.cellRect(1, 0).top() - view.cellRect(0, 0).top();
        QVERIFY(rowHeight > 10);
        const int onScreen = view.viewport()->height() / rowHeight + 1;
        QVERIFY2(rooms.rowsRead.size() <= onScreen + 2, qPrintable(QString::number(rooms.rowsRead.size())));
        QVERIFY(!rooms.rowsRead.contains(999));

        // The last rooms, after the cursor goes there: only they are read.
        rooms.counting = false;
        view.setCursor(999, 0);
        rooms.counting = true;
        rooms.rowsRead.clear();
        view.viewport()->repaint();
        QVERIFY(rooms.rowsRead.contains(999));
        QVERIFY(!rooms.rowsRead.contains(0));
        QVERIFY2(rooms.rowsRead.size() <= onScreen + 2, qPrintable(QString::number(rooms.rowsRead.size())));
        rooms.counting = false;

        // The cursor stays on its room when the rows above it go.
        view.setCursor(600, 4);
        rooms.removeRows(0, 100);
        QCOMPARE(view.cursorRow(), 500);
        QCOMPARE(model.resourceIdAt(view.cursorRow()), 601);
        QCOMPARE(view.cursorColumn(), 4);
        // Room 500 (now row 399) is busy 09:00–10:00: a slot grown from 08:00 stops at it.
        const int eight = 2; // 07:00, 07:30, 08:00
        QCOMPARE(model.slotStart(eight).time(), QTime(8, 0));
        QCOMPARE(model.rowForResource(500), 399);
        view.setCursor(399, eight);
        QTest::keyClick(&view, Qt::Key_Right, Qt::ShiftModifier);
        QTest::keyClick(&view, Qt::Key_Right, Qt::ShiftModifier);
        QTest::keyClick(&view, Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(view.slotStart(), QDateTime(QDate(2027, 3, 28), QTime(8, 0), Qt::UTC));
        QCOMPARE(view.slotMinutes(), 60);
        QTest::keyClick(&view, Qt::Key_Left, Qt::ShiftModifier);
        QCOMPARE(view.slotMinutes(), 30);
    }
};

QTEST_MAIN(TestScheduleView)
#include "tst_scheduleview.moc"

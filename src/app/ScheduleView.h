// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/ScheduleModel.h"

#include <QAbstractScrollArea>
#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>

//! The schedule's grid, painted (no widget per cell, only the visible rows): the hours on top, the
//! rooms on the left, busy blocks hatched, mine filled and labelled, the past shaded, and the
//! current time as a line. A cursor cell and a slot along its row: arrows move, Shift+arrows
//! extend, a drag across free cells picks; Enter or a double-click asks to book the slot.
class ScheduleView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit ScheduleView(QWidget *parent = nullptr);

    void setModel(models::ScheduleModel *model);
    models::ScheduleModel *model() const { return m_model; }

    //! The cursor cell; (-1, -1) when the grid is empty.
    int cursorRow() const { return m_row; }
    int cursorColumn() const { return m_column; }
    void setCursor(int row, int column);
    //! The slot picked on the cursor's row: columns [first, last].
    int slotFirstColumn() const { return std::min(m_anchor, m_column); }
    int slotLastColumn() const { return std::max(m_anchor, m_column); }
    //! The slot as the booking dialog takes it: start (space's wall clock) and length in minutes.
    QDateTime slotStart() const;
    int slotMinutes() const;
    //! Where a cell is drawn, in viewport coordinates (for tests and accessibility).
    QRect cellRect(int row, int column) const;
    //! Scrolls so that the cell shows (the cursor stays).
    void scrollTo(int row, int column);

    QSize sizeHint() const override;

Q_SIGNALS:
    //! Enter or a double-click on a room's slot.
    void bookRequested(qint64 resourceId, const QDateTime &start, int minutes);
    //! Page Up / Page Down: `days` is -1 or +1.
    void dayStepRequested(int days);
    //! `T`: back to the space's today.
    void todayRequested();
    void cursorMoved();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent *event) override;

private:
    void onModelReset();
    //! Keeps the cursor's room and the slot's times, to find them again after the rows change.
    void rememberSlot();
    void updateScrollBars();
    void measure();
    void fitColumns();
    QFont boldFont() const;
    void ensureCursorVisible();
    //! Moves the cursor; with `extend`, the slot grows or shrinks along the row over free cells only.
    void moveCursorTo(int row, int column, bool extend);
    bool isFree(int row, int column) const;
    //! The cell under a viewport point; false outside the cells.
    bool cellAt(const QPoint &point, int *row, int *column) const;
    void requestBooking();
    void describeCursor();

    QPointer<models::ScheduleModel> m_model;
    qint64 m_cursorResource = 0; //!< keeps the cursor on its room when the rows change
    int m_row = -1;
    int m_column = -1;
    int m_anchor = -1;
    //! The slot's times, kept across resets (another day, new busy times, the filter).
    QTime m_savedFirst;
    QTime m_savedLast;
    bool m_savedAtCursorEnd = true;
    bool m_dragging = false;
    struct Slot {
        int row = -1;
        int anchor = -1;
        int column = -1;
    };
    Slot m_beforePress;
    QElapsedTimer m_lastPress;
    QPoint m_lastPressCell; //!< (column, row) of the last press //!< the slot before the last press, for a double-click inside it
    int m_rowHeight = 24;
    int m_columnWidth = 28;
    int m_minColumnWidth = 24;
    int m_headerHeight = 24;
    int m_nameWidth = 160;
};

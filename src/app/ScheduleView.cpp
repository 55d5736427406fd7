// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleView.h"

#include "models/ScheduleModel.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>

using State = models::ScheduleModel::State;

ScheduleView::ScheduleView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    measure();
    // The time line moves on its own: one repaint a minute is enough for it.
    auto *minute = new QTimer(this);
    minute->setInterval(60 * 1000);
    connect(minute, &QTimer::timeout, viewport(), qOverload<>(&QWidget::update));
    minute->start();
}

void ScheduleView::setModel(models::ScheduleModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        // Every change of the grid is a reset or a row change; keep the cursor on its room and time.
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &ScheduleView::rememberSlot);
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, &ScheduleView::rememberSlot);
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &ScheduleView::rememberSlot);
        connect(model, &QAbstractItemModel::modelReset, this, &ScheduleView::onModelReset);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ScheduleView::onModelReset);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ScheduleView::onModelReset);
        connect(model, &QAbstractItemModel::headerDataChanged, viewport(), qOverload<>(&QWidget::update));
    }
    m_row = m_column = m_anchor = -1;
    m_cursorResource = 0;
    onModelReset();
}

void ScheduleView::rememberSlot()
{
    m_cursorResource = m_model->resourceIdAt(m_row);
    if (m_row < 0)
        return;
    m_savedFirst = m_model->slotStart(slotFirstColumn()).time();
    m_savedLast = m_model->slotStart(slotLastColumn()).time();
    m_savedAtCursorEnd = m_column >= m_anchor;
}

void ScheduleView::onModelReset()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    const int columns = m_model ? m_model->columnCount() : 0;
    if (rows == 0 || columns == 0) {
        m_row = m_column = m_anchor = -1;
    } else {
        int row = m_cursorResource ? m_model->rowForResource(m_cursorResource) : -1;
        if (row < 0)
            row = std::clamp(m_row, 0, rows - 1);
        auto columnOf = [this, columns](QTime time) {
            const int minute = time.hour() * 60 + time.minute() - m_model->firstHour() * 60;
            return std::clamp(minute / models::ScheduleModel::slotMinutes, 0, columns - 1);
        };
        int first = 0;
        int last = 0;
        if (m_savedFirst.isValid()) {
            first = columnOf(m_savedFirst);
            last = columnOf(m_savedLast);
        } else {
            // Nothing picked yet: the cursor starts at the next slot of today, or the day's first.
            const int now = m_model->nowMinute();
            first = last = now < 0 ? 0 : columnOf(QTime(now / 60, now % 60));
        }
        m_row = row;
        m_anchor = m_savedAtCursorEnd ? first : last;
        m_column = m_savedAtCursorEnd ? last : first;
    }
    m_cursorResource = m_model ? m_model->resourceIdAt(m_row) : 0;
    measure();
    updateScrollBars();
    ensureCursorVisible();
    describeCursor();
    viewport()->update();
    Q_EMIT cursorMoved();
}

void ScheduleView::measure()
{
    const QFontMetrics metrics = fontMetrics();
    m_rowHeight = metrics.height() + 12;
    m_headerHeight = metrics.height() + 12;
    // Two slots under each hour's label.
    m_minColumnWidth = std::max(24, (metrics.horizontalAdvance(QStringLiteral("23:00")) + 12) / 2);
    // Room names as long as the longest of the first rows needs, within bounds (a thousand rows
    // are not measured on every reset).
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    int longest = 10 * em;
    const int rows = m_model ? std::min(m_model->rowCount(), 200) : 0;
    const QFontMetrics bold(boldFont());
    for (int row = 0; row < rows; ++row)
        longest = std::max(longest, bold.horizontalAdvance(m_model->roomNameAt(row)) + 16);
    m_nameWidth = std::min(longest, 22 * em);
    fitColumns();
}

QFont ScheduleView::boldFont() const
{
    QFont bold = font();
    bold.setBold(true);
    return bold;
}

void ScheduleView::fitColumns()
{
    // The day fills the width when it fits; otherwise it scrolls at the narrowest readable width.
    const int columns = m_model ? m_model->columnCount() : 0;
    const int room = viewport()->width() - m_nameWidth;
    m_columnWidth = columns > 0 ? std::max(m_minColumnWidth, room / columns) : m_minColumnWidth;
}

QSize ScheduleView::sizeHint() const
{
    return {m_nameWidth + 28 * m_columnWidth, m_headerHeight + 12 * m_rowHeight};
}

QRect ScheduleView::cellRect(int row, int column) const
{
    return {m_nameWidth + column * m_columnWidth - horizontalScrollBar()->value(),
            m_headerHeight + row * m_rowHeight - verticalScrollBar()->value(), m_columnWidth, m_rowHeight};
}

void ScheduleView::updateScrollBars()
{
    fitColumns();
    const int rows = m_model ? m_model->rowCount() : 0;
    const int columns = m_model ? m_model->columnCount() : 0;
    const QSize area = viewport()->size();
    verticalScrollBar()->setPageStep(std::max(1, area.height() - m_headerHeight));
    verticalScrollBar()->setSingleStep(m_rowHeight);
    verticalScrollBar()->setRange(0, std::max(0, rows * m_rowHeight - (area.height() - m_headerHeight)));
    horizontalScrollBar()->setPageStep(std::max(1, area.width() - m_nameWidth));
    horizontalScrollBar()->setSingleStep(m_columnWidth);
    horizontalScrollBar()->setRange(0, std::max(0, columns * m_columnWidth - (area.width() - m_nameWidth)));
}

void ScheduleView::ensureCursorVisible()
{
    if (m_row >= 0)
        scrollTo(m_row, m_column);
}

void ScheduleView::scrollTo(int row, int column)
{
    const QRect cell = cellRect(row, column);
    const QRect area = viewport()->rect().adjusted(m_nameWidth, m_headerHeight, 0, 0);
    QScrollBar *vertical = verticalScrollBar();
    QScrollBar *horizontal = horizontalScrollBar();
    if (cell.top() < area.top())
        vertical->setValue(vertical->value() - (area.top() - cell.top()));
    else if (cell.bottom() > area.bottom())
        vertical->setValue(vertical->value() + (cell.bottom() - area.bottom()));
    if (cell.left() < area.left())
        horizontal->setValue(horizontal->value() - (area.left() - cell.left()));
    else if (cell.right() > area.right())
        horizontal->setValue(horizontal->value() + (cell.right() - area.right()));
}

void ScheduleView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void ScheduleView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void ScheduleView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LocaleChange) {
        measure();
        updateScrollBars();
    }
    QAbstractScrollArea::changeEvent(event);
}

void ScheduleView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const QPalette &palette = this->palette();
    painter.fillRect(event->rect(), palette.base());
    if (!m_model)
        return;
    const int rows = m_model->rowCount();
    const int columns = m_model->columnCount();
    const QRect area = viewport()->rect();
    const int xOffset = horizontalScrollBar()->value();
    const int yOffset = verticalScrollBar()->value();
    // Only what is on screen: a thousand rooms cost no more than the twenty shown.
    const int firstRow = yOffset / m_rowHeight;
    const int lastRow = std::min(rows - 1, (yOffset + area.height() - m_headerHeight) / m_rowHeight);
    const int firstColumn = xOffset / m_columnWidth;
    const int lastColumn = std::min(columns - 1, (xOffset + area.width() - m_nameWidth) / m_columnWidth);
    const QFontMetrics metrics = fontMetrics();
    const QColor line = palette.color(QPalette::Mid);
    const QColor busyInk = palette.color(QPalette::Text);
    QColor mineFill = palette.color(QPalette::Highlight);
    mineFill.setAlpha(70);

    painter.save();
    painter.setClipRect(QRect(m_nameWidth, m_headerHeight, area.width() - m_nameWidth, area.height() - m_headerHeight));
    for (int row = firstRow; row <= lastRow; ++row) {
        // Runs of one state in a row, so a block's label is drawn once across its cells.
        int column = firstColumn;
        while (column <= lastColumn) {
            const State state = m_model->stateAt(row, column);
            const QString label = m_model->labelAt(row, column);
            int end = column;
            while (end + 1 <= lastColumn && m_model->stateAt(row, end + 1) == state && m_model->labelAt(row, end + 1) == label)
                ++end;
            const QRect run = cellRect(row, column).united(cellRect(row, end));
            switch (state) {
            case State::Free:
                break;
            case State::Past:
                painter.fillRect(run, palette.window());
                break;
            case State::Busy:
                painter.fillRect(run.adjusted(0, 3, 0, -3), QBrush(palette.color(QPalette::Mid), Qt::BDiagPattern));
                break;
            case State::Mine:
                painter.fillRect(run.adjusted(0, 3, 0, -3), mineFill);
                painter.fillRect(QRect(run.left(), run.top() + 3, 3, run.height() - 6), palette.color(QPalette::Highlight));
                break;
            }
            if (state == State::Busy || state == State::Mine) {
                painter.setPen(busyInk);
                const QRect text = run.adjusted(6, 0, -2, 0);
                painter.drawText(text, Qt::AlignVCenter | Qt::AlignLeft, metrics.elidedText(label, Qt::ElideRight, text.width()));
            }
            column = end + 1;
        }
        // Grid: a line under each room, a stronger one at each full hour.
        painter.setPen(line);
        const QRect first = cellRect(row, firstColumn);
        painter.drawLine(m_nameWidth, first.bottom(), area.right(), first.bottom());
    }
    for (int column = firstColumn; column <= lastColumn + 1; ++column) {
        const int x = m_nameWidth + column * m_columnWidth - xOffset;
        QColor tick = line;
        if (column % 2 != 0)
            tick.setAlpha(90);
        painter.setPen(tick);
        painter.drawLine(x, m_headerHeight, x, std::min(area.bottom(), m_headerHeight + (lastRow + 1) * m_rowHeight - yOffset));
    }
    // The slot picked and the cursor cell.
    if (m_row >= 0) {
        const QRect slot = cellRect(m_row, slotFirstColumn()).united(cellRect(m_row, slotLastColumn()));
        QColor fill = palette.color(QPalette::Highlight);
        fill.setAlpha(110);
        painter.fillRect(slot.adjusted(1, 1, 0, 0), fill);
        painter.setPen(QPen(palette.color(QPalette::Highlight), 2));
        painter.drawRect(slot.adjusted(1, 1, -1, -1));
        if (hasFocus()) {
            painter.setPen(QPen(palette.color(QPalette::Text), 1, Qt::DotLine));
            painter.drawRect(cellRect(m_row, m_column).adjusted(3, 3, -3, -3));
        }
    }
    // Now, as a line across every room.
    if (const int now = m_model->nowMinute(); now >= m_model->firstHour() * 60 && now <= m_model->lastHour() * 60) {
        const int x = m_nameWidth - xOffset
                      + (now - m_model->firstHour() * 60) * m_columnWidth / models::ScheduleModel::slotMinutes;
        painter.setPen(QPen(palette.color(QPalette::Link), 2));
        painter.drawLine(x, m_headerHeight, x, area.bottom());
    }
    painter.restore();

    // The hours on top.
    painter.fillRect(QRect(0, 0, area.width(), m_headerHeight), palette.button());
    painter.setPen(palette.color(QPalette::ButtonText));
    painter.save();
    painter.setClipRect(QRect(m_nameWidth, 0, area.width() - m_nameWidth, m_headerHeight));
    for (int column = firstColumn - (firstColumn % 2); column <= lastColumn; column += 2) {
        const QRect cell = cellRect(0, column);
        const QRect label(cell.left() + 3, 0, 2 * m_columnWidth - 3, m_headerHeight);
        painter.drawText(label, Qt::AlignVCenter | Qt::AlignLeft, m_model->headerData(column, Qt::Horizontal).toString());
    }
    painter.restore();
    painter.setPen(line);
    painter.drawLine(0, m_headerHeight - 1, area.width(), m_headerHeight - 1);

    // The rooms on the left.
    painter.save();
    painter.setClipRect(QRect(0, m_headerHeight, m_nameWidth, area.height() - m_headerHeight));
    painter.fillRect(QRect(0, m_headerHeight, m_nameWidth, area.height()), palette.window());
    for (int row = firstRow; row <= lastRow; ++row) {
        const QRect cell = cellRect(row, 0);
        const QRect name(6, cell.top(), m_nameWidth - 10, m_rowHeight);
        QFont font = painter.font();
        font.setBold(row == m_row);
        painter.setFont(font);
        if (row == m_row)
            painter.fillRect(QRect(0, cell.top(), m_nameWidth, m_rowHeight), palette.color(QPalette::AlternateBase));
        painter.setPen(palette.color(QPalette::WindowText));
        painter.drawText(name, Qt::AlignVCenter | Qt::AlignLeft,
                         QFontMetrics(font).elidedText(m_model->roomNameAt(row), Qt::ElideRight, name.width()));
        painter.setPen(line);
        painter.drawLine(0, cell.bottom(), m_nameWidth, cell.bottom());
    }
    painter.restore();
    painter.setPen(line);
    painter.drawLine(m_nameWidth - 1, 0, m_nameWidth - 1, area.bottom());
    if (rows == 0) {
        painter.setPen(palette.color(QPalette::PlaceholderText));
        painter.drawText(area.adjusted(m_nameWidth, m_headerHeight, 0, 0), Qt::AlignCenter, tr("No rooms match the filter."));
    }
}

bool ScheduleView::isFree(int row, int column) const
{
    return m_model && m_model->stateAt(row, column) == State::Free;
}

void ScheduleView::setCursor(int row, int column)
{
    moveCursorTo(row, column, false);
}

void ScheduleView::moveCursorTo(int row, int column, bool extend)
{
    if (!m_model || m_model->rowCount() == 0 || m_model->columnCount() == 0)
        return;
    row = std::clamp(row, 0, m_model->rowCount() - 1);
    column = std::clamp(column, 0, m_model->columnCount() - 1);
    if (extend && row == m_row) {
        // Shrinking towards the anchor always works; growing only over free cells, one at a time.
        const int step = column > m_column ? 1 : -1;
        while (m_column != column) {
            const int next = m_column + step;
            const bool shrinks = (m_column > m_anchor && step < 0) || (m_column < m_anchor && step > 0);
            if (!shrinks && !isFree(row, next))
                break;
            m_column = next;
        }
    } else {
        m_row = row;
        m_column = m_anchor = column;
    }
    rememberSlot();
    ensureCursorVisible();
    describeCursor();
    viewport()->update();
    Q_EMIT cursorMoved();
}

QDateTime ScheduleView::slotStart() const
{
    return m_model && m_row >= 0 ? m_model->slotStart(slotFirstColumn()) : QDateTime();
}

int ScheduleView::slotMinutes() const
{
    return m_row < 0 ? 0 : (slotLastColumn() - slotFirstColumn() + 1) * models::ScheduleModel::slotMinutes;
}

void ScheduleView::keyPressEvent(QKeyEvent *event)
{
    const bool extend = event->modifiers().testFlag(Qt::ShiftModifier);
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
        moveCursorTo(m_row, m_column + (event->key() == Qt::Key_Right ? 1 : -1), extend);
        break;
    case Qt::Key_Up:
    case Qt::Key_Down: // another room: a new slot
        moveCursorTo(m_row + (event->key() == Qt::Key_Down ? 1 : -1), m_column, false);
        break;
    case Qt::Key_Home:
        moveCursorTo(m_row, 0, extend);
        break;
    case Qt::Key_End:
        moveCursorTo(m_row, m_model ? m_model->columnCount() - 1 : 0, extend);
        break;
    case Qt::Key_PageUp:
        Q_EMIT dayStepRequested(-1);
        break;
    case Qt::Key_PageDown:
        Q_EMIT dayStepRequested(1);
        break;
    case Qt::Key_T:
        if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
            QAbstractScrollArea::keyPressEvent(event);
            return;
        }
        Q_EMIT todayRequested();
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        requestBooking();
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool ScheduleView::cellAt(const QPoint &point, int *row, int *column) const
{
    if (!m_model || point.x() < m_nameWidth || point.y() < m_headerHeight)
        return false;
    *row = (point.y() - m_headerHeight + verticalScrollBar()->value()) / m_rowHeight;
    *column = (point.x() - m_nameWidth + horizontalScrollBar()->value()) / m_columnWidth;
    return *row < m_model->rowCount() && *column < m_model->columnCount();
}

void ScheduleView::mousePressEvent(QMouseEvent *event)
{
    int row = 0;
    int column = 0;
    if (event->button() != Qt::LeftButton || !cellAt(event->position().toPoint(), &row, &column)) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    // The second press of a double-click keeps the slot the first one found.
    const bool secondOfDouble = m_lastPress.isValid() && m_lastPress.elapsed() < QApplication::doubleClickInterval()
                                && m_lastPressCell == QPoint(column, row);
    if (!secondOfDouble)
        m_beforePress = {m_row, m_anchor, m_column};
    m_lastPress.start();
    m_lastPressCell = QPoint(column, row);
    moveCursorTo(row, column, false);
    m_dragging = true;
}

void ScheduleView::mouseMoveEvent(QMouseEvent *event)
{
    int row = 0;
    int column = 0;
    if (m_dragging && cellAt(event->position().toPoint(), &row, &column))
        moveCursorTo(m_row, column, true); // along the room's row, over free cells
}

void ScheduleView::mouseReleaseEvent(QMouseEvent *event)
{
    m_dragging = false;
    QAbstractScrollArea::mouseReleaseEvent(event);
}

void ScheduleView::mouseDoubleClickEvent(QMouseEvent *event)
{
    int row = 0;
    int column = 0;
    if (event->button() != Qt::LeftButton || !cellAt(event->position().toPoint(), &row, &column))
        return;
    auto within = [row, column](const Slot &slot) {
        return row == slot.row && column >= std::min(slot.anchor, slot.column) && column <= std::max(slot.anchor, slot.column);
    };
    // A double-click inside the slot picked books that slot. Its presses (when the platform sends
    // them first) made the clicked cell the slot: the slot before them is the one meant.
    const bool afterPress = m_lastPress.isValid() && m_lastPress.elapsed() < QApplication::doubleClickInterval()
                            && m_lastPressCell == QPoint(column, row);
    if (afterPress && within(m_beforePress)) {
        m_row = m_beforePress.row;
        m_anchor = m_beforePress.anchor;
        m_column = m_beforePress.column;
        viewport()->update();
    } else if (!within({m_row, m_anchor, m_column})) {
        moveCursorTo(row, column, false);
    }
    requestBooking();
}

void ScheduleView::requestBooking()
{
    if (m_model && m_row >= 0)
        Q_EMIT bookRequested(m_model->resourceIdAt(m_row), slotStart(), slotMinutes());
}

void ScheduleView::describeCursor()
{
    if (!m_model || m_row < 0) {
        setAccessibleDescription({});
        return;
    }
    //: the cursor cell's room, time and state, then the slot picked (e.g. "…; slot 09:00–10:30")
    setAccessibleDescription(tr("%1; slot %2")
                                 .arg(m_model->index(m_row, m_column).data(Qt::AccessibleTextRole).toString(),
                                      models::ScheduleModel::spanText(slotStart(), slotMinutes())));
}

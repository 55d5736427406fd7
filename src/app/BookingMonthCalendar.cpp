// SPDX-License-Identifier: GPL-3.0-or-later
#include "BookingMonthCalendar.h"

#include <QEvent>
#include <QPainter>
#include <QTextCharFormat>

BookingMonthCalendar::BookingMonthCalendar(QWidget *parent) : QCalendarWidget(parent)
{
    setGridVisible(true);
    setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    setAccessibleName(tr("Month overview of your bookings"));
}

void BookingMonthCalendar::setCounts(const QHash<QDate, int> &countPerDay)
{
    const QHash<QDate, int> previous = std::exchange(m_counts, countPerDay);
    applyFormats(previous);
    updateCells();
}

void BookingMonthCalendar::applyFormats(const QHash<QDate, int> &previous)
{
    for (auto it = previous.cbegin(); it != previous.cend(); ++it)
        setDateTextFormat(it.key(), QTextCharFormat());
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        QTextCharFormat format;
        format.setFontWeight(QFont::Bold);
        format.setToolTip(tr("%n booking(s)", nullptr, it.value()));
        setDateTextFormat(it.key(), format);
    }
}

void BookingMonthCalendar::paintCell(QPainter *painter, const QRect &rect, QDate date) const
{
    QCalendarWidget::paintCell(painter, rect, date);
    const int count = m_counts.value(date);
    if (count <= 0)
        return;
    // A small badge in the cell's top right corner, in the palette's highlight colours.
    const QString text = count > 99 ? QStringLiteral("99+") : QString::number(count);
    QFont font = painter->font();
    font.setPointSizeF(font.pointSizeF() * 0.8);
    const QFontMetrics metrics(font);
    const int height = metrics.height();
    const int width = qMax(height, metrics.horizontalAdvance(text) + height / 2);
    const QRect badge(rect.right() - width - 1, rect.top() + 1, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(palette().color(QPalette::Highlight));
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setPen(palette().color(QPalette::HighlightedText));
    painter->setFont(font);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

void BookingMonthCalendar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Month overview of your bookings"));
        applyFormats({});
    }
    QCalendarWidget::changeEvent(event);
}

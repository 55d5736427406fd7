// SPDX-License-Identifier: GPL-3.0-or-later
#include "DayTimeline.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace {
constexpr int defaultFirstHour = 7;
constexpr int defaultLastHour = 21;
constexpr int barTop = 18;
constexpr int barHeight = 26;

QString hhmm(int minutes)
{
    return minutes >= 24 * 60 ? QStringLiteral("24:00") : QTime(0, 0).addSecs(60 * minutes).toString(QStringLiteral("HH:mm"));
}
} // namespace

DayTimeline::DayTimeline(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFocusPolicy(Qt::TabFocus); // screen-reader users can reach its description
    refreshAccessibility();
}

QSize DayTimeline::sizeHint() const
{
    return {280, barTop + barHeight + fontMetrics().height() + 6};
}

QSize DayTimeline::minimumSizeHint() const
{
    return {160, sizeHint().height()};
}

void DayTimeline::setRoomName(const QString &name)
{
    m_roomName = name;
    refreshAccessibility();
}

void DayTimeline::setDay(QDate day, const QList<domain::BusySlot> &slots)
{
    m_day = day;
    m_busy.clear();
    if (day.isValid()) {
        const QDateTime dayStart(day, QTime(0, 0), Qt::UTC);
        const QDateTime dayEnd = dayStart.addDays(1);
        for (const domain::BusySlot &slot : slots) {
            if (!slot.overlaps(dayStart, dayEnd))
                continue;
            const int from = int(dayStart.secsTo(std::max(slot.from, dayStart)) / 60);
            const int to = int(dayStart.secsTo(std::min(slot.to, dayEnd)) / 60);
            m_busy.append({from, to});
        }
        std::sort(m_busy.begin(), m_busy.end());
        // Overlapping bookings (shared rooms) read as one busy stretch.
        QList<QPair<int, int>> merged;
        for (const auto &b : std::as_const(m_busy)) {
            if (!merged.isEmpty() && b.first <= merged.last().second)
                merged.last().second = std::max(merged.last().second, b.second);
            else
                merged.append(b);
        }
        m_busy = merged;
    }
    refreshAccessibility();
    update();
}

int DayTimeline::firstHour() const
{
    int hour = defaultFirstHour;
    for (const auto &b : m_busy)
        hour = std::min(hour, b.first / 60);
    return hour;
}

int DayTimeline::lastHour() const
{
    int hour = defaultLastHour;
    for (const auto &b : m_busy)
        hour = std::max(hour, (b.second + 59) / 60);
    return hour;
}

QList<DayTimeline::Stretch> DayTimeline::stretches() const
{
    QList<Stretch> out;
    if (!m_day.isValid())
        return out;
    const auto time = [](int minutes) { return minutes >= 24 * 60 ? QTime(23, 59) : QTime(0, 0).addSecs(60 * minutes); };
    int cursor = firstHour() * 60;
    const int end = lastHour() * 60;
    for (const auto &b : m_busy) {
        if (b.first > cursor)
            out.append({time(cursor), time(b.first), false});
        out.append({time(b.first), time(b.second), true});
        cursor = b.second;
    }
    if (cursor < end)
        out.append({time(cursor), time(end), false});
    return out;
}

QString DayTimeline::describe() const
{
    if (!m_day.isValid())
        return tr("Busy times are not known yet.");
    QStringList busy, free;
    int cursor = firstHour() * 60;
    for (const auto &b : m_busy) {
        if (b.first > cursor)
            free << tr("%1–%2").arg(hhmm(cursor), hhmm(b.first));
        busy << tr("%1–%2").arg(hhmm(b.first), hhmm(b.second));
        cursor = b.second;
    }
    if (cursor < lastHour() * 60)
        free << tr("%1–%2").arg(hhmm(cursor), hhmm(lastHour() * 60));
    const QString day = QLocale().toString(m_day, QLocale::ShortFormat);
    if (busy.isEmpty())
        return tr("%1: free all day.").arg(day);
    QString text = tr("%1: busy %2.").arg(day, busy.join(QStringLiteral(", ")));
    if (!free.isEmpty())
        text += u' ' + tr("Free %1.").arg(free.join(QStringLiteral(", ")));
    return text;
}

void DayTimeline::refreshAccessibility()
{
    setAccessibleName(m_roomName.isEmpty() ? tr("Day timeline") : tr("Day timeline of %1").arg(m_roomName));
    setAccessibleDescription(describe());
    setToolTip(describe());
}

void DayTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette &pal = palette();
    const QRect bar(1, barTop, width() - 2, barHeight);
    p.fillRect(bar, pal.color(QPalette::Base));
    if (!m_day.isValid()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(bar, Qt::AlignCenter, tr("Busy times not known"));
        p.setPen(pal.color(QPalette::Mid));
        p.drawRect(bar.adjusted(0, 0, -1, -1));
        return;
    }
    const int first = firstHour() * 60;
    const int span = std::max(60, lastHour() * 60 - first);
    const auto x = [&](int minutes) { return bar.left() + int(double(minutes - first) * bar.width() / span); };

    // Free: plain, with the word "Free" where it fits.
    p.setPen(pal.color(QPalette::Text));
    for (const Stretch &stretch : stretches()) {
        if (stretch.busy)
            continue;
        const int from = stretch.from.msecsSinceStartOfDay() / 60000;
        const int to = stretch.to == QTime(23, 59) ? 24 * 60 : stretch.to.msecsSinceStartOfDay() / 60000;
        const QRect r(QPoint(x(from), bar.top()), QPoint(x(to) - 1, bar.bottom()));
        if (fontMetrics().horizontalAdvance(tr("Free")) + 6 < r.width())
            p.drawText(r, Qt::AlignCenter, tr("Free"));
    }
    // Busy: hatched and, where it fits, the word "Busy".
    for (const auto &b : m_busy) {
        const QRect r(QPoint(x(b.first), bar.top()), QPoint(x(b.second) - 1, bar.bottom()));
        p.fillRect(r, pal.color(QPalette::Mid));
        p.fillRect(r, QBrush(pal.color(QPalette::Text), Qt::BDiagPattern));
        const QString word = tr("Busy");
        if (fontMetrics().horizontalAdvance(word) + 6 < r.width()) {
            const QRect label = fontMetrics().boundingRect(r, Qt::AlignCenter, word).adjusted(-2, 0, 2, 0);
            p.fillRect(label, pal.color(QPalette::Base));
            p.setPen(pal.color(QPalette::Text));
            p.drawText(r, Qt::AlignCenter, word);
        }
    }
    p.setPen(pal.color(QPalette::Mid));
    p.drawRect(bar.adjusted(0, 0, -1, -1));

    // Hour marks, labelled every few hours so the labels never collide.
    const int hours = span / 60;
    const int labelWidth = fontMetrics().horizontalAdvance(QStringLiteral("00:00")) + 8;
    const int step = std::max(1, (labelWidth * hours + bar.width() - 1) / std::max(1, bar.width()));
    p.setPen(pal.color(QPalette::WindowText));
    for (int h = 0; h <= hours; ++h) {
        const int px = x(first + h * 60);
        p.drawLine(px, bar.top() - 3, px, bar.top());
        if (h % step == 0 && h < hours) {
            const int left = std::clamp(px - labelWidth / 2, 0, std::max(0, width() - labelWidth));
            p.drawText(QRect(left, 0, labelWidth, barTop - 3), Qt::AlignHCenter | Qt::AlignBottom, hhmm(first + h * 60));
        }
    }
    p.drawText(QRect(bar.left(), bar.bottom() + 2, bar.width(), fontMetrics().height()), Qt::AlignLeft,
               QLocale().toString(m_day, QLocale::ShortFormat));
}

void DayTimeline::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refreshAccessibility();
    QWidget::changeEvent(event);
}

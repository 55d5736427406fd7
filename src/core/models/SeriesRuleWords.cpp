// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeriesRuleWords.h"

#include <QLocale>
#include <algorithm>

namespace models {

namespace {
QString weekdayNames(QList<Qt::DayOfWeek> days)
{
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    const QLocale locale;
    QStringList names;
    for (Qt::DayOfWeek day : days)
        names.append(locale.dayName(day, QLocale::LongFormat));
    return locale.createSeparatedList(names);
}
} // namespace

QString SeriesRuleWords::of(const domain::BookingDraft::Series &series, const QList<QDate> &bookedDays)
{
    const int every = qMax(1, series.every);
    QString rule;
    switch (series.repeats) {
    case 1:
        rule = every == 1 ? tr("daily") : tr("every %n day(s)", nullptr, every);
        break;
    case 3:
        rule = every == 1 ? tr("monthly") : tr("every %n month(s)", nullptr, every);
        break;
    default: {
        QList<Qt::DayOfWeek> days = series.on;
        if (days.isEmpty()) {
            for (const QDate &day : bookedDays)
                days.append(Qt::DayOfWeek(day.dayOfWeek()));
        }
        const QString on = weekdayNames(days);
        if (on.isEmpty())
            rule = every == 1 ? tr("weekly") : tr("every %n week(s)", nullptr, every);
        else
            rule = every == 1 ? tr("weekly on %1").arg(on) : tr("every %n week(s) on %1", nullptr, every).arg(on);
    }
    }
    if (series.until.isValid())
        rule = tr("%1, until %2").arg(rule, QLocale().toString(series.until, QLocale::ShortFormat));
    return rule;
}

} // namespace models

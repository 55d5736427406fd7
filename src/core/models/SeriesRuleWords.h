// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/BookingDraft.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace models {

//! A series' rule in the words people use ("weekly on Tuesday and Thursday, until 30 Mar 2027"),
//! in the language of the installed translator.
class SeriesRuleWords
{
    Q_DECLARE_TR_FUNCTIONS(SeriesRuleWords)
public:
    //! `bookedDays` stand in for the weekdays of a weekly rule that names none (a space may echo
    //! "weekly" without RepeatOn<Weekday>: the days it was booked on are the days it repeats on).
    static QString of(const domain::BookingDraft::Series &series, const QList<QDate> &bookedDays = {});
};

} // namespace models

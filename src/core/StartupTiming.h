// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>
#include <QString>

//! `portaldesk.timing`: off unless `QT_LOGGING_RULES=portaldesk.timing.info=true`.
Q_DECLARE_LOGGING_CATEGORY(lcTiming)

//! The milestones a person feels at start-up (README, "Start-up timing"), one line each:
//! `timing: <event> <milliseconds since the process started> [key=value ...]`. Measured from the
//! process's start as the kernel recorded it, so the time to load Qt counts too.
namespace timing {

//! Milliseconds since this process started.
qint64 sinceProcessStart();
//! Prints the milestone (when the category is on).
void mark(const char *event, const QString &details = {});
//! The same, only the first time this event is marked in the process.
void markOnce(const char *event, const QString &details = {});

} // namespace timing

// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers of the benchmarks that drive the real window in-process (bench-filter, bench-memory).
#pragma once

#include "MainWindow.h"

#include <QApplication>
#include <QDeadlineTimer>

namespace windowbench {

inline MainWindow *findMainWindow()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<MainWindow *>(widget))
            return window;
    }
    return nullptr;
}

//! Runs the event loop until `done` or the deadline; whether `done` came.
template<typename Done>
bool spinUntil(Done done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return done();
}

inline void spinFor(int ms)
{
    spinUntil([] { return false; }, ms);
}

} // namespace windowbench

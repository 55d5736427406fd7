// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QElapsedTimer>

namespace emulator {

//! The emulator's own "now" (the client has another: the two are never shared). Seeded data, token
//! expiry, publish dates and booking rules read it. Started at a chosen instant, it runs on from there
//! at the real pace, so tests and the demo get the same day at any hour.
class EmulatorClock
{
public:
    explicit EmulatorClock(const QDateTime &startAt = {}); // invalid: the system clock
    QDateTime now() const;
    void set(const QDateTime &instant);

private:
    QDateTime m_base;
    QElapsedTimer m_sinceBase;
};

} // namespace emulator

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace api {

//! An extra pacing rule an ApiClient asks before each send, beside its RequestThrottle: e.g. an
//! hourly request budget that outlives the process (propertyos::HourlyBudget). When one is set,
//! a throttled answer pauses the pacer (not the throttle) and a throttled idempotent request waits
//! in the queue until the pause ends, however often that happens.
class RequestPacer
{
public:
    virtual ~RequestPacer() = default;
    //! Milliseconds before the next request may be sent; 0 = now.
    virtual qint64 delayMs() = 0;
    //! A request is being sent now.
    virtual void recordSent() = 0;
    //! The server said "wait" for `ms` (negative: it did not say how long).
    virtual void pauseFor(qint64 ms) = 0;
    //! The wait used when a throttled answer names none.
    virtual qint64 defaultPauseMs() const { return 60 * 1000; }
};

} // namespace api

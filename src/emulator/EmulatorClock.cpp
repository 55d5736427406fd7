// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmulatorClock.h"

namespace emulator {

EmulatorClock::EmulatorClock(const QDateTime &startAt)
{
    set(startAt);
}

QDateTime EmulatorClock::now() const
{
    if (!m_base.isValid())
        return QDateTime::currentDateTimeUtc();
    return m_base.addMSecs(m_sinceBase.elapsed());
}

void EmulatorClock::set(const QDateTime &instant)
{
    m_base = instant.isValid() ? instant.toUTC() : QDateTime();
    m_sinceBase.start();
}

} // namespace emulator

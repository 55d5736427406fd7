// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowHold.h"

#include "RequestThrottle.h"

namespace api {

void WindowHold::hold(QObject *walk, const QString &path, qint64 untilMs)
{
    m_walk = walk;
    m_path = path;
    m_untilMs = untilMs;
}

void WindowHold::release(const QObject *walk)
{
    if (m_walk == walk)
        m_walk = nullptr;
}

bool WindowHold::keepsWaiting(const RequestThrottle &throttle, const QByteArray &method, const QString &path,
                              qint64 nowMs) const
{
    return isActive(nowMs) && throttle.sharePathRule("GET", m_path, method, path);
}

qint64 WindowHold::remainingMs(qint64 nowMs) const
{
    return isActive(nowMs) ? m_untilMs - nowMs : 0;
}

} // namespace api

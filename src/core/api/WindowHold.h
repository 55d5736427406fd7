// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

namespace api {

class RequestThrottle;

//! A scarce throttle window kept for one walk whose pages must arrive together (the rooms: ten
//! pages of 1,000 are exactly one 5-second `/api/public` window). While it holds, a request that is
//! not the walk's and shares a path rule with it (the public API's 10 per 5 s; not the general
//! rules every request shares) waits; requests on other routes go on. It ends when the walk
//! releases it, when the walk is destroyed, or after its longest wait, whichever comes first, so a
//! stalled walk cannot starve the rest. One hold at a time: a new one replaces the last.
class WindowHold
{
public:
    void hold(QObject *walk, const QString &path, qint64 untilMs);
    void release(const QObject *walk);
    //! Whether a request (`method`, `path`) that is not the walk's must wait at `nowMs`.
    bool keepsWaiting(const RequestThrottle &throttle, const QByteArray &method, const QString &path, qint64 nowMs) const;
    //! Milliseconds until the hold ends by itself (0 when it does not hold).
    qint64 remainingMs(qint64 nowMs) const;

private:
    bool isActive(qint64 nowMs) const { return !m_walk.isNull() && nowMs < m_untilMs; }

    QPointer<QObject> m_walk;
    QString m_path;
    qint64 m_untilMs = 0;
};

} // namespace api

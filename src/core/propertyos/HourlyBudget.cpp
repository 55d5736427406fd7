// SPDX-License-Identifier: GPL-3.0-or-later
#include "HourlyBudget.h"

#include "Logging.h"
#include "clock/Clock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <algorithm>

namespace propertyos {

int hourlyLimit(PlanLimit plan)
{
    switch (plan) {
    case PlanLimit::Standard: return 1000;
    case PlanLimit::Professional: return 5000;
    case PlanLimit::Enterprise: return 0;
    }
    return 0;
}

namespace {
qint64 nowMs()
{
    return core::Clock::nowUtc().toMSecsSinceEpoch();
}
} // namespace

QString HourlyBudget::originOf(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const int port = url.port(scheme == u"https" ? 443 : 80);
    return QStringLiteral("%1://%2:%3").arg(scheme, url.host().toLower()).arg(port);
}

HourlyBudget::HourlyBudget(const QUrl &origin, int limit) : m_origin(originOf(origin)), m_limit(qMax(0, limit))
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/propertyos-budget");
    QDir().mkpath(dir);
    const QByteArray name = QCryptographicHash::hash(m_origin.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    m_path = dir + u'/' + QString::fromLatin1(name) + QStringLiteral(".json");
}

HourlyBudget::State HourlyBudget::load(qint64 now) const
{
    State state;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return state;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    for (const QJsonValue &v : root.value(u"sent").toArray()) {
        const qint64 at = qint64(v.toDouble());
        if (at > now - kHourMs && at <= now + kHourMs) // a clock set back does not block for ever
            state.sentMs.append(at);
    }
    std::sort(state.sentMs.begin(), state.sentMs.end());
    state.pausedUntilMs = qint64(root.value(u"paused_until").toDouble());
    if (state.pausedUntilMs > now + 24 * kHourMs)
        state.pausedUntilMs = 0;
    return state;
}

void HourlyBudget::save(const State &state) const
{
    QJsonArray sent;
    for (const qint64 at : state.sentMs)
        sent.append(double(at));
    const QJsonObject root{{QStringLiteral("origin"), m_origin},
                           {QStringLiteral("sent"), sent},
                           {QStringLiteral("paused_until"), double(state.pausedUntilMs)}};
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0 || !file.commit())
        qCWarning(lcThrottle) << "Could not keep the Property OS request budget in" << m_path;
}

template<class F> void HourlyBudget::update(F &&change)
{
    QLockFile lock(m_path + QStringLiteral(".lock"));
    // Held only for a read and a small write; a stale or stuck lock must not stop the client or
    // hold the UI thread: after a moment it goes on without it.
    lock.tryLock(100);
    State state = load(nowMs());
    change(state);
    save(state);
}

qint64 HourlyBudget::delayMs()
{
    const qint64 now = nowMs();
    const State state = load(now);
    qint64 wait = qMax<qint64>(0, state.pausedUntilMs - now);
    if (m_limit > 0 && state.sentMs.size() >= m_limit) {
        // The oldest send that must leave the hour before one more fits.
        const qint64 leaves = state.sentMs.at(state.sentMs.size() - m_limit) + kHourMs;
        wait = qMax(wait, leaves - now);
    }
    return wait;
}

void HourlyBudget::recordSent()
{
    update([](State &state) { state.sentMs.append(nowMs()); });
}

void HourlyBudget::pauseFor(qint64 ms)
{
    const qint64 wait = ms >= 0 ? ms : defaultPauseMs();
    qCInfo(lcThrottle) << "Property OS asked to wait" << wait << "ms";
    update([wait](State &state) { state.pausedUntilMs = qMax(state.pausedUntilMs, nowMs() + wait); });
}

int HourlyBudget::spentInLastHour()
{
    return int(load(nowMs()).sentMs.size());
}

} // namespace propertyos

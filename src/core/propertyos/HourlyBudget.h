// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/RequestPacer.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace propertyos {

//! A Property OS plan's hourly request limit (seed 001).
enum class PlanLimit { Standard, Professional, Enterprise };
int hourlyLimit(PlanLimit plan); //!< 1000, 5000, 0 = unlimited

//! At most `limit` requests in any sliding hour of core::Clock, for one account origin. What was
//! sent in the last hour, and a server-imposed pause, live in a small file under AppDataLocation
//! named after the origin (never the key), re-read before every decision under a lock file: two
//! runs on the same account share one budget, and a restart does not forget it.
class HourlyBudget final : public api::RequestPacer
{
public:
    static constexpr qint64 kHourMs = 3600 * 1000;

    //! `limit` 0 = unlimited (only server pauses are kept).
    HourlyBudget(const QUrl &origin, int limit);

    qint64 delayMs() override;
    void recordSent() override;
    void pauseFor(qint64 ms) override;

    int limit() const { return m_limit; }
    //! Requests sent in the hour up to now (this run and the others).
    int spentInLastHour();
    //! The file the spend is kept in.
    QString filePath() const { return m_path; }
    //! `scheme://host:port` of a URL, the budget's account key.
    static QString originOf(const QUrl &url);

private:
    struct State {
        QList<qint64> sentMs; //!< epoch ms, oldest first, within the last hour
        qint64 pausedUntilMs = 0;
    };
    State load(qint64 nowMs) const;
    void save(const State &state) const;
    template<class F> void update(F &&change);

    QString m_origin;
    QString m_path;
    int m_limit;
};

} // namespace propertyos

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/BusySlot.h"

#include <QDate>
#include <QObject>
#include <QPointer>

namespace api {
class ApiError;
}
namespace repository {
class BusyTimesLoader;
}

//! The busy times of one day of the current account's space, for the "free between" filter and the
//! day timeline: loads them in one request and keeps the last answer. Answers for another account or
//! another day than the last one asked are dropped.
class BusyTimesFeed : public QObject
{
    Q_OBJECT
public:
    explicit BusyTimesFeed(QObject *parent = nullptr);

    //! The current account's loader (AccountContext::newBusyTimesLoader()); the feed takes it over
    //! and drops the previous one with whatever it was waiting for. Null: no account.
    void setLoader(repository::BusyTimesLoader *loader);
    void load(QDate day);
    //! Asks again for the last day (after a booking was made or cancelled).
    void reload();

    QDate day() const { return m_day; }
    bool isLoaded() const { return m_loaded; }
    //! A day was asked for and neither its answer nor a failure has come yet.
    bool isAwaitingAnswer() const { return m_awaiting; }
    QList<domain::BusySlot> slotsFor(qint64 resourceId) const;

Q_SIGNALS:
    void loaded(QDate day, const QList<domain::BusySlot> &slots);
    void failed(QDate day, const QString &message);

private:
    QPointer<repository::BusyTimesLoader> m_loader;
    QDate m_day;
    bool m_loaded = false;
    bool m_awaiting = false;
    QList<domain::BusySlot> m_slots;
};

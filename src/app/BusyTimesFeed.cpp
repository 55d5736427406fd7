// SPDX-License-Identifier: GPL-3.0-or-later
#include "BusyTimesFeed.h"

#include "api/ApiError.h"
#include "repository/BusyTimesLoader.h"

BusyTimesFeed::BusyTimesFeed(QObject *parent) : QObject(parent) {}

void BusyTimesFeed::setLoader(repository::BusyTimesLoader *loader)
{
    if (loader == m_loader)
        return;
    delete m_loader; // drops what the previous account's loader was waiting for
    m_slots.clear();
    m_loaded = false;
    m_awaiting = false;
    m_loader = loader;
    if (!loader)
        return;
    loader->setParent(this);
    connect(m_loader, &repository::BusyTimesLoader::loaded, this,
            [this](QDate first, QDate, const QList<domain::BusySlot> &slots) {
                if (first != m_day)
                    return;
                m_slots = slots;
                m_loaded = true;
                m_awaiting = false;
                Q_EMIT loaded(m_day, m_slots);
            });
    connect(m_loader, &repository::BusyTimesLoader::failed, this, [this](const api::ApiError &error) {
        m_slots.clear();
        m_loaded = false;
        m_awaiting = false;
        Q_EMIT failed(m_day, tr("Could not check which rooms are free: %1").arg(error.message()));
    });
    if (m_day.isValid())
        reload();
}

void BusyTimesFeed::load(QDate day)
{
    if (!day.isValid())
        return;
    m_day = day;
    m_loaded = false;
    m_awaiting = m_loader != nullptr;
    if (m_loader)
        m_loader->load(day, day);
}

void BusyTimesFeed::reload()
{
    load(m_day);
}

QList<domain::BusySlot> BusyTimesFeed::slotsFor(qint64 resourceId) const
{
    QList<domain::BusySlot> out;
    for (const domain::BusySlot &slot : m_slots) {
        if (slot.resourceId == resourceId)
            out.append(slot);
    }
    return out;
}

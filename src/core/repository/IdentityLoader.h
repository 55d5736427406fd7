// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Datasets.h"
#include "ClientAndStore.h"
#include "api/ApiError.h"
#include "domain/Identity.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

namespace repository {

//! Reads `/api/public/coworkers/profiles` and `/api/public/businesses/current` and merges them.
//! With an offline store, the identity read is kept ("identity"), and a start with the space out
//! of reach uses it: the person's name, the space's time zone and currency, and whether the staff
//! views (which then show their own offline copies) belong in the window.
class IdentityLoader : public QObject
{
    Q_OBJECT
public:
    explicit IdentityLoader(api::ApiClient *client, QObject *parent = nullptr);
    void setOfflineStore(cache::AsyncOfflineStore *store);
    void load();

    static QString offlineDataset() { return Datasets::name(datasets::identity); }
    static QJsonObject toJson(const domain::Identity &identity);
    static domain::Identity fromJson(const QJsonObject &json);

    static void applyProfiles(const QJsonObject &answer, domain::Identity *identity);
    static void applyBusiness(const QJsonObject &answer, domain::Identity *identity);

Q_SIGNALS:
    void loaded(const domain::Identity &identity);
    void failed(const api::ApiError &error);

private:
    void loadFromCopy(const api::ApiError &error);

    QPointer<api::ApiClient> m_client;
    QPointer<cache::AsyncOfflineStore> m_store;
    domain::Identity m_identity;
    int m_pending = 0;
    bool m_failed = false;
};

} // namespace repository


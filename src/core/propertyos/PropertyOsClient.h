// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HourlyBudget.h"
#include "api/ApiClient.h"

#include <QObject>
#include <QUrl>
#include <QUrlQuery>

namespace propertyos {

class ApiKeyAuthenticator;

//! One Property OS account's door to its API, on the shared api::ApiClient: the key as Bearer to
//! the account's origin only, no Nexudus throttle table but the plan's HourlyBudget, retries for
//! GET and PUT only. Paths are relative to the API root (`properties`, `tenants/ten_1`).
class PropertyOsClient : public QObject
{
    Q_OBJECT
public:
    //! `apiRoot` e.g. `https://host/api/v2` (a bare origin gets `/api/v2`); `hourlyLimit` 0 = none.
    PropertyOsClient(const QUrl &apiRoot, const QString &apiKey, int hourlyLimit, QObject *parent = nullptr);
    PropertyOsClient(const QUrl &apiRoot, const QString &apiKey, PlanLimit plan, QObject *parent = nullptr)
        : PropertyOsClient(apiRoot, apiKey, hourlyLimit(plan), parent) {}
    ~PropertyOsClient() override;

    static constexpr int kPageLimit = 100;

    api::ApiClient &api() { return m_api; }
    HourlyBudget &budget() { return m_budget; }
    QUrl url(const QString &path, const QUrlQuery &query = {}) const;

    // Sent from the event loop: connect right away (api::JsonRequest's jsonReceived / failed).
    api::JsonRequest *get(const QString &path, const QUrlQuery &query = {});
    api::JsonRequest *post(const QString &path, const QJsonObject &body);
    api::JsonRequest *put(const QString &path, const QJsonObject &body);

private:
    api::ApiClient m_api;
    HourlyBudget m_budget;
    ApiKeyAuthenticator *m_key;
    QString m_rootPath;
};

} // namespace propertyos

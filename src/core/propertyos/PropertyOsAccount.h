// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PaymentRepository.h"
#include "PropertyOsClient.h"
#include "PropertyRepository.h"
#include "TenantRepository.h"

#include <QObject>
#include <QUrl>

namespace propertyos {

//! One signed-in Property OS account: its client (the key lives only in there, in memory) and the
//! repositories on it. The Property OS counterpart of repository::AccountContext: views get the
//! repositories from here and never see the client.
class PropertyOsAccount : public QObject
{
    Q_OBJECT
public:
    PropertyOsAccount(QString id, const QUrl &apiUrl, const QString &apiKey, PlanLimit plan = PlanLimit::Standard,
                      QObject *parent = nullptr);
    ~PropertyOsAccount() override;

    QString id() const { return m_id; }
    QUrl apiUrl() const { return m_apiUrl; }
    PropertyRepository &properties() { return m_properties; }
    TenantRepository &tenants() { return m_tenants; }
    PaymentRepository &payments() { return m_payments; }

    //! Asks for one property (the cheapest authenticated call) to learn whether the API takes the key.
    //! Answers while `context` lives; `failed` with Unauthorized or Forbidden when the key is refused.
    repository::Pending checkKey(QObject *context, std::function<void()> accepted, calls::Failure failed);
    //! A refusal that means the key itself is wrong (revoked, mistyped), not the network.
    static bool isKeyRefused(const api::ApiError &error);

private:
    QString m_id;
    QUrl m_apiUrl;
    PropertyOsClient m_client;
    PropertyRepository m_properties;
    TenantRepository m_tenants;
    PaymentRepository m_payments;
};

} // namespace propertyos

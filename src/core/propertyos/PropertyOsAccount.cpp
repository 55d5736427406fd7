// SPDX-License-Identifier: GPL-3.0-or-later
#include "PropertyOsAccount.h"

#include "api/ApiRequest.h"

namespace propertyos {

PropertyOsAccount::PropertyOsAccount(QString id, const QUrl &apiUrl, const QString &apiKey, PlanLimit plan,
                                     QObject *parent)
    : QObject(parent), m_id(std::move(id)), m_apiUrl(apiUrl), m_client(apiUrl, apiKey, plan),
      m_properties(m_client), m_tenants(m_client), m_payments(m_client)
{
}

PropertyOsAccount::~PropertyOsAccount() = default;

repository::Pending PropertyOsAccount::checkKey(QObject *context, std::function<void()> accepted, calls::Failure failed)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    api::JsonRequest *request = m_client.get(QStringLiteral("properties"), query);
    QObject::connect(request, &api::JsonRequest::jsonReceived, context, [accepted](const QJsonDocument &) { accepted(); });
    QObject::connect(request, &api::JsonRequest::failed, context, failed);
    return request;
}

bool PropertyOsAccount::isKeyRefused(const api::ApiError &error)
{
    return error.kind() == api::ApiError::Kind::Unauthorized || error.kind() == api::ApiError::Kind::Forbidden;
}

} // namespace propertyos

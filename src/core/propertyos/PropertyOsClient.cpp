// SPDX-License-Identifier: GPL-3.0-or-later
#include "PropertyOsClient.h"

#include "ApiKeyAuthenticator.h"
#include "Logging.h"

#include <QJsonDocument>

namespace propertyos {

void ApiKeyAuthenticator::renewAccessToken()
{
    qCInfo(lcAuth) << "The Property OS API key was refused";
    Q_EMIT renewalFailed(api::ApiError(api::ApiError::Kind::Unauthorized, 401));
}

PropertyOsClient::PropertyOsClient(const QUrl &apiRoot, const QString &apiKey, int hourlyLimit, QObject *parent)
    : QObject(parent), m_budget(apiRoot, hourlyLimit), m_key(new ApiKeyAuthenticator(apiKey, this))
{
    QUrl origin = apiRoot;
    m_rootPath = apiRoot.path();
    while (m_rootPath.endsWith(u'/'))
        m_rootPath.chop(1);
    if (m_rootPath.isEmpty())
        m_rootPath = QStringLiteral("/api/v2");
    origin.setPath({});
    origin.setQuery(QString());
    m_api.setBaseUrl(origin);
    m_api.setAuthenticator(m_key);
    m_api.throttle() = api::RequestThrottle(QList<api::ThrottleRule>{}); // the Nexudus tables do not apply here
    m_api.setPacer(&m_budget);
}

PropertyOsClient::~PropertyOsClient()
{
    m_api.setPacer(nullptr);
}

QUrl PropertyOsClient::url(const QString &path, const QUrlQuery &query) const
{
    return m_api.url(m_rootPath + u'/' + path, query);
}

api::JsonRequest *PropertyOsClient::get(const QString &path, const QUrlQuery &query)
{
    return m_api.json("GET", url(path, query));
}

api::JsonRequest *PropertyOsClient::post(const QString &path, const QJsonObject &body)
{
    return m_api.json("POST", url(path), QJsonDocument(body));
}

api::JsonRequest *PropertyOsClient::put(const QString &path, const QJsonObject &body)
{
    return m_api.json("PUT", url(path), QJsonDocument(body));
}

} // namespace propertyos

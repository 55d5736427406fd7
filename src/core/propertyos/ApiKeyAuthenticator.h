// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Authenticator.h"

namespace propertyos {

//! A fixed API key as the Bearer token. It cannot be renewed: a 401 fails as Unauthorized.
class ApiKeyAuthenticator final : public api::Authenticator
{
    Q_OBJECT
public:
    explicit ApiKeyAuthenticator(QString key, QObject *parent = nullptr) : api::Authenticator(parent), m_key(std::move(key)) {}
    QString accessToken() const override { return m_key; }
    void renewAccessToken() override;

private:
    QString m_key;
};

} // namespace propertyos

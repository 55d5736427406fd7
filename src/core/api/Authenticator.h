// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"

#include <QObject>

namespace api {

//! What the ApiClient needs from the auth module: the current access token, and a way to renew it
//! after a 401. Only the auth module knows where tokens come from.
class Authenticator : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual QString accessToken() const = 0;
    //! Starts renewing the access token; answers with exactly one of the two signals below.
    virtual void renewAccessToken() = 0;

Q_SIGNALS:
    void accessTokenRenewed();
    void renewalFailed(const api::ApiError &error);
};

} // namespace api

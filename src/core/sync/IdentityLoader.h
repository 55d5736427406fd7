// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace api {
class ApiClient;
}

namespace repository {

//! Who is signed in, and where: read once after sign-in.
struct Identity {
    QString fullName;
    QString email;
    bool isStaff = false;           //!< `User.IsAdmin`; staff-only views appear only then
    qint64 defaultLocationId = 0;   //!< `DefaultBusiness.Id`
    QString spaceName;              //!< `businesses/current` Name
    QString timeZone;               //!< IANA id of the space, e.g. Europe/Madrid
    QString currencyCode;
    QList<qint64> profileIds;       //!< coworker ids, for profile-scoped calls
};

//! Reads `/api/public/coworkers/profiles` and `/api/public/businesses/current` and merges them.
class IdentityLoader : public QObject
{
    Q_OBJECT
public:
    explicit IdentityLoader(api::ApiClient *client, QObject *parent = nullptr);
    void load();

    static void applyProfiles(const QJsonObject &answer, Identity *identity);
    static void applyBusiness(const QJsonObject &answer, Identity *identity);

Q_SIGNALS:
    void loaded(const repository::Identity &identity);
    void failed(const api::ApiError &error);

private:
    QPointer<api::ApiClient> m_client;
    Identity m_identity;
    int m_pending = 0;
    bool m_failed = false;
};

} // namespace repository

Q_DECLARE_METATYPE(repository::Identity)

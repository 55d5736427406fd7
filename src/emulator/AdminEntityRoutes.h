// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoData.h"
#include "HttpTypes.h"
#include "TokenIssuer.h"

namespace emulator {

// Admin REST API (docs §3.1, §3.2, §6): search / get / create / update / delete for the six entities.
// The caller has already checked that the account is a full administrator.
class AdminEntityRoutes
{
public:
    explicit AdminEntityRoutes(DemoData &data);

    // nullopt: no admin route matches this path (the caller answers 404).
    std::optional<Response> handle(const Request &request, const Account &account);

private:
    struct Entity
    {
        QString path;         // "spaces/resources"
        Table *table;
        QStringList required;
        QString label;        // for messages: "Resource"
    };

    Response list(const Request &request, const Entity &e);
    Response get(const Entity &e, const QString &idText);
    Response create(const Request &request, const Account &account, const Entity &e);
    Response update(const Request &request, const Account &account, const Entity &e);
    Response remove(const Account &account, const Entity &e, const QString &idText);

    QList<FieldError> validate(const Entity &e, const QJsonObject &body) const;
    Response envelope(int status, const QString &message, const QJsonValue &value, const Account &account) const;
    Response failure(const QList<FieldError> &errors, const Account &account) const;

    DemoData &m_data;
    QList<Entity> m_entities;
};

} // namespace emulator

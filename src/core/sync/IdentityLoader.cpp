// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityLoader.h"

#include "api/ApiClient.h"
#include "api/JsonRead.h"

#include <QJsonArray>

namespace repository {

IdentityLoader::IdentityLoader(api::ApiClient *client, QObject *parent) : QObject(parent), m_client(client) {}

void IdentityLoader::applyProfiles(const QJsonObject &answer, Identity *identity)
{
    const QJsonObject user = answer.value(u"User").toObject();
    identity->fullName = json::readString(user, u"FullName", identity->fullName);
    identity->email = json::readString(user, u"Email", identity->email);
    identity->isStaff = json::readBool(user, u"IsAdmin", false);
    identity->defaultLocationId = json::readInt64(answer.value(u"DefaultBusiness").toObject(), u"Id", 0);
    identity->profileIds.clear();
    for (const QJsonValue &profile : answer.value(u"Profiles").toArray()) {
        if (const qint64 id = json::readInt64(profile.toObject(), u"Id", 0))
            identity->profileIds.append(id);
    }
}

void IdentityLoader::applyBusiness(const QJsonObject &answer, Identity *identity)
{
    identity->spaceName = json::readString(answer, u"Name", identity->spaceName);
    identity->timeZone = json::readString(answer, u"TimeZone");
    identity->currencyCode = json::readString(answer.value(u"Currency").toObject(), u"Code");
}

void IdentityLoader::load()
{
    if (!m_client)
        return;
    m_pending = 2;
    m_failed = false;
    auto finishOne = [this] {
        if (--m_pending == 0 && !m_failed)
            Q_EMIT loaded(m_identity);
    };
    auto failOnce = [this](const api::ApiError &error) {
        if (!m_failed) {
            m_failed = true;
            Q_EMIT failed(error);
        }
    };
    auto *profiles = m_client->record(QStringLiteral("/api/public/coworkers/profiles"));
    connect(profiles, &api::RecordRequest::recordLoaded, this, [this, finishOne](const QJsonObject &answer) {
        applyProfiles(answer, &m_identity);
        finishOne();
    });
    connect(profiles, &api::ApiRequest::failed, this, failOnce);
    auto *business = m_client->record(QStringLiteral("/api/public/businesses/current"));
    connect(business, &api::RecordRequest::recordLoaded, this, [this, finishOne](const QJsonObject &answer) {
        applyBusiness(answer, &m_identity);
        finishOne();
    });
    connect(business, &api::ApiRequest::failed, this, failOnce);
}

} // namespace repository

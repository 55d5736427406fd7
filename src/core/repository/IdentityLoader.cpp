// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityLoader.h"

#include "api/ApiClient.h"
#include "json/JsonRead.h"
#include "cache/AsyncOfflineStore.h"

#include <QJsonArray>

namespace repository {

namespace {
constexpr qint64 kIdentityRecordId = 1;
}

IdentityLoader::IdentityLoader(api::ApiClient *client, QObject *parent) : QObject(parent), m_client(client) {}

void IdentityLoader::setOfflineStore(cache::AsyncOfflineStore *store)
{
    m_store = store;
}

QJsonObject IdentityLoader::toJson(const domain::Identity &identity)
{
    QJsonArray profiles;
    for (qint64 id : identity.profileIds)
        profiles.append(double(id));
    return {{QStringLiteral("FullName"), identity.fullName},
            {QStringLiteral("Email"), identity.email},
            {QStringLiteral("IsAdmin"), identity.isStaff},
            {QStringLiteral("DefaultBusinessId"), double(identity.defaultLocationId)},
            {QStringLiteral("SpaceName"), identity.spaceName},
            {QStringLiteral("TimeZone"), identity.timeZone},
            {QStringLiteral("CurrencyCode"), identity.currencyCode},
            {QStringLiteral("ProfileIds"), profiles}};
}

domain::Identity IdentityLoader::fromJson(const QJsonObject &json)
{
    domain::Identity identity;
    identity.fullName = json::readString(json, u"FullName");
    identity.email = json::readString(json, u"Email");
    identity.isStaff = json::readBool(json, u"IsAdmin", false);
    identity.defaultLocationId = json::readInt64(json, u"DefaultBusinessId", 0);
    identity.spaceName = json::readString(json, u"SpaceName");
    identity.timeZone = json::readString(json, u"TimeZone");
    identity.currencyCode = json::readString(json, u"CurrencyCode");
    for (const QJsonValue &id : json.value(u"ProfileIds").toArray())
        identity.profileIds.append(id.toInteger());
    return identity;
}

void IdentityLoader::applyProfiles(const QJsonObject &answer, domain::Identity *identity)
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

void IdentityLoader::applyBusiness(const QJsonObject &answer, domain::Identity *identity)
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
        if (--m_pending != 0 || m_failed)
            return;
        if (m_store) // one record: the last identity read
            m_store->upsert(offlineDataset(), {{kIdentityRecordId, toJson(m_identity)}});
        Q_EMIT loaded(m_identity);
    };
    auto failOnce = [this](const api::ApiError &error) {
        if (m_failed)
            return;
        m_failed = true;
        if (Datasets::copyAnswers(datasets::identity, error) && m_store)
            loadFromCopy(error);
        else
            Q_EMIT failed(error);
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

void IdentityLoader::loadFromCopy(const api::ApiError &error)
{
    m_store->load(
        offlineDataset(), {}, this, [this, error](const QVariant &decoded, const QDateTime &) {
            const QList<QJsonObject> records = decoded.value<QList<QJsonObject>>();
            if (records.isEmpty()) {
                Q_EMIT failed(error); // never read online on this computer
                return;
            }
            m_identity = fromJson(records.first());
            Q_EMIT loaded(m_identity);
        });
}

} // namespace repository

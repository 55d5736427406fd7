// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenStore.h"

#include "Logging.h"

#include <qt6keychain/keychain.h>

#include <QPointer>

#include <functional>
#include <memory>

namespace auth {

namespace {
const QString accessEntry = QStringLiteral("access-token");
const QString refreshEntry = QStringLiteral("refresh-token");
const QString expiryEntry = QStringLiteral("expires-at");
const QString apiKeyEntry = QStringLiteral("api-key");

TokenStore::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return TokenStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return TokenStore::Status::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return TokenStore::Status::Denied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return TokenStore::Status::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return TokenStore::Status::Failed;
}

QString entryKey(const AccountKey &account, const QString &entry)
{
    return account.prefix() + u'/' + entry;
}

//! Runs keychain jobs one after the other; stops at the first failure the step does not accept.
class JobChain : public std::enable_shared_from_this<JobChain>
{
public:
    using Step = std::function<QKeychain::Job *()>;
    using OnStepDone = std::function<bool(QKeychain::Job *)>; // return false to stop
    using OnDone = std::function<void(TokenStore::Status)>;

    static void run(QList<Step> steps, OnStepDone onStep, OnDone onDone)
    {
        auto chain = std::shared_ptr<JobChain>(new JobChain);
        chain->m_steps = std::move(steps);
        chain->m_onStep = std::move(onStep);
        chain->m_onDone = std::move(onDone);
        chain->next();
    }

private:
    void next()
    {
        if (m_index >= m_steps.size()) {
            m_onDone(m_status);
            return;
        }
        QKeychain::Job *job = m_steps.at(m_index++)();
        job->setAutoDelete(true);
        job->setInsecureFallback(false); // never a plaintext file
        auto self = shared_from_this();
        QObject::connect(job, &QKeychain::Job::finished, job, [self](QKeychain::Job *finished) {
            const TokenStore::Status status = statusOf(finished->error());
            if (status != TokenStore::Status::Ok && status != TokenStore::Status::NotFound)
                qCWarning(lcAuth) << "Keychain:" << finished->errorString();
            if (!self->m_onStep(finished)) {
                self->m_onDone(status);
                return;
            }
            self->next();
        });
        job->start();
    }

    QList<Step> m_steps;
    OnStepDone m_onStep;
    OnDone m_onDone;
    qsizetype m_index = 0;
    TokenStore::Status m_status = TokenStore::Status::Ok;
};
} // namespace

TokenStore::TokenStore(QString service, QObject *parent) : QObject(parent), m_service(std::move(service))
{
    qRegisterMetaType<AccountKey>();
    qRegisterMetaType<TokenSet>();
}

void TokenStore::save(const AccountKey &account, const TokenSet &tokens)
{
    const QList<QPair<QString, QString>> values{
        {accessEntry, tokens.accessToken},
        {refreshEntry, tokens.refreshToken},
        {expiryEntry, tokens.expiresAt.toUTC().toString(Qt::ISODate)},
    };
    QList<JobChain::Step> steps;
    for (const auto &[entry, value] : values) {
        steps.append([this, account, entry = entry, value = value]() -> QKeychain::Job * {
            auto *job = new QKeychain::WritePasswordJob(m_service);
            job->setKey(entryKey(account, entry));
            job->setTextData(value);
            return job;
        });
    }
    QPointer<TokenStore> self(this);
    JobChain::run(
        steps, [](QKeychain::Job *job) { return job->error() == QKeychain::NoError; },
        [self, account](Status status) {
            if (self)
                Q_EMIT self->saved(account, status);
        });
}

void TokenStore::load(const AccountKey &account)
{
    auto tokens = std::make_shared<TokenSet>();
    QList<JobChain::Step> steps;
    for (const QString &entry : {accessEntry, refreshEntry, expiryEntry}) {
        steps.append([this, account, entry]() -> QKeychain::Job * {
            auto *job = new QKeychain::ReadPasswordJob(m_service);
            job->setKey(entryKey(account, entry));
            return job;
        });
    }
    auto firstFailure = std::make_shared<Status>(Status::Ok);
    QPointer<TokenStore> self(this);
    JobChain::run(
        steps,
        [tokens, firstFailure](QKeychain::Job *job) {
            const Status status = statusOf(job->error());
            if (status != Status::Ok) {
                *firstFailure = status;
                return false;
            }
            const QString key = job->key();
            const QString value = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
            if (key.endsWith(accessEntry))
                tokens->accessToken = value;
            else if (key.endsWith(refreshEntry))
                tokens->refreshToken = value;
            else
                tokens->expiresAt = QDateTime::fromString(value, Qt::ISODate);
            return true;
        },
        [self, account, tokens, firstFailure](Status) {
            if (self)
                Q_EMIT self->loaded(account, *firstFailure == Status::Ok ? *tokens : TokenSet(), *firstFailure);
        });
}

void TokenStore::remove(const AccountKey &account)
{
    QList<JobChain::Step> steps;
    for (const QString &entry : {accessEntry, refreshEntry, expiryEntry, apiKeyEntry}) {
        steps.append([this, account, entry]() -> QKeychain::Job * {
            auto *job = new QKeychain::DeletePasswordJob(m_service);
            job->setKey(entryKey(account, entry));
            return job;
        });
    }
    auto worst = std::make_shared<Status>(Status::Ok);
    QPointer<TokenStore> self(this);
    JobChain::run(
        steps,
        [worst](QKeychain::Job *job) {
            // Already gone counts as removed; keep deleting the other entries whatever happens.
            const Status status = statusOf(job->error());
            if (status != Status::Ok && status != Status::NotFound && *worst == Status::Ok)
                *worst = status;
            return true;
        },
        [self, account, worst](Status) {
            if (self)
                Q_EMIT self->removed(account, *worst);
        });
}

void TokenStore::saveApiKey(const AccountKey &account, const QString &apiKey)
{
    QPointer<TokenStore> self(this);
    JobChain::run(
        {[this, account, apiKey]() -> QKeychain::Job * {
            auto *job = new QKeychain::WritePasswordJob(m_service);
            job->setKey(entryKey(account, apiKeyEntry));
            job->setTextData(apiKey);
            return job;
        }},
        [](QKeychain::Job *job) { return job->error() == QKeychain::NoError; },
        [self, account](Status status) {
            if (self)
                Q_EMIT self->apiKeySaved(account, status);
        });
}

void TokenStore::loadApiKey(const AccountKey &account)
{
    auto key = std::make_shared<QString>();
    auto failure = std::make_shared<Status>(Status::Ok);
    QPointer<TokenStore> self(this);
    JobChain::run(
        {[this, account]() -> QKeychain::Job * {
            auto *job = new QKeychain::ReadPasswordJob(m_service);
            job->setKey(entryKey(account, apiKeyEntry));
            return job;
        }},
        [key, failure](QKeychain::Job *job) {
            *failure = statusOf(job->error());
            if (*failure == Status::Ok)
                *key = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
            return *failure == Status::Ok;
        },
        [self, account, key, failure](Status) {
            if (self)
                Q_EMIT self->apiKeyLoaded(account, *failure == Status::Ok ? *key : QString(), *failure);
        });
}

} // namespace auth

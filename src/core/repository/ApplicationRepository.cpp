// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationRepository.h"

#include "ApiCalls.h"
#include "SeenRecords.h"
#include "api/ApiClient.h"
#include "api/ApiRequest.h"
#include "api/ListQuery.h"
#include "cache/AsyncOfflineStore.h"

#include <QJsonArray>
#include <algorithm>

namespace repository {

namespace {

using calls::forwardFailure;
using calls::notSignedIn;

void connectWrite(api::WriteRequest *request, QObject *context, const ApplicationRepository::WrittenHandler &onWritten,
                  const ApplicationRepository::ErrorHandler &onError, qint64 fallbackId)
{
    QObject::connect(request, &api::WriteRequest::written, context, [onWritten, fallbackId](const api::WriteResult &result) {
        if (onWritten)
            onWritten(result.id() != 0 ? result.id() : fallbackId);
    });
    forwardFailure(request, context, onError);
}

} // namespace

ApplicationRepository::ApplicationRepository(api::ApiClient *client, QObject *parent) : QObject(parent), m_client(client) {}

QString ApplicationRepository::recordPath(qint64 id)
{
    return QString::fromLatin1(kPath) + QLatin1Char('/') + QString::number(id);
}

api::ListQuery ApplicationRepository::pageQuery(int page, int size, const QString &search)
{
    api::ListQuery query(QStringLiteral("Application"));
    query.page(page).size(size).orderBy(QStringLiteral("Name"));
    if (!search.trimmed().isEmpty())
        query.where(QStringLiteral("Name"), search.trimmed());
    return query;
}

Pending ApplicationRepository::loadPage(int page, int size, const QString &search, QObject *context,
                                        PageHandler onPage, ErrorHandler onError)
{
    return calls::listPage(
        m_client, QString::fromLatin1(kPath), pageQuery(page, size, search), context,
        [onPage, store = m_store](const api::ListPage &listPage) {
            SeenRecords::keep(store, offlineDataset(), listPage.records); // the store drops SecretKey
            QList<domain::Application> applications;
            applications.reserve(listPage.records.size());
            for (const QJsonValue &value : listPage.records) {
                domain::Application application = domain::Application::fromJson(value.toObject());
                if (application.id == 0)
                    continue; // not an object, or no Id
                application.secretKey.clear(); // a list never needs it; it must not linger in models
                applications.append(application);
            }
            if (onPage)
                onPage(applications, listPage.meta);
        },
        std::move(onError));
}

Pending ApplicationRepository::load(qint64 id, QObject *context, RecordHandler onLoaded, ErrorHandler onError)
{
    return calls::record(
        m_client, recordPath(id), context,
        [onLoaded, store = m_store](const QJsonObject &record) {
            SeenRecords::keep(store, offlineDetailsDataset(), QJsonArray{record}); // the store drops SecretKey
            if (onLoaded)
                onLoaded(domain::Application::fromJson(record));
        },
        std::move(onError));
}

void ApplicationRepository::create(const domain::Application &draft, QObject *context, WrittenHandler onCreated,
                                   ErrorHandler onError)
{
    domain::Application body = draft;
    body.id = 0;
    const auto includeSecret = body.secretKey.isEmpty() ? domain::Application::IncludeSecret::No
                                                        : domain::Application::IncludeSecret::Yes;
    const QJsonObject json = body.toJsonForWrite(includeSecret);
    write([json](api::ApiClient &client) { return client.create(QString::fromLatin1(kPath), json); }, 0, context,
          std::move(onCreated), std::move(onError));
}

void ApplicationRepository::write(const std::function<api::WriteRequest *(api::ApiClient &client)> &send, qint64 id,
                                  QObject *context, WrittenHandler onWritten, ErrorHandler onError)
{
    if (!m_client) {
        if (onError)
            onError(notSignedIn());
        return;
    }
    connectWrite(send(*m_client), context, onWritten, onError, id);
}

void ApplicationRepository::update(qint64 id, Change change, QObject *context, WrittenHandler onUpdated, ErrorHandler onError)
{
    // Read first: the PUT must carry every field the space holds, or it would clear them.
    load(
        id, context,
        [self = QPointer(this), change, context, onUpdated, onError](const domain::Application &current) {
            if (!self)
                return;
            domain::Application record = current;
            if (change)
                change(record);
            record.id = current.id; // the record being replaced, whatever the change did
            self->put(record, context, onUpdated, onError);
        },
        onError);
}

void ApplicationRepository::setPublished(qint64 id, bool published, QObject *context, WrittenHandler onUpdated,
                                         ErrorHandler onError)
{
    update(id, [published](domain::Application &application) { application.published = published; }, context, onUpdated,
           onError);
}

void ApplicationRepository::put(const domain::Application &record, QObject *context, WrittenHandler onUpdated,
                                ErrorHandler onError)
{
    // The stored secret goes back as read (full replacement), and only on the wire.
    const QJsonObject json = record.toJsonForWrite(domain::Application::IncludeSecret::Yes);
    write([json](api::ApiClient &client) { return client.update(QString::fromLatin1(kPath), json); }, record.id,
          context, std::move(onUpdated), std::move(onError));
}

void ApplicationRepository::remove(qint64 id, QObject *context, WrittenHandler onRemoved, ErrorHandler onError)
{
    write([id](api::ApiClient &client) { return client.remove(recordPath(id)); }, id, context, std::move(onRemoved),
          std::move(onError));
}

void ApplicationRepository::setOfflineStore(cache::AsyncOfflineStore *store)
{
    m_store = store;
}

bool ApplicationRepository::hasOfflineStore() const
{
    return !m_store.isNull();
}

QList<domain::Application> ApplicationRepository::filteredCopy(const QList<QJsonObject> &records, const QString &search)
{
    const QString needle = search.trimmed();
    QList<domain::Application> out;
    for (const QJsonObject &record : records) {
        domain::Application application = domain::Application::fromJson(record);
        if (application.id == 0 || !application.name.contains(needle, Qt::CaseInsensitive))
            continue;
        application.secretKey.clear(); // never in the copy; cleared all the same, like online lists
        out.append(application);
    }
    std::stable_sort(out.begin(), out.end(), [](const domain::Application &a, const domain::Application &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return out;
}

void ApplicationRepository::loadFromCopy(const QString &search, QObject *context, CopyHandler onLoaded) const
{
    SeenRecords::load<domain::Application>(
        m_store, offlineDataset(), context,
        [search](const cache::CachedDataset &data) { return filteredCopy(data.records, search); }, std::move(onLoaded));
}

void ApplicationRepository::loadRecordFromCopy(qint64 id, QObject *context, CopyHandler onLoaded) const
{
    SeenRecords::loadRecord<domain::Application>(
        m_store, offlineDetailsDataset(), id, context,
        [](const cache::CachedDataset &data) {
            QList<domain::Application> found;
            for (const QJsonObject &record : data.records) {
                found.append(domain::Application::fromJson(record));
                found.last().secretKey.clear(); // never in the copy; cleared all the same
            }
            return found;
        },
        std::move(onLoaded));
}

} // namespace repository

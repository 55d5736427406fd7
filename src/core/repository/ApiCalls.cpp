// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiCalls.h"

#include "api/ApiClient.h"
#include "api/ApiRequest.h"

#include <QCoreApplication>

namespace repository::calls {

api::ApiError notSignedIn()
{
    return api::ApiError(api::ApiError::Kind::Network, 0, QCoreApplication::translate("repository::calls", "Not signed in."));
}

void forwardFailure(api::ApiRequest *request, QObject *context, ErrorHandler onError)
{
    QObject::connect(request, &api::ApiRequest::failed, context, [onError = std::move(onError)](const api::ApiError &error) {
        if (onError)
            onError(error);
    });
}

Pending listPage(api::ApiClient *client, const QString &path, const api::ListQuery &query, QObject *context,
                 std::function<void(const api::ListPage &page)> onPage, ErrorHandler onError)
{
    if (!client) {
        if (onError)
            onError(notSignedIn());
        return {};
    }
    api::ListRequest *request = client->list(path, query);
    QObject::connect(request, &api::ListRequest::pageLoaded, context, [onPage = std::move(onPage)](const api::ListPage &page) {
        if (onPage)
            onPage(page);
    });
    forwardFailure(request, context, std::move(onError));
    return request;
}

Pending record(api::ApiClient *client, const QString &path, QObject *context,
               std::function<void(const QJsonObject &record)> onRecord, ErrorHandler onError)
{
    if (!client) {
        if (onError)
            onError(notSignedIn());
        return {};
    }
    api::RecordRequest *request = client->record(path);
    QObject::connect(request, &api::RecordRequest::recordLoaded, context,
                     [onRecord = std::move(onRecord)](const QJsonObject &record) {
                         if (onRecord)
                             onRecord(record);
                     });
    forwardFailure(request, context, std::move(onError));
    return request;
}

} // namespace repository::calls

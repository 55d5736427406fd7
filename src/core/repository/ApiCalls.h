// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Pending.h"

#include "api/ApiError.h"
#include "api/ListPage.h"
#include "api/ListQuery.h"

#include <QJsonObject>
#include <QString>
#include <functional>

class QObject;

namespace api {
class ApiClient;
class ApiRequest;
}

namespace repository {

//! The calls every callback-style repository makes the same way: one list page or one record of
//! a route, answered while `context` lives, and the failure when there is no client (signed out).
namespace calls {

using ErrorHandler = std::function<void(const api::ApiError &error)>;

//! The failure of a call made without a session (the account was closed meanwhile). Translated.
api::ApiError notSignedIn();

//! Hands `request`'s failure to `onError` while `context` lives.
void forwardFailure(api::ApiRequest *request, QObject *context, ErrorHandler onError);

//! One page of `path` with `query`; `onPage` gets the raw page (to map and keep) while `context`
//! lives. Without a client, onError at once and no call.
Pending listPage(api::ApiClient *client, const QString &path, const api::ListQuery &query, QObject *context,
                 std::function<void(const api::ListPage &page)> onPage, ErrorHandler onError);

//! The record at `path`; likewise.
Pending record(api::ApiClient *client, const QString &path, QObject *context,
               std::function<void(const QJsonObject &record)> onRecord, ErrorHandler onError);

} // namespace calls
} // namespace repository

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/ListPage.h"
#include "api/ListQuery.h"
#include "domain/Application.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

namespace api {
class ApiClient;
class ApiRequest;
}

namespace repository {

//! The staff's applications on the admin API (`/api/apps/applications`, nexudus-api.md 3.1, 3.2, 6, 7.5).
//! Every call reports to callbacks that run only while `context` lives; failures arrive as ApiError
//! (401/403 included, with Errors[] for validation). Writes follow the documented contract:
//! POST the create body; an update is GET, change, PUT of the whole record (PUT replaces it, so the
//! stored SecretKey and RequiredRoles are sent back as read); DELETE by id.
//! Secrets: pages are handed on with SecretKey cleared (lists never need it); only get() returns it.
class ApplicationRepository : public QObject
{
    Q_OBJECT
public:
    static constexpr auto kPath = "/api/apps/applications";

    using PageHandler = std::function<void(const QList<domain::Application> &applications, const api::ListPageMeta &meta)>;
    using RecordHandler = std::function<void(const domain::Application &application)>;
    using WrittenHandler = std::function<void(qint64 id)>;
    using ErrorHandler = std::function<void(const api::ApiError &error)>;
    using Change = std::function<void(domain::Application &application)>;

    explicit ApplicationRepository(api::ApiClient *client, QObject *parent = nullptr);

    api::ApiClient *apiClient() const;

    //! Query of one list page, ordered by name; `search` filters on `Application_Name` (the only
    //! documented filter on the name; how it matches is up to the server).
    static api::ListQuery pageQuery(int page, int size, const QString &search);

    //! One page of the list (1-based). Returns the request so the caller may abandon it.
    api::ApiRequest *loadPage(int page, int size, const QString &search, QObject *context, PageHandler onPage,
                              ErrorHandler onError);
    //! The full record, with its SecretKey: hold it only as long as it is shown.
    api::ApiRequest *load(qint64 id, QObject *context, RecordHandler onLoaded, ErrorHandler onError);
    //! POST of the create body (the secret only when one was typed in). Never retried.
    void create(const domain::Application &draft, QObject *context, WrittenHandler onCreated, ErrorHandler onError);
    //! Reads the current record, applies `change`, and PUTs the whole record back.
    void update(qint64 id, Change change, QObject *context, WrittenHandler onUpdated, ErrorHandler onError);
    //! Publishing is an update of one flag (read, change, write).
    void setPublished(qint64 id, bool published, QObject *context, WrittenHandler onUpdated, ErrorHandler onError);
    void remove(qint64 id, QObject *context, WrittenHandler onRemoved, ErrorHandler onError);

private:
    void put(const domain::Application &record, QObject *context, WrittenHandler onUpdated, ErrorHandler onError);
    static QString recordPath(qint64 id);

    QPointer<api::ApiClient> m_client;
};

} // namespace repository

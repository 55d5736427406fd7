// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Datasets.h"
#include "ClientAndStore.h"
#include "Pending.h"

#include "api/ApiError.h"
#include "api/ListPage.h"
#include "api/ListQuery.h"
#include "domain/Application.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

namespace repository {

//! The staff's applications on the admin API (`/api/apps/applications`, nexudus-api.md 3.1, 3.2, 6, 7.5).
//! Every call reports to callbacks that run only while `context` lives; failures arrive as ApiError
//! (401/403 included, with Errors[] for validation). Writes follow the documented contract:
//! POST the create body; an update is GET, change, PUT of the whole record (PUT replaces it, so the
//! stored SecretKey and RequiredRoles are sent back as read); DELETE by id.
//! Secrets: pages are handed on with SecretKey cleared (lists never need it); only get() returns it.
//! With an offline store, every page and record read is kept in the copy (without the secret, which
//! the store strips) and can be read back from it when the space cannot be reached.
class ApplicationRepository : public QObject
{
    Q_OBJECT
public:
    static constexpr auto kPath = datasets::applications.route;

    using PageHandler = std::function<void(const QList<domain::Application> &applications, const api::ListPageMeta &meta)>;
    using RecordHandler = std::function<void(const domain::Application &application)>;
    using WrittenHandler = std::function<void(qint64 id)>;
    using ErrorHandler = std::function<void(const api::ApiError &error)>;
    using Change = std::function<void(domain::Application &application)>;
    //! What the offline copy holds; `seenAt` is invalid when there is no copy at all.
    using CopyHandler = std::function<void(const QList<domain::Application> &applications, const QDateTime &seenAt)>;

    explicit ApplicationRepository(api::ApiClient *client, QObject *parent = nullptr);

    //! Query of one list page, ordered by name; `search` filters on `Application_Name` (the only
    //! documented filter on the name; how it matches is up to the server).
    static api::ListQuery pageQuery(int page, int size, const QString &search);

    //! One page of the list (1-based). The caller may give it up (Pending::abandon()).
    Pending loadPage(int page, int size, const QString &search, QObject *context, PageHandler onPage,
                              ErrorHandler onError);
    //! The full record, with its SecretKey: hold it only as long as it is shown.
    Pending load(qint64 id, QObject *context, RecordHandler onLoaded, ErrorHandler onError);
    //! POST of the create body (the secret only when one was typed in). Never retried.
    void create(const domain::Application &draft, QObject *context, WrittenHandler onCreated, ErrorHandler onError);
    //! Reads the current record, applies `change`, and PUTs the whole record back.
    void update(qint64 id, Change change, QObject *context, WrittenHandler onUpdated, ErrorHandler onError);
    //! Publishing is an update of one flag (read, change, write).
    void setPublished(qint64 id, bool published, QObject *context, WrittenHandler onUpdated, ErrorHandler onError);
    void remove(qint64 id, QObject *context, WrittenHandler onRemoved, ErrorHandler onError);

    //! Keeps what is read in the offline copy and reads it back (may be null: online only).
    void setOfflineStore(cache::AsyncOfflineStore *store);
    bool hasOfflineStore() const;
    //! The list pages read (FullSync writes the whole list under the same name).
    static QString offlineDataset() { return Datasets::name(datasets::applications); }
    //! The full records opened (description, roles), never the secret.
    static QString offlineDetailsDataset() { return Datasets::name(datasets::applicationDetails); }
    //! The copy's applications whose name contains `search` (any case), ordered by name as online.
    //! Read and filtered on the store's thread; `onLoaded` runs only while `context` lives.
    void loadFromCopy(const QString &search, QObject *context, CopyHandler onLoaded) const;
    //! The copy of one opened application (a list with it alone, or empty when it was never opened).
    void loadRecordFromCopy(qint64 id, QObject *context, CopyHandler onLoaded) const;
    //! The copy's applications of `records` whose name contains `search`, ordered by name.
    static QList<domain::Application> filteredCopy(const QList<QJsonObject> &records, const QString &search);

private:
    void put(const domain::Application &record, QObject *context, WrittenHandler onUpdated, ErrorHandler onError);
    //! Sends the write `send` makes on the account's client (none: onError with notSignedIn());
    //! `id` is the record's when the answer names none.
    void write(const std::function<api::WriteRequest *(api::ApiClient &client)> &send, qint64 id, QObject *context,
               WrittenHandler onWritten, ErrorHandler onError);
    static QString recordPath(qint64 id);

    QPointer<api::ApiClient> m_client;
    QPointer<cache::AsyncOfflineStore> m_store;
};

} // namespace repository

// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlogPostRepository.h"

#include "SeenRecords.h"

#include "api/ApiClient.h"
#include "api/ApiRequest.h"
#include "api/ListQuery.h"
#include "api/Shape.h"

#include <QJsonArray>

namespace repository {

namespace {

// The list fields only (seed 000), plus what the list shows that the seed leaves out: the
// wall-clock PublishDate and a comment count (CommentsCount where the server has it, else the ids).
api::Shape listShape()
{
    api::Shape shape;
    shape.addUnder(QStringLiteral("BlogPosts.Records"),
                   {QStringLiteral("Id"), QStringLiteral("Business.Id"), QStringLiteral("Business.WebAddress"),
                    QStringLiteral("Business.Name"), QStringLiteral("Title"), QStringLiteral("BlogCategories.Id"),
                    QStringLiteral("BlogCategories.Title"), QStringLiteral("SummaryText"), QStringLiteral("PublishDateUtc"),
                    QStringLiteral("PublishDate"), QStringLiteral("UpdatedOn"), QStringLiteral("PostedBy.FullName"),
                    QStringLiteral("ShowInHomePage"), QStringLiteral("CommentsCount"), QStringLiteral("Comments.Id")});
    shape.add(QStringLiteral("BlogPosts.HasNextPage"));
    shape.addUnder(QStringLiteral("Category"), {QStringLiteral("Id"), QStringLiteral("Title")});
    shape.addUnder(QStringLiteral("Categories"), {QStringLiteral("Id"), QStringLiteral("Title")});
    return shape;
}

const QString kFeaturedKey = QStringLiteral("ShowInHomePage");

} // namespace

BlogPostRepository::BlogPostRepository(api::ApiClient *client, QObject *parent) : QObject(parent), m_client(client) {}

void BlogPostRepository::setOfflineStore(cache::AsyncOfflineStore *store)
{
    m_store = store;
}

bool BlogPostRepository::hasOfflineStore() const
{
    return !m_store.isNull();
}

Pending BlogPostRepository::loadPage(bool featured, int page, int size, qint64 categoryId, QObject *context,
                                     PageHandler onPage, ErrorHandler onError)
{
    if (!m_client) {
        if (onError)
            onError(api::ApiError(api::ApiError::Kind::Cancelled, 0, tr("Not signed in.")));
        return {};
    }
    api::ListQuery query;
    query.page(page).param(QStringLiteral("top"), QString::number(size)).shape(listShape());
    if (featured)
        query.param(QStringLiteral("featured"), QStringLiteral("true"));
    if (categoryId != 0)
        query.param(QStringLiteral("categoryId"), QString::number(categoryId));
    api::ListRequest *request = m_client->list(QString::fromLatin1(kPath), query, QStringLiteral("BlogPosts"));
    // The categories sit beside the list in the same answer, which arrives first.
    auto categories = std::make_shared<std::optional<QList<domain::BlogCategory>>>();
    connect(request, &api::ListRequest::documentReceived, context, [categories](const QJsonObject &root) {
        const QJsonValue list = root.value(QLatin1String("Categories"));
        if (!list.isArray())
            return;
        QList<domain::BlogCategory> found;
        for (const QJsonValue &value : list.toArray()) {
            const domain::BlogCategory category = domain::BlogCategory::fromJson(value);
            if (category.id != 0)
                found.append(category);
        }
        *categories = found;
    });
    connect(request, &api::ListRequest::pageLoaded, context,
            [featured, categories, onPage, store = m_store](const api::ListPage &listPage) {
                // Featured pages mark their posts, so the copy can show them first too.
                SeenRecords::keep(store, offlineDataset(), listPage.records, [featured](QJsonObject &record) {
                    if (featured)
                        record.insert(kFeaturedKey, true);
                });
                Page out;
                out.hasNextPage = listPage.meta.hasNextPage;
                out.totalItems = listPage.meta.totalItems;
                out.listsCategories = categories->has_value();
                out.categories = categories->value_or(QList<domain::BlogCategory>());
                for (const QJsonValue &value : listPage.records) {
                    if (!value.isObject())
                        continue;
                    domain::BlogPost post = domain::BlogPost::fromJson(value.toObject());
                    if (post.id == 0)
                        continue;
                    if (featured)
                        post.showInHomePage = true;
                    out.posts.append(post);
                }
                if (onPage)
                    onPage(out);
            });
    connect(request, &api::ApiRequest::failed, context, [onError](const api::ApiError &error) {
        if (onError)
            onError(error);
    });
    return Pending(request);
}

void BlogPostRepository::loadFromCopy(QObject *context, CopyHandler onLoaded) const
{
    SeenRecords::load<domain::BlogPost>(
        m_store, offlineDataset(), context,
        [](const cache::CachedDataset &data) {
            QList<domain::BlogPost> posts;
            for (const QJsonObject &record : data.records)
                posts.append(domain::BlogPost::fromJson(record));
            // Featured first, as online; otherwise the order they were seen in.
            std::stable_sort(posts.begin(), posts.end(), [](const domain::BlogPost &a, const domain::BlogPost &b) {
                return a.showInHomePage && !b.showInHomePage;
            });
            return posts;
        },
        std::move(onLoaded));
}

} // namespace repository

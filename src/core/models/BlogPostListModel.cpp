// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlogPostListModel.h"

#include "cache/AsyncOfflineStore.h"

#include "api/ApiClient.h"
#include "api/ApiError.h"
#include "api/ListPage.h"
#include "api/ListQuery.h"
#include "api/Shape.h"
#include "html/BlogPostHtml.h"

#include <QJsonArray>

namespace models {

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

} // namespace

BlogPostListModel::BlogPostListModel(QObject *parent) : QAbstractListModel(parent) {}

BlogPostListModel::~BlogPostListModel()
{
    if (m_request)
        m_request->abandon();
}

void BlogPostListModel::setApiClient(api::ApiClient *client)
{
    if (m_client == client)
        return;
    m_client = client;
    resetState();
}

int BlogPostListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_posts.size());
}

QString BlogPostListModel::featuredLabel()
{
    return tr("★ Featured");
}

QString BlogPostListModel::displayText(const domain::BlogPost &post, const QString &separator)
{
    QString first = post.title;
    if (post.showInHomePage)
        first = featuredLabel() + QStringLiteral(" · ") + post.title;
    QStringList second;
    const QString date = html::BlogPostHtml::dateText(html::BlogPostHtml::displayDate(post));
    if (!date.isEmpty())
        second.append(date);
    if (!post.postedByFullName.isEmpty())
        second.append(post.postedByFullName);
    return second.isEmpty() ? first : QString(first + separator + second.join(QStringLiteral(" · ")));
}

QVariant BlogPostListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::BlogPost &post = m_posts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(shown(post), QStringLiteral("\n"));
    case Qt::AccessibleTextRole:
        return displayText(shown(post), QStringLiteral(", "));
    case Qt::ToolTipRole:
    case SummaryRole:
        return m_words.postSummary(post.id, post.summaryText);
    case IdRole:
        return post.id;
    case TitleRole:
        return m_words.postTitle(post.id, post.title);
    case AuthorRole:
        return post.postedByFullName;
    case PublishDateRole:
        return html::BlogPostHtml::displayDate(post);
    case PublishDateTextRole:
        return html::BlogPostHtml::dateText(html::BlogPostHtml::displayDate(post));
    case CategoriesRole: {
        QStringList titles;
        for (const domain::BlogCategory &category : post.categories)
            titles.append(category.title);
        return titles;
    }
    case FeaturedRole:
        return post.showInHomePage;
    case CommentsCountRole:
        return post.commentsCount;
    case PostRole:
        return QVariant::fromValue(shown(post));
    default:
        return {};
    }
}

domain::BlogPost BlogPostListModel::shown(const domain::BlogPost &post) const
{
    if (!m_words.posts.contains(post.id))
        return post;
    domain::BlogPost copy = post;
    copy.title = m_words.postTitle(post.id, post.title);
    copy.summaryText = m_words.postSummary(post.id, post.summaryText);
    return copy;
}

void BlogPostListModel::setSpaceWords(const domain::SpaceWords &words)
{
    if (words.posts == m_words.posts)
        return;
    m_words.posts = words.posts;
    m_words.language = words.language;
    if (!m_posts.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_posts.size()) - 1),
                           {Qt::DisplayRole, Qt::AccessibleTextRole, Qt::ToolTipRole, SummaryRole, TitleRole, PostRole});
}

QHash<int, QByteArray> BlogPostListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "id"},
                  {TitleRole, "title"},
                  {SummaryRole, "summary"},
                  {AuthorRole, "author"},
                  {PublishDateRole, "publishDate"},
                  {PublishDateTextRole, "publishDateText"},
                  {CategoriesRole, "categories"},
                  {FeaturedRole, "featured"},
                  {CommentsCountRole, "commentsCount"},
                  {PostRole, "post"}});
    return names;
}

bool BlogPostListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_client && !m_atEnd && !isLoading() && !m_failed;
}

void BlogPostListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

domain::BlogPost BlogPostListModel::postAt(int row) const
{
    return row >= 0 && row < m_posts.size() ? m_posts.at(row) : domain::BlogPost();
}

int BlogPostListModel::rowForId(qint64 id) const
{
    for (int row = 0; row < m_posts.size(); ++row) {
        if (m_posts.at(row).id == id)
            return row;
    }
    return -1;
}

void BlogPostListModel::setCategory(qint64 categoryId)
{
    if (categoryId == m_categoryId)
        return;
    m_categoryId = categoryId;
    Q_EMIT categoryChanged(categoryId);
    reload();
}

void BlogPostListModel::reload()
{
    resetState();
    if (m_client)
        requestPage();
}

void BlogPostListModel::retry()
{
    if (!m_failed)
        return;
    m_failed = false;
    fetchMore();
}

void BlogPostListModel::refreshDisplayTexts()
{
    if (!m_posts.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_posts.size()) - 1),
                           {Qt::DisplayRole, Qt::AccessibleTextRole, PublishDateTextRole});
}

void BlogPostListModel::resetState()
{
    // A new generation first: whatever is still on its way belongs to the old context.
    ++m_generation;
    if (m_request)
        m_request->abandon();
    setLoading(nullptr);
    if (!m_posts.isEmpty()) {
        beginResetModel();
        m_posts.clear();
        m_ids.clear();
        endResetModel();
    }
    m_phase = Phase::Featured;
    m_nextPage = 1;
    m_failed = false;
    setAtEnd(false);
}

void BlogPostListModel::requestPage()
{
    if (!m_client)
        return;
    api::ListQuery query;
    query.page(m_nextPage).param(QStringLiteral("top"), QString::number(m_pageSize)).shape(listShape());
    if (m_phase == Phase::Featured)
        query.param(QStringLiteral("featured"), QStringLiteral("true"));
    if (m_categoryId != 0)
        query.param(QStringLiteral("categoryId"), QString::number(m_categoryId));
    api::ListRequest *request = m_client->list(QString::fromLatin1(kPath), query, QStringLiteral("BlogPosts"));
    const quint64 generation = m_generation;
    connect(request, &api::ListRequest::documentReceived, this,
            [this, generation](const QJsonObject &root) { onDocument(generation, root); });
    connect(request, &api::ListRequest::pageLoaded, this,
            [this, generation](const api::ListPage &page) { onPage(generation, page); });
    connect(request, &api::ApiRequest::failed, this, [this, generation](const api::ApiError &error) {
        if (generation != m_generation)
            return;
        m_failed = true;
        setLoading(nullptr);
                if (error.isUnreachable() && m_store && m_posts.isEmpty() && m_categoryId == 0) {
            // Nothing shown yet and the space is out of reach: the offline copy instead.
            m_store->load(
                offlineDataset(),
                [](const cache::CachedDataset &data) {
                    QList<domain::BlogPost> posts;
                    for (const QJsonObject &record : data.records)
                        posts.append(domain::BlogPost::fromJson(record));
                    return QVariant::fromValue(posts);
                },
                this,
                [this, generation, failure = error.message()](const QVariant &decoded, const QDateTime &fetchedAt) {
                    if (generation != m_generation)
                        return; // another category or account meanwhile
                    const auto posts = decoded.value<QList<domain::BlogPost>>();
                    if (posts.isEmpty() || !m_posts.isEmpty()) {
                        Q_EMIT errorOccurred(failure);
                        return;
                    }
                    showOfflineCopy(posts, fetchedAt);
                });
            return;
        }
        Q_EMIT errorOccurred(error.message());
    });
    connect(request, &api::ApiRequest::finished, this, [this, request] {
        if (m_request == request)
            setLoading(nullptr);
    });
    setLoading(request);
}

void BlogPostListModel::onDocument(quint64 generation, const QJsonObject &root)
{
    if (generation != m_generation)
        return;
    const QJsonValue list = root.value(QLatin1String("Categories"));
    if (!list.isArray())
        return;
    QList<domain::BlogCategory> categories;
    for (const QJsonValue &value : list.toArray()) {
        const domain::BlogCategory category = domain::BlogCategory::fromJson(value);
        if (category.id != 0)
            categories.append(category);
    }
    if (categories != m_categories) {
        m_categories = categories;
        Q_EMIT categoriesChanged();
    }
}

void BlogPostListModel::setOfflineStore(cache::AsyncOfflineStore *store)
{
    m_store = store;
}

void BlogPostListModel::showOfflineCopy(const QList<domain::BlogPost> &posts, const QDateTime &fetchedAt)
{
    QList<domain::BlogPost> ordered = posts;
    // Featured first, as online; otherwise the order they were seen in.
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const domain::BlogPost &a, const domain::BlogPost &b) { return a.showInHomePage && !b.showInHomePage; });
    beginInsertRows({}, 0, int(ordered.size()) - 1);
    for (const domain::BlogPost &post : std::as_const(ordered))
        m_ids.insert(post.id);
    m_posts = ordered;
    endInsertRows();
    setAtEnd(true); // no paging offline; retry() asks the space again
    Q_EMIT offlineCopyShown(fetchedAt);
}

void BlogPostListModel::onPage(quint64 generation, const api::ListPage &page)
{
    if (generation != m_generation)
        return; // an answer for another category or account
    if (m_store) {
        QList<cache::CacheRecord> seen;
        for (const QJsonValue &value : page.records) {
            QJsonObject record = value.toObject();
            if (m_phase == Phase::Featured)
                record.insert(QStringLiteral("ShowInHomePage"), true);
            seen.append({record.value(QStringLiteral("Id")).toInteger(), record});
        }
        m_store->upsert(offlineDataset(), seen); // what was seen stays readable offline
    }
    QList<domain::BlogPost> fresh;
    for (const QJsonValue &value : page.records) {
        if (!value.isObject())
            continue;
        domain::BlogPost post = domain::BlogPost::fromJson(value.toObject());
        if (post.id == 0 || m_ids.contains(post.id))
            continue; // the featured posts come again in the full list
        if (m_phase == Phase::Featured)
            post.showInHomePage = true;
        m_ids.insert(post.id);
        fresh.append(post);
    }
    if (!fresh.isEmpty()) {
        const int first = int(m_posts.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_posts.append(fresh);
        endInsertRows();
    }
    // An empty page, or the last one, ends a phase: featured → the rest → the end.
    if (page.records.isEmpty() || !page.meta.hasNextPage) {
        if (m_phase == Phase::Featured) {
            m_phase = Phase::Rest;
            m_nextPage = 1;
        } else {
            setAtEnd(true);
        }
    } else {
        ++m_nextPage;
    }
    // Nothing new for the view (no featured posts, a page of duplicates): a view would not ask
    // again, so go on by ourselves.
    if (!m_atEnd && fresh.isEmpty())
        requestPage();
    else
        setLoading(nullptr);
}

void BlogPostListModel::setLoading(api::ListRequest *request)
{
    const bool was = isLoading();
    m_request = request;
    if (was != isLoading())
        Q_EMIT loadingChanged(isLoading());
}

void BlogPostListModel::setAtEnd(bool atEnd)
{
    if (m_atEnd == atEnd)
        return;
    m_atEnd = atEnd;
    Q_EMIT atEndChanged(atEnd);
}

} // namespace models

// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlogPostListModel.h"

#include "api/ApiError.h"
#include "html/BlogPostHtml.h"
#include "repository/BlogPostRepository.h"

namespace models {

BlogPostListModel::BlogPostListModel(QObject *parent) : QAbstractListModel(parent), m_feed(PageFeed::sourceOf(this))
{
    m_feed.forwardSignalsTo(this);
    m_feed.setPageSize(10);
}

BlogPostListModel::~BlogPostListModel() = default;

bool BlogPostListModel::hasSource() const
{
    return !m_repository.isNull();
}

repository::BlogPostRepository *BlogPostListModel::repository() const
{
    return m_repository;
}

void BlogPostListModel::setRepository(repository::BlogPostRepository *repository)
{
    if (m_repository == repository)
        return;
    m_repository = repository;
    if (repository)
        m_feed.startOnDemand();
    else
        m_feed.stop();
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
    return !parent.isValid() && m_feed.canFetchMore();
}

void BlogPostListModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        m_feed.fetchMore();
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
    m_feed.reload();
}

void BlogPostListModel::retry()
{
    m_feed.retry();
}

void BlogPostListModel::refreshDisplayTexts()
{
    if (!m_posts.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_posts.size()) - 1),
                           {Qt::DisplayRole, Qt::AccessibleTextRole, PublishDateTextRole});
}

void BlogPostListModel::dropRows()
{
    m_ids.clear();
    m_phase = Phase::Featured;
    m_restFrom = 1;
    if (m_posts.isEmpty())
        return;
    beginResetModel();
    m_posts.clear();
    endResetModel();
}

repository::Pending BlogPostListModel::requestPage(quint64 generation, int page, int size)
{
    const bool featured = m_phase == Phase::Featured;
    return m_repository->loadPage(
        featured, featured ? page : page - m_restFrom + 1, size, m_categoryId, this,
        [this, generation, featured, page](const repository::BlogPostRepository::Page &answer) {
            if (!m_feed.isCurrent(generation))
                return; // an answer for another category or account
            if (answer.listsCategories)
                setCategories(answer.categories);
            // The featured posts come again in the full list: only new ones are added.
            const QList<domain::BlogPost> fresh =
                PageFeed::freshRows(answer.posts, m_ids, [](const domain::BlogPost &post) { return post.id; });
            if (!fresh.isEmpty()) {
                const int first = int(m_posts.size());
                beginInsertRows({}, first, first + int(fresh.size()) - 1);
                m_posts.append(fresh);
                endInsertRows();
            }
            // An empty page, or the last one, ends a phase: featured → the rest → the end.
            bool more = !answer.posts.isEmpty() && answer.hasNextPage;
            if (!more && featured) {
                m_phase = Phase::Rest;
                m_restFrom = page + 1;
                more = true;
            }
            m_feed.pageArrived(generation, int(fresh.size()), more, answer.totalItems);
        },
        [this, generation](const api::ApiError &error) { m_feed.pageFailed(generation, error); });
}

void BlogPostListModel::setCategories(const QList<domain::BlogCategory> &categories)
{
    if (categories == m_categories)
        return;
    m_categories = categories;
    Q_EMIT categoriesChanged();
}

bool BlogPostListModel::readCopy(quint64 generation)
{
    // The copy holds what was seen across categories: it stands in for "All categories" only.
    if (!m_repository || !m_repository->hasOfflineStore() || m_categoryId != 0)
        return false;
    m_repository->loadFromCopy(this, [this, generation](const QList<domain::BlogPost> &posts, const QDateTime &seenAt) {
        if (!m_feed.acceptCopy(generation, posts.isEmpty() ? QDateTime() : seenAt))
            return;
        beginInsertRows({}, 0, int(posts.size()) - 1);
        m_posts = posts;
        for (const domain::BlogPost &post : posts)
            m_ids.insert(post.id);
        endInsertRows();
        m_feed.copyShown(int(posts.size()));
    });
    return true;
}

} // namespace models

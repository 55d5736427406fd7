// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlogPostListModel.h"

#include "html/BlogPostHtml.h"
#include "repository/BlogPostRepository.h"

namespace models {

template class RepositoryPagedModel<repository::BlogPostRepository, domain::BlogPost>;

BlogPostListModel::BlogPostListModel(QObject *parent)
    : RepositoryPagedModel(repository::datasets::news, 10, Start::OnDemand, parent)
{
}

BlogPostListModel::~BlogPostListModel() = default;

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

QVariant BlogPostListModel::rowData(const domain::BlogPost &post, int, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return displayText(shown(post), QStringLiteral("\n"));
    case Qt::AccessibleTextRole:
        return displayText(shown(post), QStringLiteral(", "));
    case Qt::ToolTipRole:
    case SummaryRole:
        return m_words.postSummary(post.id, post.summaryText);
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
    if (!rows().isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1),
                           {Qt::DisplayRole, Qt::AccessibleTextRole, Qt::ToolTipRole, SummaryRole, TitleRole, PostRole});
}

void BlogPostListModel::setCategory(qint64 categoryId)
{
    if (categoryId == m_categoryId)
        return;
    m_categoryId = categoryId;
    Q_EMIT categoryChanged(categoryId);
    reload();
}

void BlogPostListModel::refreshDisplayTexts()
{
    if (!rows().isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1),
                           {Qt::DisplayRole, Qt::AccessibleTextRole, PublishDateTextRole});
}

void BlogPostListModel::resetRows()
{
    m_phase = Phase::Featured;
    m_restFrom = 1;
    dropRows();
}

repository::Pending BlogPostListModel::requestPage(quint64 generation, int page, int size)
{
    const bool featured = m_phase == Phase::Featured;
    return repository()->loadPage(
        featured, featured ? page : page - m_restFrom + 1, size, m_categoryId, this,
        [this, generation, featured, page](const repository::BlogPostRepository::Page &answer) {
            if (!feed().isCurrent(generation))
                return; // an answer for another category or account
            if (answer.listsCategories)
                setCategories(answer.categories);
            // The featured posts come again in the full list: only new ones are added.
            const int fresh = appendFresh(answer.posts);
            // An empty page, or the last one, ends a phase: featured → the rest → the end.
            bool more = !answer.posts.isEmpty() && answer.hasNextPage;
            if (!more && featured) {
                m_phase = Phase::Rest;
                m_restFrom = page + 1;
                more = true;
            }
            feed().pageArrived(generation, fresh, more, answer.totalItems);
        },
        failureReceiver(generation));
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
    if (!repository() || !repository()->hasOfflineStore() || m_categoryId != 0)
        return false;
    repository()->loadFromCopy(this, copyReceiver(generation, true));
    return true;
}

} // namespace models

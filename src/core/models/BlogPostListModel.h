// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PagedModel.h"
#include "domain/BlogPost.h"
#include "domain/SpaceWords.h"

#include <QList>
#include <QDateTime>
#include <QPointer>

namespace repository {
class BlogPostRepository;
}

namespace models {


//! The space's news (public blog posts) as a list that pages itself (anchors.md practice 8).
//! Order (decision): featured posts first, then all the others, each part newest first as the
//! server sorts them. It asks `featured=true` pages until they run out, then the plain list,
//! skipping the ids it already holds. The pages come from repository::BlogPostRepository (which
//! keeps them offline); the full text and comments from repository::BlogPostLoader when a post opens.
//! When the space cannot be reached and nothing is shown yet, "All categories" shows the offline copy.
class BlogPostListModel : public RepositoryPagedModel<repository::BlogPostRepository, domain::BlogPost>
{
    Q_OBJECT
public:
    //! IdRole (qint64: BlogPost.Id) comes from PagedModel.
    enum Role {
        TitleRole = FirstRowRole,  //!< QString: title, in the chosen language when the space has it
        SummaryRole,               //!< QString: SummaryText, plain text, likewise
        AuthorRole,                //!< QString: PostedBy.FullName
        PublishDateRole,           //!< QDateTime: the post's date, raw (sort by this)
        PublishDateTextRole,       //!< QString: that date in the current locale
        CategoriesRole,            //!< QStringList: category titles
        FeaturedRole,              //!< bool: featured (ShowInHomePage; set for posts of the featured pages)
        CommentsCountRole,         //!< int: published comments
        PostRole,                  //!< domain::BlogPost: the list value (no body, no comment texts)
    };
    Q_ENUM(Role)

    explicit BlogPostListModel(QObject *parent = nullptr);
    ~BlogPostListModel() override;


    qint64 categoryId() const { return m_categoryId; }
    //! The space's categories, as the last answer listed them.
    QList<domain::BlogCategory> categories() const { return m_categories; }

    domain::BlogPost postAt(int row) const { return rowAt(row); }
    //! Titles and summaries in the chosen language over the default-language records (the
    //! posts of `words`; the rest is ignored). Empty words show the records as they are.
    void setSpaceWords(const domain::SpaceWords &words);

    //! "★ Featured" style text marker (not colour alone) for featured rows, translated.
    static QString featuredLabel();

public Q_SLOTS:
    //! Filters by category (0 = all): clears the rows, forgets answers in flight, fetches page 1.
    void setCategory(qint64 categoryId);
    //! The display texts depend on the language (the "Featured" marker, dates): repaint them.
    void refreshDisplayTexts();

Q_SIGNALS:
    void categoryChanged(qint64 categoryId);
    void categoriesChanged();

private:
    enum class Phase { Featured, Rest };
    QVariant rowData(const domain::BlogPost &post, int column, int role) const override;
    qint64 idOf(const domain::BlogPost &post) const override { return post.id; }
    repository::Pending requestPage(quint64 generation, int page, int size) override;
    bool readCopy(quint64 generation) override;
    void resetRows() override;
    void setCategories(const QList<domain::BlogCategory> &categories);
    //! The post as people read it: title and summary in the chosen language.
    domain::BlogPost shown(const domain::BlogPost &post) const;
    static QString displayText(const domain::BlogPost &post, const QString &separator);

    QList<domain::BlogCategory> m_categories;
    domain::SpaceWords m_words;
    qint64 m_categoryId = 0;
    Phase m_phase = Phase::Featured;
    int m_restFrom = 1; //!< the feed's page number that is page 1 of the rest
};

//! Built once, in the .cpp (where the repository type is complete).
extern template class RepositoryPagedModel<repository::BlogPostRepository, domain::BlogPost>;

} // namespace models

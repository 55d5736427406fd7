// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PageFeed.h"
#include "domain/Application.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QSet>

namespace repository {
class ApplicationRepository;
}

namespace models {

//! The space's applications (staff only) as a searchable list that pages itself through
//! repository::ApplicationRepository. Nothing is asked before reload() (so a member's hidden view
//! never calls the admin API); after that, views page on with fetchMore() as they scroll.
//! Rows hold no SecretKey: the repository strips it from list pages, and no role could return it.
//! When the space cannot be reached and nothing is shown yet, the rows come from the offline copy
//! (isOfflineCopy()): searched locally by name, no paging, until reload() reaches the space again.
class ApplicationListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1, //!< qint64: Application.Id
        NameRole,                  //!< QString
        PublishedRole,             //!< bool
        StatusTextRole,            //!< QString: "Published" / "Not published", translated
        ShortDescriptionRole,      //!< QString
        ApplicationKeyRole,        //!< QString: the public key (an identifier, not the secret)
        InstallUrlRole,            //!< QString
        DeveloperIdRole,           //!< qint64
        ApplicationRole,           //!< domain::Application, without its secret
    };
    Q_ENUM(Role)

    explicit ApplicationListModel(QObject *parent = nullptr);
    ~ApplicationListModel() override;

    //! Changing the repository (account switch) clears the list and stops until reload().
    void setRepository(repository::ApplicationRepository *repository);
    repository::ApplicationRepository *repository() const { return m_repository; }
    void setPageSize(int size) { m_feed.setPageSize(size); }
    int pageSize() const { return m_feed.pageSize(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    //! Started, not at the end, not loading, and not stopped by an error (see retry()).
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    bool isLoading() const { return m_feed.isLoading(); }
    bool isAtEnd() const { return m_feed.isAtEnd(); }
    bool hasFailed() const { return m_feed.hasFailed(); }
    //! Pages received since the last reload.
    int pagesLoaded() const { return m_feed.pagesLoaded(); }
    //! TotalItems of the last page's envelope.
    int totalItems() const { return m_feed.totalItems(); }
    QString search() const { return m_search; }
    //! The rows are the offline copy (the space could not be reached), read at offlineSince().
    bool isOfflineCopy() const { return m_feed.isOfflineCopy(); }
    QDateTime offlineSince() const { return m_feed.offlineSince(); }

    domain::Application applicationAt(int row) const;
    int rowForId(qint64 id) const;
    static QString statusText(bool published);

public Q_SLOTS:
    //! Filters by name: clears the rows and starts over (when already started); over the offline
    //! copy while it is shown.
    void setSearch(const QString &text);
    //! Starts (or starts over) from the first page, asking the space again.
    void reload();
    //! Asks again for the page that failed.
    void retry();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void searchChanged(const QString &search);
    //! A page arrived (1-based); the first one after reload() makes the view usable.
    void pageLoaded(int page);
    //! A page could not be loaded; the rows already shown stay. Translated text.
    void errorOccurred(const QString &message);
    //! The space could not be reached: the rows are the offline copy read at `seenAt`.
    void offlineCopyShown(const QDateTime &seenAt);

private:
    friend class PageFeed;
    bool hasSource() const;
    repository::Pending requestPage(quint64 generation, int page, int size);
    bool readCopy(quint64 generation);
    void dropRows();

    QPointer<repository::ApplicationRepository> m_repository;
    QList<domain::Application> m_rows;
    QSet<qint64> m_ids;
    QString m_search;
    PageFeed m_feed;
};

} // namespace models

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PagedModel.h"
#include "domain/Application.h"

#include <QList>
#include <QPointer>

namespace repository {
class ApplicationRepository;
}

namespace models {

extern template class RepositoryPagedModel<repository::ApplicationRepository>;

//! The space's applications (staff only) as a searchable list that pages itself through
//! repository::ApplicationRepository. Nothing is asked before reload() (so a member's hidden view
//! never calls the admin API); after that, views page on with fetchMore() as they scroll.
//! Rows hold no SecretKey: the repository strips it from list pages, and no role could return it.
//! When the space cannot be reached and nothing is shown yet, the rows come from the offline copy
//! (isOfflineCopy()): searched locally by name, no paging, until reload() reaches the space again.
class ApplicationListModel : public RepositoryPagedModel<repository::ApplicationRepository>
{
    Q_OBJECT
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

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    QString search() const { return m_search; }
    domain::Application applicationAt(int row) const;
    int rowForId(qint64 id) const;
    static QString statusText(bool published);

public Q_SLOTS:
    //! Filters by name: clears the rows and starts over (when already started); over the offline
    //! copy while it is shown.
    void setSearch(const QString &text);

Q_SIGNALS:
    void searchChanged(const QString &search);

private:
    repository::Pending requestPage(quint64 generation, int page, int size) override;
    bool readCopy(quint64 generation) override;
    void resetRows() override;
    static qint64 idOf(const domain::Application &application) { return application.id; }

    QList<domain::Application> m_rows;
    QString m_search;
};

} // namespace models

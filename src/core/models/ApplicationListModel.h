// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PagedModel.h"
#include "domain/Application.h"


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
class ApplicationListModel : public RepositoryPagedModel<repository::ApplicationRepository, domain::Application>
{
    Q_OBJECT
public:
    //! IdRole (qint64: Application.Id) comes from PagedModel.
    enum Role {
        NameRole = FirstRowRole, //!< QString (ToolTipRole: the short description)
        ApplicationKeyRole,      //!< QString: the public key (an identifier, not the secret)
        ApplicationRole,         //!< domain::Application, without its secret: everything else
    };
    Q_ENUM(Role)

    explicit ApplicationListModel(QObject *parent = nullptr);
    ~ApplicationListModel() override;

    QString search() const { return m_search; }
    domain::Application applicationAt(int row) const { return rowAt(row); }
    static QString statusText(bool published);

public Q_SLOTS:
    //! Filters by name: clears the rows and starts over (when already started); over the offline
    //! copy while it is shown.
    void setSearch(const QString &text);

Q_SIGNALS:
    void searchChanged(const QString &search);

private:
    QVariant rowData(const domain::Application &application, int column, int role) const override;
    qint64 idOf(const domain::Application &application) const override { return application.id; }
    repository::Pending requestPage(quint64 generation, int page, int size) override;
    bool readCopy(quint64 generation) override;
    void resetRows() override { dropRows(); }

    QString m_search;
};

//! Built once, in the .cpp (where the repository type is complete).
extern template class RepositoryPagedModel<repository::ApplicationRepository, domain::Application>;

} // namespace models

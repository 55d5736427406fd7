// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repository/Pending.h"

#include <QWidget>
#include <memory>

class QTimer;
namespace Ui {
class TenantsView;
}
namespace models {
class TenantListModel;
}
namespace propertyos {
class TenantRepository;
struct Tenant;
}

//! A Property OS account's tenants: a search box (the server's search, after a pause in typing)
//! over the list, and the chosen tenant's details (contacts, emergency contacts) beside it.
class TenantsView : public QWidget
{
    Q_OBJECT
public:
    explicit TenantsView(QWidget *parent = nullptr);
    ~TenantsView() override;

    void setRepository(propertyos::TenantRepository *repository);
    void reload();
    bool isSettled() const;
    models::TenantListModel *model() const { return m_model; }
    //! The details shown (empty while none is chosen or they are on their way).
    QString detailsText() const;

Q_SIGNALS:
    void progressed();
    //! The chosen tenant's details arrived.
    void detailsShown(const QString &tenantId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showDetailsOf(const QString &tenantId);
    void showDetails(const propertyos::Tenant &tenant);

    std::unique_ptr<Ui::TenantsView> m_ui;
    models::TenantListModel *m_model;
    propertyos::TenantRepository *m_repository = nullptr;
    QTimer *m_searchDebounce;
    repository::Pending m_details;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "propertyos/ListWalk.h"
#include "propertyos/PropertyOsTypes.h"

#include <QAbstractListModel>
#include <QPointer>

namespace propertyos {
class TenantRepository;
}

namespace models {

//! The tenants of a Property OS account that match a search (the server's `search`: name, email,
//! phone or unit), read whole through the TenantRepository. A new search gives up the one before.
class TenantListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, //!< QString tenant id
        NameRole,
        UnitRole,
        EmailRole,
        PhoneRole,
        StatusTextRole, //!< "Active", "Former"
    };
    Q_ENUM(Role)

    explicit TenantListModel(QObject *parent = nullptr);
    ~TenantListModel() override;

    void setRepository(propertyos::TenantRepository *repository);
    //! Asks for the tenants matching `text` (all when empty); loaded() or failed() answers.
    void search(const QString &text);
    bool isSettled() const { return !m_walk && (m_loaded || m_failure.isError()); }
    api::ApiError failure() const { return m_failure; }
    propertyos::Tenant tenantAt(int row) const { return m_rows.value(row); }
    static QString statusText(propertyos::TenantStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void loaded();
    void failed(const api::ApiError &error);

private:
    propertyos::TenantRepository *m_repository = nullptr;
    QPointer<propertyos::ListWalk> m_walk;
    QList<propertyos::Tenant> m_rows;
    bool m_loaded = false;
    api::ApiError m_failure;
};

} // namespace models

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "propertyos/ListWalk.h"
#include "propertyos/PortfolioFigures.h"
#include "propertyos/PropertyOsTypes.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QPointer>

namespace propertyos {
class PropertyRepository;
}

namespace models {

//! Every property of a Property OS account, one row each, read whole through the PropertyRepository
//! (a portfolio is a few hundred rows at most, and the figures need all of them). Filtering by
//! status and sorting are the proxy's (PropertyStatusProxy), so changing them costs no request
//! against the plan's hourly budget.
class PropertyListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, AddressColumn, StatusColumn, UnitsColumn, OccupiedColumn, OccupancyColumn,
                  ColumnCount };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole + 1, //!< QString property id
        SortRole,                  //!< the column's value to sort by (text, number or rate)
        StatusRole,                //!< int(propertyos::PropertyStatus)
        OccupancyRole,             //!< double 0..1 (occupied over units; 0 without units)
    };
    Q_ENUM(Role)

    explicit PropertyListModel(QObject *parent = nullptr);
    ~PropertyListModel() override;

    //! The repository to read from; null clears the model (the account went).
    void setRepository(propertyos::PropertyRepository *repository);
    //! Asks for every property again; loaded() or failed() says how it went.
    void reload();
    bool isLoading() const { return m_walk != nullptr; }
    //! Loaded, or failed: a screenshot may be taken.
    bool isSettled() const { return !isLoading() && (m_loaded || m_failure.isError()); }
    api::ApiError failure() const { return m_failure; }
    propertyos::PortfolioFigures figures() const { return propertyos::PortfolioFigures::of(m_rows); }
    propertyos::Property propertyAt(int row) const { return m_rows.value(row); }
    //! A property the person just created: added at the end without reading the list again.
    void append(const propertyos::Property &property);

    static QString statusText(propertyos::PropertyStatus status);
    static QString typeText(const QString &type);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void loaded();
    void failed(const api::ApiError &error);
    //! The rows changed (loaded, appended, cleared): the figures are to be read again.
    void figuresChanged();

private:
    void setRows(QList<propertyos::Property> rows);
    QVariant displayData(const propertyos::Property &property, int column) const;
    QVariant sortData(const propertyos::Property &property, int column) const;

    propertyos::PropertyRepository *m_repository = nullptr;
    QPointer<propertyos::ListWalk> m_walk;
    QList<propertyos::Property> m_rows;
    bool m_loaded = false;
    api::ApiError m_failure;
};

//! The rows of one status (or all), sorted by PropertyListModel::SortRole.
class PropertyStatusProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit PropertyStatusProxy(QObject *parent = nullptr);
    //! Unknown shows every property.
    void setStatus(propertyos::PropertyStatus status);
    propertyos::PropertyStatus status() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    propertyos::PropertyStatus m_status = propertyos::PropertyStatus::Unknown;
};

} // namespace models

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repository/SeriesBooking.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace models {

//! The occurrences of a series as the booking dialog lists them: day, time, price and what the
//! space said, in words with a sign (never colour alone). Follows its SeriesBooking as it checks
//! and books.
class SeriesOccurrenceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DayColumn, TimeColumn, PriceColumn, StatusColumn, ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1 }; //!< SeriesBooking::State as int

    explicit SeriesOccurrenceModel(QObject *parent = nullptr);

    //! The series to show (not owned); null shows nothing.
    void setSeries(repository::SeriesBooking *series);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    //! "✓ Free", "✗ This resource is already booked…", in the current language.
    static QString statusText(const repository::SeriesBooking::Occurrence &occurrence);

private:
    QPointer<repository::SeriesBooking> m_series;
    QMetaObject::Connection m_changed;
};

} // namespace models

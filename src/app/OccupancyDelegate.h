// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

//! Paints an occupancy cell as a bar (the `rateRole` value, 0..1) with the cell's text (the
//! percentage) beside it, so the number is there for those who do not read the bar.
class OccupancyDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    OccupancyDelegate(int rateRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_rateRole;
};

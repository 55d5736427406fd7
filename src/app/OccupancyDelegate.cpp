// SPDX-License-Identifier: GPL-3.0-or-later
#include "OccupancyDelegate.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int kBarWidth = 80; //!< logical pixels; the text gets the rest of the cell
constexpr int kGap = 6;
} // namespace

OccupancyDelegate::OccupancyDelegate(int rateRole, QObject *parent) : QStyledItemDelegate(parent), m_rateRole(rateRole) {}

void OccupancyDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // background, selection, focus

    const double rate = qBound(0.0, index.data(m_rateRole).toDouble(), 1.0);
    const QRect cell = opt.rect.adjusted(4, 0, -4, 0);
    const int barHeight = qMax(6, cell.height() / 3);
    const QRect bar(cell.left(), cell.center().y() - barHeight / 2, qMin(kBarWidth, cell.width() / 2), barHeight);
    const QPalette &palette = opt.palette;
    painter->save();
    painter->setPen(palette.color(QPalette::Mid));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRect(bar.adjusted(0, 0, -1, -1));
    QRect filled = bar.adjusted(1, 1, -1, -1);
    filled.setWidth(int(filled.width() * rate + 0.5));
    painter->fillRect(filled, palette.color(QPalette::Highlight));
    const QRect textRect(bar.right() + kGap, cell.top(), cell.right() - bar.right() - kGap, cell.height());
    painter->setPen(palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

QSize OccupancyDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + kBarWidth + kGap);
    return size;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/SystemResourceType.h"
#include "repository/ResourcePictureLoader.h"

#include <QPointer>
#include <QStyledItemDelegate>

//! Paints one room as a card: its picture (or a drawing of its kind of room while there is none),
//! name, type · location, capacity and, in words, whether bookings need approval. Every card has
//! the same size, so the view lays out thousands of them without measuring each.
class ResourceCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ResourceCardDelegate(QObject *parent = nullptr);

    //! Where pictures come from; painting a card asks it for the card's picture.
    void setPictureLoader(repository::ResourcePictureLoader *loader) { m_loader = loader; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    //! The drawing shown instead of a picture, one per kind of room (also for tests and the legend).
    static void paintPlaceholder(QPainter *painter, const QRect &rect, domain::SystemResourceType type,
                                 const QPalette &palette);
    //! "Meeting Room · Madrid, Floor 2"
    static QString typeAndLocationText(const QModelIndex &index);
    //! Everything the card shows, as one sentence for screen readers and tooltips.
    static QString accessibleText(const QModelIndex &index);

private:
    QPointer<repository::ResourcePictureLoader> m_loader;
};

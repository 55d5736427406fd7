// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceCardView.h"

#include "ResourceCardDelegate.h"
#include "repository/ResourcePictureLoader.h"

#include <QEvent>
#include <QHelpEvent>
#include <QResizeEvent>
#include <QToolTip>

ResourceCardView::ResourceCardView(QWidget *parent) : QListView(parent), m_delegate(new ResourceCardDelegate(this))
{
    setObjectName(QStringLiteral("resourceCardView"));
    setViewMode(QListView::IconMode);
    setMovement(QListView::Static);
    setResizeMode(QListView::Adjust);
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setUniformItemSizes(true);
    setLayoutMode(QListView::Batched);
    setBatchSize(500);
    setSpacing(6);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setItemDelegate(m_delegate);
    // Always there, so the column count does not flip back and forth as the scroll bar comes and goes.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    retranslate();
}

void ResourceCardView::setPictureLoader(repository::ResourcePictureLoader *loader)
{
    m_delegate->setPictureLoader(loader);
    if (loader) {
        // A picture arrived: repaint what is on screen (cheap, and cards off screen do not care).
        connect(loader, &repository::ResourcePictureLoader::pictureReady, viewport(), qOverload<>(&QWidget::update),
                Qt::UniqueConnection);
    }
}

bool ResourceCardView::viewportEvent(QEvent *event)
{
    // The card's whole text as its tooltip, so nothing elided is out of reach.
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = indexAt(help->pos());
        if (index.isValid()) {
            QToolTip::showText(help->globalPos(), ResourceCardDelegate::accessibleText(index), viewport(), visualRect(index));
            return true;
        }
    }
    return QListView::viewportEvent(event);
}

void ResourceCardView::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    fitColumns();
}

void ResourceCardView::fitColumns()
{
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const QSize card = m_delegate->sizeHint(option, {});
    const int gap = 2 * spacing();
    const int width = viewport()->width();
    const int columns = qMax(1, width / (card.width() + gap));
    const QSize grid(qMax(card.width() + gap, width / columns), card.height() + gap);
    if (gridSize() != grid)
        setGridSize(grid);
}

void ResourceCardView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QListView::changeEvent(event);
}

void ResourceCardView::retranslate()
{
    setAccessibleName(tr("Bookable resources as cards"));
    setAccessibleDescription(tr("Each card shows a room's picture, name, type and location, capacity, and whether "
                                "bookings need approval. Press Enter to book the current room."));
}

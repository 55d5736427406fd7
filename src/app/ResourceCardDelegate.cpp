// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceCardDelegate.h"

#include "domain/Resource.h"
#include "models/ResourceListModel.h"
#include "repository/ResourcePictureLoader.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace {

using Model = models::ResourceListModel;
using domain::SystemResourceType;

constexpr int cardWidthEm = 18;
constexpr int pictureHeightEm = 8;
constexpr int paddingPx = 6;

int emOf(const QFontMetrics &metrics) { return metrics.horizontalAdvance(QLatin1Char('M')); }

QString needsApprovalText() { return ResourceCardDelegate::tr("Needs approval"); }

// A soft background per kind of room; the drawing on top, not the colour, tells them apart.
QColor placeholderTint(SystemResourceType type, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::AlternateBase);
    const int hue = (int(type) * 47) % 360;
    QColor tint = QColor::fromHsv(hue, 40, base.lightness() > 128 ? 235 : 70);
    return tint;
}

void drawChair(QPainter *p, QPointF centre, qreal r) { p->drawEllipse(centre, r, r); }

} // namespace

ResourceCardDelegate::ResourceCardDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QSize ResourceCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    const int em = emOf(metrics);
    // Picture, then name, type · location, capacity and the approval line.
    return {cardWidthEm * em, pictureHeightEm * em + 4 * metrics.lineSpacing() + 3 * paddingPx};
}

QString ResourceCardDelegate::typeAndLocationText(const QModelIndex &index)
{
    QString type = index.data(Model::ResourceTypeNameRole).toString();
    if (type.isEmpty())
        type = domain::displayName(domain::systemResourceTypeFromInt(index.data(Model::SystemTypeRole).toInt()));
    QString place = index.data(Model::BusinessNameRole).toString();
    const QString group = index.data(Model::GroupNameRole).toString();
    if (!group.isEmpty())
        place = place.isEmpty() ? group : tr("%1, %2", "location, floor or area").arg(place, group);
    if (place.isEmpty())
        return type;
    if (type.isEmpty())
        return place;
    return tr("%1 · %2", "type · location").arg(type, place);
}

QString ResourceCardDelegate::accessibleText(const QModelIndex &index)
{
    QStringList parts{index.data(Model::NameRole).toString(), typeAndLocationText(index)};
    const QString capacity = index.data(Model::CapacityTextRole).toString();
    if (!capacity.isEmpty())
        parts.append(capacity);
    if (index.data(Model::RequiresConfirmationRole).toBool())
        parts.append(needsApprovalText());
    parts.removeAll(QString());
    return parts.join(tr(", ", "separator between the parts of a card read aloud"));
}

void ResourceCardDelegate::paintPlaceholder(QPainter *p, const QRect &rect, SystemResourceType type, const QPalette &palette)
{
    p->save();
    p->fillRect(rect, placeholderTint(type, palette));
    p->setRenderHint(QPainter::Antialiasing);
    QPen pen(palette.color(QPalette::Text), 2);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    const qreal s = qMin(rect.width(), rect.height()) * 0.6; // the drawing's box
    const QRectF box(rect.center().x() - s / 2, rect.center().y() - s / 2, s, s);
    const QPointF c = box.center();
    switch (type) {
    case SystemResourceType::MeetingRoom: { // a table with chairs around it
        const QRectF table(box.left() + s * 0.2, box.top() + s * 0.3, s * 0.6, s * 0.4);
        p->drawRoundedRect(table, 3, 3);
        for (qreal x : {0.33, 0.5, 0.67}) {
            drawChair(p, {box.left() + s * x, box.top() + s * 0.15}, s * 0.06);
            drawChair(p, {box.left() + s * x, box.top() + s * 0.85}, s * 0.06);
        }
        break;
    }
    case SystemResourceType::HotDesk: { // a desk with a screen
        p->drawLine(QPointF(box.left(), box.top() + s * 0.7), QPointF(box.right(), box.top() + s * 0.7));
        p->drawLine(QPointF(box.left() + s * 0.1, box.top() + s * 0.7), QPointF(box.left() + s * 0.1, box.bottom()));
        p->drawLine(QPointF(box.right() - s * 0.1, box.top() + s * 0.7), QPointF(box.right() - s * 0.1, box.bottom()));
        p->drawRect(QRectF(c.x() - s * 0.22, box.top() + s * 0.2, s * 0.44, s * 0.3));
        p->drawLine(QPointF(c.x(), box.top() + s * 0.5), QPointF(c.x(), box.top() + s * 0.7));
        break;
    }
    case SystemResourceType::PhoneBooth: { // a tall booth with a handset
        const QRectF booth(c.x() - s * 0.22, box.top(), s * 0.44, s);
        p->drawRoundedRect(booth, 6, 6);
        QPainterPath handset;
        handset.moveTo(c.x() - s * 0.1, box.top() + s * 0.3);
        handset.quadTo(c.x(), box.top() + s * 0.55, c.x() + s * 0.1, box.top() + s * 0.7);
        p->drawPath(handset);
        break;
    }
    case SystemResourceType::PrivateOffice: { // a door with a handle
        p->drawRect(QRectF(c.x() - s * 0.25, box.top(), s * 0.5, s));
        p->drawEllipse(QPointF(c.x() + s * 0.15, c.y()), s * 0.04, s * 0.04);
        break;
    }
    case SystemResourceType::EventSpace: { // a stage facing rows of seats
        p->drawRect(QRectF(box.left() + s * 0.1, box.top(), s * 0.8, s * 0.2));
        for (qreal y : {0.45, 0.65, 0.85})
            for (qreal x : {0.2, 0.4, 0.6, 0.8})
                drawChair(p, {box.left() + s * x, box.top() + s * y}, s * 0.05);
        break;
    }
    case SystemResourceType::DayPass: { // a ticket
        p->drawRoundedRect(QRectF(box.left(), c.y() - s * 0.25, s, s * 0.5), 4, 4);
        p->drawLine(QPointF(box.left() + s * 0.3, c.y() - s * 0.25), QPointF(box.left() + s * 0.3, c.y() + s * 0.25));
        break;
    }
    default: { // anything else: a box with a dot, neutral on purpose
        p->drawRoundedRect(box.adjusted(s * 0.1, s * 0.1, -s * 0.1, -s * 0.1), 4, 4);
        p->drawEllipse(c, s * 0.06, s * 0.06);
        break;
    }
    }
    p->restore();
}

void ResourceCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QRect card = opt.rect.adjusted(2, 2, -2, -2);
    const bool selected = opt.state & QStyle::State_Selected;

    painter->save();
    // The card: a frame, and for the selected one a thick highlight frame over a light tint. The text
    // keeps the normal text colour, so it reads the same whether or not the view has focus.
    painter->fillRect(card, opt.palette.color(QPalette::Base));
    if (selected) {
        QColor tint = opt.palette.color(QPalette::Highlight);
        tint.setAlpha(40);
        painter->fillRect(card, tint);
        painter->setPen(QPen(opt.palette.color(QPalette::Highlight), 3));
        painter->drawRect(card.adjusted(1, 1, -2, -2));
    } else {
        painter->setPen(opt.palette.color(QPalette::Mid));
        painter->drawRect(card.adjusted(0, 0, -1, -1));
    }

    const QFontMetrics metrics(opt.font);
    const int em = emOf(metrics);
    const QRect pictureRect(card.left() + paddingPx, card.top() + paddingPx, card.width() - 2 * paddingPx, pictureHeightEm * em);
    const qint64 id = index.data(Model::IdRole).toLongLong();
    QImage picture;
    if (m_loader) {
        picture = m_loader->picture(id);
        if (picture.isNull() && !m_loader->hasFailed(id)) // painted means visible: the time to ask for it
            m_loader->request(id, index.data(Model::ResourceRole).value<domain::Resource>().hasImage);
    }
    if (!picture.isNull()) {
        // Fill the frame, cropping the middle of the picture rather than distorting it.
        const QSize scaled = picture.size().scaled(pictureRect.size(), Qt::KeepAspectRatioByExpanding);
        const QRect source((picture.width() - picture.width() * pictureRect.width() / scaled.width()) / 2,
                           (picture.height() - picture.height() * pictureRect.height() / scaled.height()) / 2,
                           picture.width() * pictureRect.width() / scaled.width(),
                           picture.height() * pictureRect.height() / scaled.height());
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->drawImage(pictureRect, picture, source);
    } else {
        paintPlaceholder(painter, pictureRect, domain::systemResourceTypeFromInt(index.data(Model::SystemTypeRole).toInt()),
                         opt.palette);
    }

    const QColor text = opt.palette.color(QPalette::Text);
    const int line = metrics.lineSpacing();
    QRect row(pictureRect.left(), pictureRect.bottom() + paddingPx, pictureRect.width(), line);
    QFont bold = opt.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(row, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(index.data(Model::NameRole).toString(), Qt::ElideRight, row.width()));
    painter->setFont(opt.font);
    row.translate(0, line);
    painter->drawText(row, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(typeAndLocationText(index), Qt::ElideRight, row.width()));
    row.translate(0, line);
    painter->drawText(row, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(index.data(Model::CapacityTextRole).toString(), Qt::ElideRight, row.width()));
    if (index.data(Model::RequiresConfirmationRole).toBool()) {
        // In words (never a colour alone).
        row.translate(0, line);
        QFont italic = opt.font;
        italic.setItalic(true);
        painter->setFont(italic);
        painter->drawText(row, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(italic).elidedText(needsApprovalText(), Qt::ElideRight, row.width()));
    }
    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = card.adjusted(1, 1, -1, -1);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
    painter->restore();
}

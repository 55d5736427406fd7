// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaticTextDelegate.h"

#include <QApplication>
#include <QPainter>

namespace {
// A few screens of cells in each of a few fonts and widths; entries are small.
constexpr int cachedTexts = 4000;
} // namespace

StaticTextDelegate::StaticTextDelegate(QObject *parent) : QStyledItemDelegate(parent), m_texts(cachedTexts) {}

const QStaticText &StaticTextDelegate::laidOut(const QString &text, const QFont &font, int width, Qt::TextElideMode elide) const
{
    if (font != m_font) { // one font per view in practice: a change (zoom, style) starts afresh
        m_texts.clear();
        m_font = font;
    }
    const QString key = QString::number(width) + QLatin1Char('\x1f') + text;
    if (QStaticText *cached = m_texts.object(key))
        return *cached;
    auto *laid = new QStaticText(QFontMetrics(font).elidedText(text, elide, width));
    laid->setTextFormat(Qt::PlainText);
    laid->setPerformanceHint(QStaticText::AggressiveCaching);
    laid->prepare(QTransform(), font);
    m_texts.insert(key, laid);
    return *laid;
}

void StaticTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // Anything but one plain line (icons, check boxes, several lines) is left to the style as it is.
    if (!opt.icon.isNull() || (opt.features & QStyleOptionViewItem::HasCheckIndicator) || opt.text.contains(QChar::LineSeparator)
        || opt.text.contains(QLatin1Char('\n'))) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QString text = std::exchange(opt.text, QString());
    // The style draws the focus frame over the text: it is drawn after the text here too.
    const bool focus = opt.state & QStyle::State_HasFocus;
    opt.state &= ~QStyle::State_HasFocus;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection
    if (!text.isEmpty())
        drawText(painter, opt, text);
    if (focus) {
        opt.state |= QStyle::State_HasFocus;
        opt.text = text;
        QStyleOptionFocusRect frame;
        frame.QStyleOption::operator=(opt);
        frame.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &opt, widget);
        frame.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        const QPalette::ColorGroup group = (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
        frame.backgroundColor = opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &frame, painter, widget);
    }
}

void StaticTextDelegate::drawText(QPainter *painter, const QStyleOptionViewItem &opt, const QString &text) const
{
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Without icon or check box the style gives the text the whole cell (asking it would measure
    // the text, which is what this delegate saves), inside the same margin it draws text with.
    QRect area = opt.rect;
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    area.adjust(margin, 0, -margin, 0);
    if (area.width() <= 0)
        return;
    const QStaticText &laid = laidOut(text, opt.font, area.width(), opt.textElideMode);
    const QSizeF size = laid.size();
    const Qt::Alignment align = QStyle::visualAlignment(opt.direction, opt.displayAlignment);
    qreal x = area.left();
    if (align & Qt::AlignRight)
        x = area.right() + 1 - size.width();
    else if (align & Qt::AlignHCenter)
        x = area.left() + (area.width() - size.width()) / 2;
    const qreal y = area.top() + (area.height() - size.height()) / 2;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Normal
                                                                             : QPalette::Inactive;
    const QPalette::ColorRole role = (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, role));
    painter->setClipRect(area);
    painter->drawStaticText(QPointF(x, y), laid);
    painter->restore();
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QStaticText>
#include <QStyledItemDelegate>

//! Paints plain one-line cells like QStyledItemDelegate, but keeps each cell's laid-out text
//! (elided to its width) in a QStaticText: a repaint of a table of rooms then draws glyphs it
//! already shaped instead of shaping every visible cell again (most of a repaint's time).
class StaticTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit StaticTextDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    //! One line of text where the style would draw it, from the kept layout.
    void drawText(QPainter *painter, const QStyleOptionViewItem &opt, const QString &text) const;
    //! The cell's text laid out for `font` within `width` pixels (elided as the view elides).
    const QStaticText &laidOut(const QString &text, const QFont &font, int width, Qt::TextElideMode elide) const;

    mutable QCache<QString, QStaticText> m_texts; //!< by width and text, for m_font
    mutable QFont m_font;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstPaint.h"

#include "StartupTiming.h"

#include <QAbstractScrollArea>
#include <QEvent>

void FirstPaint::mark(QWidget *widget, const char *event, const QString &details)
{
    if (!widget || !lcTiming().isInfoEnabled())
        return;
    new FirstPaint(widget, event, details);
}

FirstPaint::FirstPaint(QWidget *widget, const char *event, const QString &details)
    : QObject(widget), m_event(event), m_details(details)
{
    // A list or table paints its rows on its viewport, not on itself.
    auto *area = qobject_cast<QAbstractScrollArea *>(widget);
    (area ? area->viewport() : widget)->installEventFilter(this);
}

bool FirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_done) {
        m_done = true;
        timing::markOnce(m_event, m_details);
        watched->removeEventFilter(this);
        deleteLater();
    }
    return false;
}

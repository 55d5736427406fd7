// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QWidget;

//! Marks a timing milestone (`portaldesk.timing`) when `widget` next paints: the moment rows a
//! model just received are on screen, not merely in the model. Nothing is watched when the
//! category is off, or when the milestone was marked already.
class FirstPaint : public QObject
{
    Q_OBJECT
public:
    static void mark(QWidget *widget, const char *event, const QString &details);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FirstPaint(QWidget *widget, const char *event, const QString &details);

    const char *m_event;
    QString m_details;
    bool m_done = false;
};

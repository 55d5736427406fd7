// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <functional>

class QWidget;

//! --screenshot: saves the window once everything it should show has arrived, prints the path
//! and asks to end the run.
class ScreenshotRun : public QObject
{
    Q_OBJECT
public:
    using Condition = std::function<bool()>;
    //! `ready` says whether the data has arrived; `offline` whether the picture shows the offline copy.
    ScreenshotRun(QString path, QWidget *window, Condition ready, Condition offline, QObject *parent = nullptr);

    //! Something arrived: shoot when the window has everything (after it has laid out).
    void check();
    //! Shoots now, whatever is there (e.g. no account to show).
    void shootNow();

Q_SIGNALS:
    void done(int exitCode);

private:
    QString m_path;
    QWidget *m_window;
    Condition m_ready;
    Condition m_offline;
    bool m_scheduled = false;
};

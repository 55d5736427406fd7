// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenshotRun.h"

#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QTimer>
#include <QWidget>
#include <cstdio>

ScreenshotRun::ScreenshotRun(QString path, QWidget *window, Condition ready, Condition offline, QObject *parent)
    : QObject(parent), m_path(std::move(path)), m_window(window), m_ready(std::move(ready)), m_offline(std::move(offline))
{
}

void ScreenshotRun::check()
{
    if (m_scheduled || !m_ready())
        return;
    m_scheduled = true;
    // Let the view lay out first; a list that went on loading meanwhile is waited for again.
    QTimer::singleShot(100, this, [this] {
        m_scheduled = false;
        if (m_ready())
            shootNow();
    });
}

void ScreenshotRun::shootNow()
{
    const QString path = QFileInfo(m_path).absoluteFilePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!m_window->grab().save(path, "PNG")) {
        std::fprintf(stderr, "%s\n", qPrintable(tr("Could not save the screenshot to %1.").arg(path)));
        Q_EMIT done(1);
        return;
    }
    std::printf("%s\n", qPrintable(path));
    std::fflush(stdout);
    if (m_offline()) // scripts learn the picture shows the offline copy
        std::fprintf(stderr, "%s\n", qPrintable(tr("Offline: the picture shows the offline copy.")));
    Q_EMIT done(0);
}

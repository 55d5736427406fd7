// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageController.h"

#include "LanguageSwitcher.h"
#include "MainWindow.h"

LanguageController::LanguageController(const QString &initial, QObject *parent)
    : QObject(parent), m_switcher(new LanguageSwitcher(this))
{
    m_switcher->apply(initial);
}

QString LanguageController::current() const
{
    return m_switcher->current();
}

void LanguageController::bindMenu(MainWindow *window)
{
    m_window = window;
    refreshMenu();
    connect(window, &MainWindow::languageChosen, this, &LanguageController::switchTo);
}

void LanguageController::switchTo(const QString &code)
{
    m_switcher->apply(code);
    refreshMenu();
    Q_EMIT changed(m_switcher->current());
}

void LanguageController::refreshMenu()
{
    if (!m_window)
        return;
    QList<QPair<QString, QString>> languages;
    for (const QString &code : LanguageSwitcher::supportedLanguages())
        languages.append({code, LanguageSwitcher::nativeName(code)});
    m_window->setLanguages(languages, m_switcher->current());
}

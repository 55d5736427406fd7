// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class LanguageSwitcher;
class MainWindow;

//! The UI language: the translators, the Language menu, and one signal everyone who shows words
//! (and the API's localized routes) follows.
class LanguageController : public QObject
{
    Q_OBJECT
public:
    explicit LanguageController(const QString &initial, QObject *parent = nullptr);

    QString current() const;
    //! The window's Language menu lists the languages and picks through this controller.
    void bindMenu(MainWindow *window);
    void switchTo(const QString &code);

Q_SIGNALS:
    void changed(const QString &code);

private:
    void refreshMenu();

    LanguageSwitcher *m_switcher;
    MainWindow *m_window = nullptr;
};

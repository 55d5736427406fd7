// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QTranslator;

//! Switches the UI language at once, without a restart: swaps the installed translators (ours and
//! Qt's own), so every widget receives a LanguageChange event and re-translates itself. The same
//! code then selects the API's `/{lang}/` routes (the controller passes it on).
class LanguageSwitcher : public QObject
{
    Q_OBJECT
public:
    explicit LanguageSwitcher(QObject *parent = nullptr);

    //! The languages the Nexudus portal ships; the UI offers the same.
    static QStringList supportedLanguages();
    //! `requested` if supported, else the system's language if supported, else English.
    static QString choose(const QString &requested);
    //! The language's own name, e.g. "Français", for the menu.
    static QString nativeName(const QString &code);

    QString current() const { return m_current; }
    //! Installs the translations of `code` (one of supportedLanguages()).
    void apply(const QString &code);

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    QTranslator *m_appTranslator = nullptr;
    QTranslator *m_qtTranslator = nullptr;
    QString m_current;
};

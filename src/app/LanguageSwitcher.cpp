// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageSwitcher.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

LanguageSwitcher::LanguageSwitcher(QObject *parent) : QObject(parent) {}

QStringList LanguageSwitcher::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr"),
            QStringLiteral("de"), QStringLiteral("it"), QStringLiteral("pt")};
}

QString LanguageSwitcher::choose(const QString &requested)
{
    const QStringList supported = supportedLanguages();
    const QString wanted = requested.left(2).toLower();
    if (supported.contains(wanted))
        return wanted;
    const QString system = QLocale::system().name().left(2).toLower();
    return supported.contains(system) ? system : QStringLiteral("en");
}

QString LanguageSwitcher::nativeName(const QString &code)
{
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

void LanguageSwitcher::apply(const QString &code)
{
    const QString language = choose(code);
    if (language == m_current)
        return;
    // Remove the old catalogues first: Qt looks translators up newest first.
    for (QTranslator *old : {m_appTranslator, m_qtTranslator}) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    const QLocale locale(language);
    QLocale::setDefault(locale); // dates, times, numbers and prices follow the language
    m_qtTranslator = new QTranslator(this);
    if (m_qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qtTranslator);
    m_appTranslator = new QTranslator(this);
    if (m_appTranslator->load(QStringLiteral(":/i18n/portal-desk_%1.qm").arg(language)))
        QCoreApplication::installTranslator(m_appTranslator);
    else
        qCWarning(lcApp) << "No translation catalogue for" << language;
    m_current = language;
    Q_EMIT languageChanged(language);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QTranslator>

//! Stands in for the English catalogue's plural forms in unit tests: "%n hour(s)" reads "1 hour" and
//! "2 hours", as the app shows it with portal-desk_en.qm loaded.
class EnglishPluralTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char *, int n) const override
    {
        const QString source = QString::fromUtf8(sourceText);
        if (n < 0 || !source.contains(u"(s)"))
            return {};
        QString text = source;
        return text.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    }
};

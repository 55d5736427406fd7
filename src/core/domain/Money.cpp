// SPDX-License-Identifier: GPL-3.0-or-later
#include "Money.h"

#include <QHash>
#include <QLocale>

namespace domain {

namespace {
QString symbolFor(const QString &code)
{
    // The currencies of the spaces seen so far; QLocale cannot map a code to a symbol by itself.
    static const QHash<QString, QString> symbols{{QStringLiteral("EUR"), QStringLiteral("€")},
                                                 {QStringLiteral("GBP"), QStringLiteral("£")},
                                                 {QStringLiteral("USD"), QStringLiteral("$")},
                                                 {QStringLiteral("JPY"), QStringLiteral("¥")}};
    return symbols.value(code.toUpper());
}
} // namespace

QString formatMoney(double amount, const QString &currencyCode)
{
    const QLocale locale;
    const QString symbol = symbolFor(currencyCode);
    if (!symbol.isEmpty())
        return locale.toCurrencyString(amount, symbol, 2);
    const QString number = locale.toString(amount, 'f', 2);
    return currencyCode.isEmpty() ? number : QString(number + u' ' + currencyCode.toUpper());
}

} // namespace domain

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace domain {

//! An amount in a currency, in the app's locale: "€25.00", "25,00 €", "£9.50"; an unknown code is
//! written out ("25.00 CHF") rather than guessed.
QString formatMoney(double amount, const QString &currencyCode);

} // namespace domain

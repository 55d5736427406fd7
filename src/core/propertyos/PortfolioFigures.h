// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PropertyOsTypes.h"

namespace propertyos {

//! The figures at the top of the Properties view, over every property the account has.
struct PortfolioFigures {
    int properties = 0;
    qint64 units = 0;
    qint64 occupiedUnits = 0;

    //! Occupied units over all units, 0..1; 0 when there are no units.
    double occupancyRate() const { return units > 0 ? double(occupiedUnits) / double(units) : 0.0; }
    static PortfolioFigures of(const QList<Property> &properties);
};

inline PortfolioFigures PortfolioFigures::of(const QList<Property> &properties)
{
    PortfolioFigures figures;
    figures.properties = int(properties.size());
    for (const Property &p : properties) {
        figures.units += p.unitsCount;
        figures.occupiedUnits += p.occupiedUnits;
    }
    return figures;
}

} // namespace propertyos

// SPDX-License-Identifier: GPL-3.0-or-later
#include "Datasets.h"

#include <QCoreApplication>

namespace repository {

QList<Dataset> Datasets::all()
{
    using namespace datasets;
    return {rooms,        roomDetails,        bookings,        cancelledBookings,     news,          newsArticles, identity,
            applications, applicationDetails, reviewResources, reviewResourceDetails, resourceTypes, bookingRates};
}

QString Datasets::title(const QString &name)
{
    for (const Dataset &dataset : all()) {
        if (name == QLatin1String(dataset.name))
            return QCoreApplication::translate("repository::Datasets", dataset.title);
    }
    return name;
}

} // namespace repository

// SPDX-License-Identifier: GPL-3.0-or-later
#include "Datasets.h"

#include "api/ApiError.h"

#include <QCoreApplication>

namespace repository {

QList<Dataset> Datasets::all()
{
    using namespace datasets;
    return {rooms,        roomDetails,        bookings,        cancelledBookings,     news,          newsArticles, identity,
            applications, applicationDetails, reviewResources, reviewResourceDetails, resourceTypes, bookingRates};
}

AfterFailure Datasets::afterFailure(const Dataset &dataset, const api::ApiError &error)
{
    const bool unreachable = error.isUnreachable();
    if (readsCopyFirst(dataset))
        return unreachable ? AfterFailure::KeepCopyOffline : AfterFailure::KeepCopy;
    return unreachable ? AfterFailure::ReadCopy : AfterFailure::ShowFailure;
}

bool Datasets::copyAnswers(const Dataset &dataset, const api::ApiError &error)
{
    const AfterFailure after = afterFailure(dataset, error);
    return after == AfterFailure::ReadCopy || after == AfterFailure::KeepCopyOffline;
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

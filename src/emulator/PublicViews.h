// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoData.h"

#include <QJsonObject>

namespace emulator {

// Portal-side (members) views of the data, shared by /api/public and /{lang} routes.
namespace PublicViews {

QString localTime(const QDateTime &utc, const QString &ianaZone); // wall-clock ISO, no offset
QString formatMoney(const Business &business, double amount);
QString chargePeriodName(int period);

QList<int> publishedResourceRows(const DemoData &data);   // Visible and not Archived
QJsonObject resourceSummary(const DemoData &data, const ResourceRec &r);
// Full public record: secrets and integration internals removed; ResourceType{BookingRates}, Price added.
QJsonObject resourceDetails(const DemoData &data, int row);
QJsonObject resourceType(const DemoData &data, qint64 typeId);

QJsonObject business(const Business &b);
QJsonObject businessRef(const DemoData &data, qint64 businessId); // {Id, Name, WebAddress}

bool isPublished(const BlogPostRec &post, const QDateTime &now);
QList<int> publishedPostRows(const DemoData &data);
QJsonObject blogPost(const DemoData &data, const BlogPostRec &post);
QJsonObject blogCategory(const BlogCategoryRec &c);
QJsonArray blogCategories(const DemoData &data);

} // namespace PublicViews
} // namespace emulator

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Resource.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace domain {

//! Maps the Records of a list page; entries that are not objects are skipped, not defaulted.
QList<Resource> resourcesFromRecords(const QJsonArray &records);

//! A single-resource answer: the portal wraps it as {"Resource": {...}}, other routes send it bare.
Resource resourceFromSingleResponse(const QJsonObject &body);

} // namespace domain

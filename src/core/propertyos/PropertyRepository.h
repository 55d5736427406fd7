// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Calls.h"
#include "PropertyOsWrites.h"

#include <optional>

namespace propertyos {

//! The account's properties: every one (optionally of one status), and new ones.
class PropertyRepository
{
public:
    explicit PropertyRepository(PropertyOsClient &client) : m_client(client) {}

    ListWalk *list(std::optional<PropertyStatus> status, QObject *context, calls::ListDone<Property> done,
                   calls::Failure failed);
    //! A refusal carries per-field errors (wire::fieldMessages). A POST is never re-sent.
    repository::Pending create(const wire::NewProperty &property, QObject *context, calls::RecordDone<Property> done,
                               calls::Failure failed);

private:
    PropertyOsClient &m_client;
};

} // namespace propertyos

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace domain {

//! Built-in resource category (the server's eResourceType), distinct from the space's own ResourceType.
enum class SystemResourceType {
    None = 0,
    MeetingRoom = 1,
    HotDesk = 2,
    PrivateOffice = 3,
    EventSpace = 4,
    Lab = 5,
    Kitchen = 6,
    TreatmentRoom = 7,
    StorageUnit = 9,
    Machine = 10,
    DayPass = 11,
    PhoneBooth = 12,
    Other = 99,
};

//! Maps the server's number. A number we do not know (a category added after this build) becomes
//! Other, the catch-all: the resource is still *some* kind of resource, whereas None means the space
//! explicitly gave no category. A missing field is the caller's business (Resource reads it as None).
SystemResourceType systemResourceTypeFromInt(int value);

//! Translated name for the UI, e.g. "Meeting room".
QString displayName(SystemResourceType type);

//! Every documented value, in the server's numeric order (for filter menus).
const QList<SystemResourceType> &allSystemResourceTypes();

} // namespace domain

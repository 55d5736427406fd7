// SPDX-License-Identifier: GPL-3.0-or-later
#include "SystemResourceType.h"

#include <QCoreApplication>

#include <array>

namespace domain {

namespace {
struct TypeName {
    SystemResourceType type;
    const char *name; // untranslated source text; lupdate finds it through QT_TRANSLATE_NOOP
};

constexpr const char *kContext = "domain::SystemResourceType";

// The single table of documented values: fromInt, the names and the list all read it.
constexpr std::array<TypeName, 13> kTypes{{
    {SystemResourceType::None, QT_TRANSLATE_NOOP("domain::SystemResourceType", "Uncategorised")},
    {SystemResourceType::MeetingRoom, QT_TRANSLATE_NOOP("domain::SystemResourceType", "Meeting room")},
    {SystemResourceType::HotDesk, QT_TRANSLATE_NOOP("domain::SystemResourceType", "Hot desk")},
    {SystemResourceType::PrivateOffice, QT_TRANSLATE_NOOP("domain::SystemResourceType", "Private office")},
    {SystemResourceType::EventSpace, QT_TRANSLATE_NOOP("domain::SystemResourceType", "Event space")},
    {SystemResourceType::Lab, QT_TRANSLATE_NOOP("domain::SystemResourceType", "Lab")},
    {SystemResourceType::Kitchen, QT_TRANSLATE_NOOP("domain::SystemResourceType", "Kitchen")},
    {SystemResourceType::TreatmentRoom, QT_TRANSLATE_NOOP("domain::SystemResourceType", "Treatment room")},
    {SystemResourceType::StorageUnit, QT_TRANSLATE_NOOP("domain::SystemResourceType", "Storage unit")},
    {SystemResourceType::Machine, QT_TRANSLATE_NOOP("domain::SystemResourceType", "Machine")},
    {SystemResourceType::DayPass, QT_TRANSLATE_NOOP("domain::SystemResourceType", "Day pass")},
    {SystemResourceType::PhoneBooth, QT_TRANSLATE_NOOP("domain::SystemResourceType", "Phone booth")},
    {SystemResourceType::Other, QT_TRANSLATE_NOOP("domain::SystemResourceType", "Other")},
}};
} // namespace

SystemResourceType systemResourceTypeFromInt(int value)
{
    for (const TypeName &entry : kTypes) {
        if (static_cast<int>(entry.type) == value)
            return entry.type;
    }
    return SystemResourceType::Other;
}

QString displayName(SystemResourceType type)
{
    for (const TypeName &entry : kTypes) {
        if (entry.type == type)
            return QCoreApplication::translate(kContext, entry.name);
    }
    return QCoreApplication::translate(kContext, "Other");
}

const QList<SystemResourceType> &allSystemResourceTypes()
{
    static const QList<SystemResourceType> all = [] {
        QList<SystemResourceType> types;
        for (const TypeName &entry : kTypes)
            types.append(entry.type);
        return types;
    }();
    return all;
}

} // namespace domain

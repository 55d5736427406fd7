// SPDX-License-Identifier: GPL-3.0-or-later
#include "Amenity.h"

#include <QCoreApplication>

#include <array>
#include <bit>

namespace domain {

namespace {
struct AmenityInfo {
    QStringView jsonKey;
    QStringView alternateKey;
    const char *label; // untranslated; lupdate finds it through QT_TRANSLATE_NOOP
    AmenityGroup group;
    const char *icon;
};

using G = AmenityGroup;

// Indexed by Amenity; the one place that knows keys, labels, groups and icons.
constexpr std::array<AmenityInfo, amenityCount> kInfo{{
    {u"Projector", {}, QT_TRANSLATE_NOOP("domain::Amenity", "Projector"), G::AudioVisual, "amenity-projector"},
    {u"Internet", {}, QT_TRANSLATE_NOOP("domain::Amenity", "Internet"), G::Connectivity, "amenity-internet"},
    {u"ConferencePhone", {}, QT_TRANSLATE_NOOP("domain::Amenity", "Conference phone"), G::Connectivity, "amenity-conference-phone"},
    {u"StandardPhone", {}, QT_TRANSLATE_NOOP("domain::Amenity", "Phone"), G::Connectivity, "amenity-phone"},
    {u"WhiteBoard", {}, QT_TRANSLATE_NOOP("domain::Amenity", "Whiteboard"), G::Workspace, "amenity-whiteboard"},
    {u"LargeDisplay", {}, QT_TRANSLATE_NOOP("domain::Amenity", "Large display"), G::AudioVisual, "amenity-large-display"},
    {u"Catering", {}, QT_TRANSLATE_NOOP("domain::Amenity", "Catering"), G::FoodAndDrink, "amenity-catering"},
    {u"TeaAndCoffee", {}, QT_TRANSLATE_NOOP("domain::Amenity", "Tea and coffee"), G::FoodAndDrink, "amenity-tea-coffee"},
    {u"Drinks", {}, QT_TRANSLATE_NOOP("domain::Amenity", "Drinks"), G::FoodAndDrink, "amenity-drinks"},
    {u"SecurityLock", {}, QT_TRANSLATE_NOOP("domain::Amenity", "Security lock"), G::Security, "amenity-security-lock"},
    {u"CCTV", {}, QT_TRANSLATE_NOOP("domain::Amenity", "CCTV"), G::Security, "amenity-cctv"},
    {u"VoiceRecorder", {}, QT_TRANSLATE_NOOP("domain::Amenity", "Voice recorder"), G::AudioVisual, "amenity-voice-recorder"},
    {u"AirConditioning", {}, QT_TRANSLATE_NOOP("domain::Amenity", "Air conditioning"), G::Comfort, "amenity-air-conditioning"},
    {u"Heating", {}, QT_TRANSLATE_NOOP("domain::Amenity", "Heating"), G::Comfort, "amenity-heating"},
    {u"NaturalLight", {}, QT_TRANSLATE_NOOP("domain::Amenity", "Natural light"), G::Comfort, "amenity-natural-light"},
    {u"StandingDesk", {}, QT_TRANSLATE_NOOP("domain::Amenity", "Standing desk"), G::Workspace, "amenity-standing-desk"},
    {u"QuietZone", {}, QT_TRANSLATE_NOOP("domain::Amenity", "Quiet zone"), G::Comfort, "amenity-quiet-zone"},
    {u"WirelessCharger", {}, QT_TRANSLATE_NOOP("domain::Amenity", "Wireless charger"), G::Connectivity, "amenity-wireless-charger"},
    {u"PrivacyScreen", {}, QT_TRANSLATE_NOOP("domain::Amenity", "Privacy screen"), G::Workspace, "amenity-privacy-screen"},
    {u"Soundproof", {}, QT_TRANSLATE_NOOP("domain::Amenity", "Soundproof"), G::Comfort, "amenity-soundproof"},
    {u"VideoConferencing", {}, QT_TRANSLATE_NOOP("domain::Amenity", "Video conferencing"), G::AudioVisual, "amenity-video-conferencing"},
    {u"DualDisplayScreen", {}, QT_TRANSLATE_NOOP("domain::Amenity", "Dual display screen"), G::AudioVisual, "amenity-dual-display"},
    {u"DisplayScreen", {}, QT_TRANSLATE_NOOP("domain::Amenity", "Display screen"), G::AudioVisual, "amenity-display-screen"},
    {u"WirelessPresentation", {}, QT_TRANSLATE_NOOP("domain::Amenity", "Wireless presentation"), G::AudioVisual,
     "amenity-wireless-presentation"},
    // Seed 003 writes "PaSystem"; the field list in nexudus-api.md 7.1 writes "PASystem".
    {u"PaSystem", u"PASystem", QT_TRANSLATE_NOOP("domain::Amenity", "PA system"), G::AudioVisual, "amenity-pa-system"},
    {u"DesktopMonitor", {}, QT_TRANSLATE_NOOP("domain::Amenity", "Desktop monitor"), G::Workspace, "amenity-desktop-monitor"},
    {u"FlipChart", {}, QT_TRANSLATE_NOOP("domain::Amenity", "Flip chart"), G::Workspace, "amenity-flip-chart"},
    {u"SecureStorage", {}, QT_TRANSLATE_NOOP("domain::Amenity", "Secure storage"), G::Security, "amenity-secure-storage"},
}};

const AmenityInfo &info(Amenity amenity)
{
    return kInfo[static_cast<size_t>(amenity)];
}
} // namespace

QStringView amenityJsonKey(Amenity amenity) { return info(amenity).jsonKey; }
QStringView amenityAlternateJsonKey(Amenity amenity) { return info(amenity).alternateKey; }

std::optional<Amenity> amenityFromJsonKey(QStringView key)
{
    for (int i = 0; i < amenityCount; ++i) {
        if (kInfo[size_t(i)].jsonKey.compare(key, Qt::CaseInsensitive) == 0)
            return static_cast<Amenity>(i);
    }
    return std::nullopt;
}

QString amenityLabel(Amenity amenity)
{
    return QCoreApplication::translate("domain::Amenity", info(amenity).label);
}

AmenityGroup amenityGroup(Amenity amenity) { return info(amenity).group; }

QString amenityGroupLabel(AmenityGroup group)
{
    switch (group) {
    case AmenityGroup::AudioVisual: return QCoreApplication::translate("domain::AmenityGroup", "Audio-visual");
    case AmenityGroup::Connectivity: return QCoreApplication::translate("domain::AmenityGroup", "Connectivity");
    case AmenityGroup::Workspace: return QCoreApplication::translate("domain::AmenityGroup", "Workspace");
    case AmenityGroup::Comfort: return QCoreApplication::translate("domain::AmenityGroup", "Comfort");
    case AmenityGroup::FoodAndDrink: return QCoreApplication::translate("domain::AmenityGroup", "Food & drink");
    case AmenityGroup::Security: return QCoreApplication::translate("domain::AmenityGroup", "Security");
    }
    return {};
}

QString amenityIconName(Amenity amenity) { return QString::fromLatin1(info(amenity).icon); }

const QList<Amenity> &allAmenities()
{
    static const QList<Amenity> all = [] {
        QList<Amenity> list;
        for (int i = 0; i < amenityCount; ++i)
            list.append(static_cast<Amenity>(i));
        return list;
    }();
    return all;
}

const QList<AmenityGroup> &allAmenityGroups()
{
    static const QList<AmenityGroup> all{AmenityGroup::AudioVisual, AmenityGroup::Connectivity,
                                         AmenityGroup::Workspace,   AmenityGroup::Comfort,
                                         AmenityGroup::FoodAndDrink, AmenityGroup::Security};
    return all;
}

QList<Amenity> amenitiesInGroup(AmenityGroup group)
{
    QList<Amenity> list;
    for (Amenity amenity : allAmenities()) {
        if (amenityGroup(amenity) == group)
            list.append(amenity);
    }
    return list;
}

AmenitySet AmenitySet::of(std::initializer_list<Amenity> amenities)
{
    AmenitySet set;
    for (Amenity amenity : amenities)
        set.set(amenity);
    return set;
}

int AmenitySet::count() const { return std::popcount(m_bits); }

QList<Amenity> AmenitySet::toList() const
{
    QList<Amenity> list;
    for (int i = 0; i < amenityCount; ++i) {
        if (has(static_cast<Amenity>(i)))
            list.append(static_cast<Amenity>(i));
    }
    return list;
}

} // namespace domain

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace domain {

//! The 28 amenity flags a resource carries as booleans in the API. The numeric value is the bit
//! index in AmenitySet, so it must stay below 32 and must not be reordered once cached.
enum class Amenity {
    Projector, Internet, ConferencePhone, StandardPhone, WhiteBoard, LargeDisplay, Catering,
    TeaAndCoffee, Drinks, SecurityLock, CCTV, VoiceRecorder, AirConditioning, Heating, NaturalLight,
    StandingDesk, QuietZone, WirelessCharger, PrivacyScreen, Soundproof, VideoConferencing,
    DualDisplayScreen, DisplayScreen, WirelessPresentation, PaSystem, DesktopMonitor, FlipChart,
    SecureStorage,
};
inline constexpr int amenityCount = 28;

//! Groups of the filter panel, in display order.
enum class AmenityGroup { AudioVisual, Connectivity, Workspace, Comfort, FoodAndDrink, Security };

//! The JSON key as written by seed 003 (e.g. "PaSystem"; other docs spell it "PASystem").
QStringView amenityJsonKey(Amenity amenity);
//! Other spellings seen in the docs for the same flag (empty for most), read as well as the main key.
QStringView amenityAlternateJsonKey(Amenity amenity);
//! Case-insensitive reverse lookup of a JSON key ("PASystem" and "PaSystem" both work).
std::optional<Amenity> amenityFromJsonKey(QStringView key);

QString amenityLabel(Amenity amenity);       //!< translated, e.g. "Video conferencing"
AmenityGroup amenityGroup(Amenity amenity);
QString amenityGroupLabel(AmenityGroup group); //!< translated, e.g. "Audio-visual"
QString amenityIconName(Amenity amenity);    //!< themed icon name, e.g. "amenity-projector"

const QList<Amenity> &allAmenities();
const QList<AmenityGroup> &allAmenityGroups();
QList<Amenity> amenitiesInGroup(AmenityGroup group);

//! A compact set of amenities: one bit per Amenity, cheap to copy, compare and filter with.
class AmenitySet
{
public:
    constexpr AmenitySet() = default;
    static constexpr AmenitySet fromBits(quint32 bits) { return AmenitySet(bits & allBitsMask()); }
    static AmenitySet of(std::initializer_list<Amenity> amenities);

    constexpr bool has(Amenity amenity) const { return (m_bits & bit(amenity)) != 0; }
    constexpr void set(Amenity amenity, bool on = true)
    {
        m_bits = on ? (m_bits | bit(amenity)) : (m_bits & ~bit(amenity));
    }
    //! True when every amenity of `required` is here (an empty requirement is always met).
    constexpr bool containsAll(AmenitySet required) const { return (m_bits & required.m_bits) == required.m_bits; }
    int count() const;
    constexpr bool isEmpty() const { return m_bits == 0; }
    constexpr quint32 bits() const { return m_bits; }
    QList<Amenity> toList() const; //!< in enum order

    constexpr AmenitySet operator|(AmenitySet other) const { return AmenitySet(m_bits | other.m_bits); }
    constexpr bool operator==(const AmenitySet &) const = default;

private:
    constexpr explicit AmenitySet(quint32 bits) : m_bits(bits) {}
    static constexpr quint32 bit(Amenity amenity) { return quint32(1) << static_cast<int>(amenity); }
    static constexpr quint32 allBitsMask() { return (quint32(1) << amenityCount) - 1; }

    quint32 m_bits = 0;
};

} // namespace domain

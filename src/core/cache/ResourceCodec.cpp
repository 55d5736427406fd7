// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceCodec.h"

#include <QJsonDocument>
#include <QStringEncoder>
#include <QtEndian>

#include <bit>
#include <cstring>
#include <type_traits>

namespace cache::ResourceCodec {

using namespace domain;

namespace {

constexpr char kMagic = 'R'; // JSON text starts with '{': the two forms cannot be confused

//! Writes or reads values in one direction: one function per type (stream() below) serves both,
//! so the write and read orders cannot drift apart. A plain little-endian layout with UTF-8 text,
//! read straight from the record's bytes: QDataStream was measured first, and its per-field device
//! calls and UTF-16 text made loading 10,000 rooms twice as slow and the file twice as large.
class Stream
{
public:
    explicit Stream(QByteArray *out) : reading(false), m_out(out) {}
    Stream(const char *begin, const char *end) : reading(true), m_at(begin), m_end(end) {}

    const bool reading;
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_end; }
    void fail() { m_ok = false; }
    //! A count read from the record, refused when fewer than `count * itemSize` bytes remain
    //! (damaged bytes must never make us allocate gigabytes).
    bool plausibleCount(quint32 count, size_t itemSize)
    {
        if (m_ok && size_t(m_end - m_at) / itemSize >= count)
            return true;
        fail();
        return false;
    }

    template <typename T>
        requires std::is_integral_v<T>
    void operator()(T &value)
    {
        if (!reading) {
            const T little = qToLittleEndian(value);
            m_out->append(reinterpret_cast<const char *>(&little), sizeof little);
        } else if (take(sizeof value)) {
            value = qFromLittleEndian<T>(m_at - sizeof value);
        } else {
            value = T{};
        }
    }
    void operator()(bool &value)
    {
        quint8 byte = value ? 1 : 0;
        (*this)(byte);
        value = byte != 0;
    }
    void operator()(double &value)
    {
        quint64 bits = std::bit_cast<quint64>(value);
        (*this)(bits);
        value = std::bit_cast<double>(bits);
    }
    void operator()(QString &value)
    {
        if (!reading) {
            // Encoded straight into the record, after a length slot filled in once it is known
            // (no temporary byte array per string: a write has 40 of them per room).
            const qsizetype lengthAt = m_out->size();
            const qsizetype start = lengthAt + qsizetype(sizeof(quint32));
            m_out->resize(start + m_utf8.requiredSpace(value.size()));
            char *end = m_utf8.appendToBuffer(m_out->data() + start, value);
            m_out->resize(end - m_out->constData());
            qToLittleEndian(quint32(m_out->size() - start), m_out->data() + lengthAt);
            return;
        }
        quint32 length = 0;
        (*this)(length);
        value = plausibleCount(length, 1) && take(length) ? QString::fromUtf8(m_at - length, qsizetype(length)) : QString();
    }
    void operator()(QDateTime &value)
    {
        // Kind, then the instant; an offset keeps its offset, so wall-clock digits read the same.
        enum Kind : quint8 { Invalid, Utc, Local, Offset };
        quint8 kind = !value.isValid()                       ? Invalid
                      : value.timeSpec() == Qt::UTC          ? Utc
                      : value.timeSpec() == Qt::LocalTime    ? Local
                                                             : Offset;
        (*this)(kind);
        if (kind == Invalid) {
            value = QDateTime();
            return;
        }
        qint64 msecs = value.isValid() ? value.toMSecsSinceEpoch() : 0;
        qint32 offset = value.isValid() ? value.offsetFromUtc() : 0;
        (*this)(msecs);
        if (kind == Offset)
            (*this)(offset);
        if (!reading)
            return;
        switch (kind) {
        case Utc: value = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC); break;
        case Local: value = QDateTime::fromMSecsSinceEpoch(msecs, Qt::LocalTime); break;
        case Offset: value = QDateTime::fromMSecsSinceEpoch(msecs, Qt::OffsetFromUTC, offset); break;
        default: fail(); value = QDateTime(); break;
        }
    }
    void operator()(QList<qint64> &values)
    {
        quint32 count = quint32(values.size());
        (*this)(count);
        if (reading) {
            values.clear();
            if (!plausibleCount(count, sizeof(qint64)))
                return;
            values.resize(count);
        }
        for (qint64 &value : values)
            (*this)(value);
    }
    template <typename T>
    void operator()(std::optional<T> &value)
    {
        bool present = value.has_value();
        (*this)(present);
        if (!present) {
            value.reset();
            return;
        }
        T inner = value.value_or(T{});
        (*this)(inner);
        value = inner;
    }
    template <typename Enum>
    void asInt(Enum &value)
    {
        qint32 number = static_cast<qint32>(value);
        (*this)(number);
        value = static_cast<Enum>(number);
    }

private:
    //! Moves past `size` bytes, or fails when fewer remain.
    bool take(size_t size)
    {
        if (!m_ok || size_t(m_end - m_at) < size) {
            m_ok = false;
            return false;
        }
        m_at += size;
        return true;
    }

    QByteArray *m_out = nullptr;
    QStringEncoder m_utf8{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
    const char *m_at = nullptr;
    const char *m_end = nullptr;
    bool m_ok = true;
};

void stream(Stream &io, RecordBase &r)
{
    io(r.id);
    io(r.uniqueId);
    io(r.createdOn);
    io(r.updatedOn);
    io(r.createdOnUtc);
    io(r.updatedOnUtc);
    io(r.updatedBy);
    io(r.isNew);
    io(r.systemId);
}

void stream(Stream &io, CancellationFee &fee)
{
    io(fee.charged);
    io.asInt(fee.type);
    io(fee.amount);
    io(fee.percentage);
    io(fee.productId);
    io(fee.productName);
}

void stream(Stream &io, BookingPolicy &p)
{
    io(p.bookInAdvanceLimitDays);
    io(p.lateBookingLimitMinutes);
    io(p.lateCancellationLimitMinutes);
    io(p.intervalLimitMinutes);
    io(p.noReturnPolicyMinutes);
    io(p.noReturnPolicyAllResourcesMinutes);
    io(p.noReturnPolicyAllUsersMinutes);
    io(p.maxBookingLengthMinutes);
    io(p.minBookingLengthMinutes);
    io(p.repeatBookingQuantityLimit);
    io(p.repeatBookingPeriodLimitInMonths);
    io(p.requiresConfirmation);
    io(p.allowMultipleBookings);
    io(p.allocation);
    io(p.limitVisitorsToAllocation);
    io(p.onlyForMembers);
    io(p.onlyForContacts);
    io(p.onlyForInvoicingBusiness);
    io(p.tariffIds);
    io(p.teamIds);
    stream(io, p.cancellationFee);
}

void stream(Stream &io, BookingRate &rate)
{
    io(rate.id);
    io(rate.businessId);
    io(rate.resourceTypeId);
    io(rate.name);
    io(rate.price);
    io(rate.chargePeriod);
    io(rate.priceFormatted);
}

void stream(Stream &io, QList<BookingRate> &rates)
{
    quint32 count = quint32(rates.size());
    io(count);
    if (io.reading) {
        rates.clear();
        if (!io.plausibleCount(count, 40)) // a rate takes at least 40 bytes
            return;
        rates.resize(count);
    }
    for (BookingRate &rate : rates)
        stream(io, rate);
}

void stream(Stream &io, Resource &r)
{
    stream(io, static_cast<RecordBase &>(r));
    io(r.businessId);
    io(r.businessName);
    io(r.businessWebAddress);
    io(r.name);
    io.asInt(r.systemType);
    io(r.resourceTypeId);
    io(r.resourceTypeName);
    io(r.descriptionHtml);
    io(r.emailConfirmationContent);
    io(r.pictureFileName);
    io(r.newPictureUrl);
    io(r.clearPictureFile);
    io(r.hasImage);
    io(r.visible);
    io(r.archived);
    io(r.hideInCalendar);
    io(r.displayOrder);
    io(r.groupName);
    quint32 amenityBits = r.amenities.bits();
    io(amenityBits);
    r.amenities = AmenitySet::fromBits(amenityBits);
    stream(io, r.policy);
    io(r.latitude);
    io(r.longitude);
    io(r.linkedResourceIds);
    io(r.bookingAvailabilityExceptionIds);
    io(r.shiftsJson);
    io(r.integrations.googleCalendarId);
    io(r.integrations.office365CalendarId);
    io(r.integrations.kisiGroupId);
    io(r.integrations.accessControlGroupId);
    io(r.integrations.accessControlGroupIds);
    io(r.integrations.useSharedZoomAccount);
    io(r.integrations.zoomUserId);
    io(r.sensor.lastValue);
    io(r.sensor.occupied);
    io(r.sensor.lastCleanedAt);
    io(r.price);
    io(r.priceFormatted);
    stream(io, r.bookingRates);
    // r.zoomSecrets: never written (design.md, "Secrets").
}

//! `resource` is only read, but goes through the two-way code, which takes references.
QByteArray encodeStreamed(Resource &resource)
{
    QByteArray bytes;
    bytes.reserve(1536);
    bytes.append(kMagic).append(char(formatVersion));
    Stream io(&bytes);
    stream(io, resource);
    return bytes;
}

} // namespace

QByteArray encode(const Resource &resource)
{
    Resource copy = resource;
    return encodeStreamed(copy);
}

QByteArray encodeRecord(const QJsonObject &record)
{
    Resource resource = Resource::fromJson(record);
    return encodeStreamed(resource);
}

bool decodeInto(const QByteArray &bytes, Resource &resource)
{
    resource = Resource();
    if (bytes.startsWith('{')) {
        const QJsonDocument document = QJsonDocument::fromJson(bytes);
        if (!document.isObject())
            return false;
        resource = Resource::fromJson(document.object());
        return true;
    }
    if (bytes.size() < 2 || bytes.at(0) != kMagic || quint8(bytes.at(1)) != formatVersion)
        return false;
    Stream io(bytes.constData() + 2, bytes.constData() + bytes.size());
    stream(io, resource);
    if (!io.ok() || !io.atEnd()) {
        resource = Resource();
        return false;
    }
    return true;
}

std::optional<Resource> decode(const QByteArray &bytes)
{
    Resource resource;
    if (!decodeInto(bytes, resource))
        return std::nullopt;
    return resource;
}

} // namespace cache::ResourceCodec

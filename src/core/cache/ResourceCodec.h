// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Resource.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

namespace cache {

//! The offline copy's form of a room: domain::Resource in a compact, versioned binary layout.
//! Thousands of rooms are read back at every start, and parsing their JSON again (then mapping it)
//! cost more than the whole start-up budget; this form reads back with no parsing at all.
//! Every field of domain::Resource is kept except its Zoom secrets, which are never written.
namespace ResourceCodec {

//! Bumped whenever the layout changes; records in another version read as unreadable (the next
//! refresh rewrites them) rather than as wrong rooms.
inline constexpr quint8 formatVersion = 1;

QByteArray encode(const domain::Resource &resource);
//! The API's record (already stripped of secrets by the store) mapped and encoded in one step.
QByteArray encodeRecord(const QJsonObject &record);
//! The room, or nothing when `bytes` are damaged, truncated or of another version. Records the
//! store kept as JSON text (written before this form existed) are still read.
std::optional<domain::Resource> decode(const QByteArray &bytes);
//! decode() into an existing value (no copy for bulk loads); false, and `resource` reset, when
//! the bytes cannot be read.
bool decodeInto(const QByteArray &bytes, domain::Resource &resource);

} // namespace ResourceCodec

} // namespace cache

// SPDX-License-Identifier: GPL-3.0-or-later
// The offline copy's binary room records: whatever is on disk (damaged, truncated, another
// version, old JSON text) reads as a room or as nothing, and a room read back encodes to bytes
// that read back as the same room.
#include "FuzzInput.h"

#include "cache/ResourceCodec.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytes(data, size);
    const std::optional<domain::Resource> room = cache::ResourceCodec::decode(bytes);
    if (!room)
        return 0;
    const QByteArray encoded = cache::ResourceCodec::encode(*room);
    domain::Resource back;
    if (!cache::ResourceCodec::decodeInto(encoded, back))
        __builtin_trap();
    if (cache::ResourceCodec::encode(back) != encoded)
        __builtin_trap();
    return 0;
}

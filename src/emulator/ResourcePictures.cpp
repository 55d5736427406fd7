// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourcePictures.h"

#include "DemoData.h"

#include <QtEndian>
#include <array>

namespace emulator::ResourcePictures {

namespace {

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xffffffffu;
    for (char byte : data)
        c = table[(c ^ quint8(byte)) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

void appendBigEndian(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void appendChunk(QByteArray &png, const char *type, const QByteArray &payload)
{
    appendBigEndian(png, quint32(payload.size()));
    const QByteArray typed = QByteArray(type, 4) + payload;
    png.append(typed);
    appendBigEndian(png, crc32(typed));
}

} // namespace

QByteArray generatedPng(qint64 id, int width, int height)
{
    // Two colours and a stripe angle from the id, so neighbours look different.
    const quint32 seed = quint32(id) * 2654435761u;
    const quint8 base[3] = {quint8(80 + (seed & 0x7f)), quint8(80 + ((seed >> 8) & 0x7f)), quint8(80 + ((seed >> 16) & 0x7f))};
    const int stripe = 6 + int((seed >> 24) % 10);
    QByteArray raw;
    raw.reserve((width * 3 + 1) * height);
    for (int y = 0; y < height; ++y) {
        raw.append('\0'); // filter: none
        for (int x = 0; x < width; ++x) {
            const bool light = ((x + (seed & 1 ? y : -y) + 4 * height) / stripe) % 2 == 0;
            for (quint8 channel : base)
                raw.append(char(light ? channel + 60 : channel));
        }
    }
    QByteArray header;
    appendBigEndian(header, quint32(width));
    appendBigEndian(header, quint32(height));
    header.append("\x08\x02\x00\x00\x00", 5); // 8-bit RGB, deflate, no filter set, no interlace

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    appendChunk(png, "IHDR", header);
    appendChunk(png, "IDAT", qCompress(raw).mid(4)); // qCompress prefixes the zlib stream with its length
    appendChunk(png, "IEND", {});
    return png;
}

Response picture(const DemoData &data, qint64 id, bool publishedOnly)
{
    const ResourceRec *resource = data.resources.find(id);
    if (!resource || resource->PictureFileName.isEmpty() || (publishedOnly && (!resource->Visible || resource->Archived)))
        return Response::notFoundString();
    Response r;
    r.body = generatedPng(id);
    r.contentType = "image/png";
    r.setHeader("Cache-Control", "public, max-age=86400");
    return r;
}

} // namespace emulator::ResourcePictures

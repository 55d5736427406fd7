// SPDX-License-Identifier: GPL-3.0-or-later
#include "HugeAnswer.h"

#include <algorithm>
#include <cstring>

namespace emulator {

namespace {
// One room, repeated, then a closing room: exactly `size` bytes. (The last repeated room may be cut
// short; a client that read it all would fail to parse it, which is fine: it must not read it all.)
constexpr char kRoom[] = R"({"Id":1,"Name":"Room in an answer too large to read","Allocation":4},)";
constexpr qint64 kRoomLength = sizeof(kRoom) - 1;
constexpr char kLast[] = R"({"Id":2}])";
constexpr qint64 kLastLength = sizeof(kLast) - 1;
} // namespace

HugeAnswer::HugeAnswer(qint64 size, QObject *parent)
    : QIODevice(parent), m_size(std::max<qint64>(size, 1 + kLastLength))
{
    open(QIODevice::ReadOnly);
}

qint64 HugeAnswer::readData(char *data, qint64 maxSize)
{
    qint64 written = 0;
    while (written < maxSize && m_produced < m_size) {
        char c;
        const qint64 tailStart = m_size - kLastLength;
        if (m_produced == 0)
            c = '[';
        else if (m_produced >= tailStart)
            c = kLast[m_produced - tailStart];
        else
            c = kRoom[(m_produced - 1) % kRoomLength];
        data[written++] = c;
        ++m_produced;
    }
    return written > 0 ? written : (m_produced >= m_size ? -1 : 0);
}

} // namespace emulator

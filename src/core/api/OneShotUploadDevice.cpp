// SPDX-License-Identifier: GPL-3.0-or-later
#include "OneShotUploadDevice.h"

#include <cstring>

namespace api {

OneShotUploadDevice::OneShotUploadDevice(QByteArray body, QObject *parent) : QIODevice(parent), m_body(std::move(body))
{
    open(QIODevice::ReadOnly);
}

bool OneShotUploadDevice::reset()
{
    return !m_consumed && QIODevice::reset();
}

bool OneShotUploadDevice::seek(qint64 position)
{
    // Moving forward (or staying) is reading; going back to send the bytes again is not allowed.
    if (position < 0 || position > m_body.size() || (m_consumed && position < pos()))
        return false;
    return QIODevice::seek(position);
}

qint64 OneShotUploadDevice::readData(char *data, qint64 maxSize)
{
    const qint64 available = m_body.size() - pos();
    const qint64 count = qMin(maxSize, available);
    if (count <= 0)
        return available <= 0 ? -1 : 0;
    std::memcpy(data, m_body.constData() + pos(), size_t(count));
    m_consumed = true;
    return count;
}

} // namespace api

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>

namespace emulator {

// A JSON array of rooms `size` bytes long, made up as it is read: the emulator can answer with
// 100 MB without holding 100 MB (a "huge answer" fault, see --huge-route).
class HugeAnswer : public QIODevice
{
public:
    explicit HugeAnswer(qint64 size, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_size - m_produced + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return m_produced >= m_size && QIODevice::bytesAvailable() == 0; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_size;
    qint64 m_produced = 0;
};

} // namespace emulator

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

namespace api {

//! The body of a POST or PATCH, readable once. Qt 6.4's HTTP layer silently sends a request again
//! when the connection closes before any byte of the answer arrives, even a POST, so a lost answer
//! could create a booking twice. A device that refuses to rewind makes Qt report the failure
//! instead (ContentReSendError), and the person decides. (Not a QBuffer: Qt reads those directly.)
class OneShotUploadDevice final : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotUploadDevice(QByteArray body, QObject *parent = nullptr);

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_body.size(); }
    bool reset() override;
    bool seek(qint64 position) override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_body;
    bool m_consumed = false;
};

} // namespace api

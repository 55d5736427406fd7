// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThread>
#include <QUrl>

namespace emulator {
class Emulator;
}

//! The built-in demo space: the emulator, started in-process on a free loopback port. It runs on a
//! thread of its own so that serving requests never competes with the window for the UI thread.
class DemoSpace : public QObject
{
    Q_OBJECT
public:
    explicit DemoSpace(QObject *parent = nullptr);
    ~DemoSpace() override;

    //! Starts listening; returns false when no loopback port could be bound.
    bool start();
    QUrl url() const { return m_url; }
    static QString demoPassword() { return QStringLiteral("demo"); }

private:
    QThread m_thread;
    emulator::Emulator *m_emulator = nullptr;
    QUrl m_url;
};

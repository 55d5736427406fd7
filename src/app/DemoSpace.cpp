// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoSpace.h"

#include "Emulator.h"

DemoSpace::DemoSpace(QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("demo-space"));
}

DemoSpace::~DemoSpace()
{
    if (m_emulator) {
        emulator::Emulator *emulator = m_emulator;
        // The server's sockets belong to its thread: delete it there.
        QMetaObject::invokeMethod(emulator, [emulator] { delete emulator; }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

bool DemoSpace::start()
{
    m_thread.start();
    // Create the emulator on its own thread, so everything it owns (server, sockets) lives there.
    auto *context = new QObject;
    context->moveToThread(&m_thread);
    bool listening = false;
    QMetaObject::invokeMethod(
        context,
        [this, &listening] {
            m_emulator = new emulator::Emulator(emulator::EmulatorConfig{});
            listening = m_emulator->listen();
            m_url = m_emulator->baseUrl();
        },
        Qt::BlockingQueuedConnection);
    context->deleteLater();
    return listening;
}

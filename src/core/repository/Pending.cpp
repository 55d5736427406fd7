// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pending.h"

#include "api/ApiRequest.h"

namespace repository {

Pending::Pending(api::ApiRequest *request) : m_request(request) {}

bool Pending::isActive() const
{
    return m_request && !m_request->isFinished();
}

void Pending::abandon()
{
    if (m_request)
        m_request->abandon();
    m_request.clear();
}

void Pending::whenEnded(QObject *context, std::function<void()> done) const
{
    if (!m_request) {
        return;
    }
    QObject::connect(m_request, &api::ApiRequest::finished, context, std::move(done));
}

} // namespace repository

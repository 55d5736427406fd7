// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <functional>

class QObject;

namespace api {
class ApiRequest;
}

namespace repository {

//! A repository call on its way, which its caller may give up (another search, another account).
//! Models and views hold this rather than the API request behind it.
class Pending
{
public:
    Pending() = default;
    Pending(api::ApiRequest *request); // NOLINT(google-explicit-constructor): a call is its request

    //! Still on its way: its callbacks may yet run.
    bool isActive() const;
    //! Gives the call up: none of its callbacks runs any more.
    void abandon();
    //! Runs `done` once the call has ended, whichever way, while `context` lives.
    void whenEnded(QObject *context, std::function<void()> done) const;

private:
    QPointer<api::ApiRequest> m_request;
};

} // namespace repository

// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffGate.h"

#include "ApplicationsView.h"
#include "MainWindow.h"
#include "ResourceReviewView.h"
#include "repository/AccountContext.h"
#include "repository/IdentityLoader.h"

StaffGate::StaffGate(MainWindow *window, ApplicationsView *applications, ResourceReviewView *review, QString requestedView,
                     QObject *parent)
    : QObject(parent), m_window(window), m_applications(applications), m_review(review),
      m_requestedView(std::move(requestedView)), m_awaitingView(viewNames().contains(m_requestedView))
{
    for (const QString &name : viewNames())
        m_window->setViewAvailable(name, false); // until the profile says this account is staff
    connect(m_review, &ResourceReviewView::ready, this, [this] {
        if (m_requestedView == u"resources-review")
            settle();
    });
    connect(m_applications, &ApplicationsView::ready, this, [this] {
        if (m_requestedView == u"applications")
            settle();
    });
}

const QStringList &StaffGate::viewNames()
{
    static const QStringList names{QStringLiteral("resources-review"), QStringLiteral("applications")};
    return names;
}

void StaffGate::settle()
{
    m_awaitingView = false;
    Q_EMIT progressed();
}

void StaffGate::setContext(repository::AccountContext *context)
{
    m_context = context;
    m_applications->setRepository(context->applications()); // loads once the profile says staff
    m_review->setRepository(context->review());
    repository::IdentityLoader *loader = context->newIdentityLoader(this);
    connect(loader, &repository::IdentityLoader::loaded, this, [this, loader, context](const domain::Identity &identity) {
        loader->deleteLater();
        if (context == m_context) // else the person switched accounts meanwhile
            onIdentity(identity);
    });
    // Not knowing the person's name is no reason to stop: the window already shows the e-mail.
    connect(loader, &repository::IdentityLoader::failed, this, [this, loader] {
        loader->deleteLater();
        if (viewNames().contains(m_requestedView))
            settle(); // staff views stay hidden without a profile
    });
    loader->load();
}

void StaffGate::clear()
{
    m_context = nullptr;
    m_applications->setRepository(nullptr);
    m_review->setRepository(nullptr);
}

void StaffGate::onIdentity(const domain::Identity &identity)
{
    Q_EMIT identityKnown(identity);
    for (const QString &name : viewNames())
        m_window->setViewAvailable(name, identity.isStaff);
    m_review->setCurrencyCode(identity.currencyCode);
    const bool staffViewAsked = viewNames().contains(m_requestedView);
    if (identity.isStaff) {
        m_applications->reload();
        m_review->reload();
    } else if (staffViewAsked) {
        settle(); // nothing to wait for: the notice says why
    }
    if (!staffViewAsked)
        return;
    if (!identity.isStaff)
        Q_EMIT viewNotice(tr("The \"%1\" view is only for the space's staff; this account is a member.").arg(m_requestedView));
    else if (!m_window->showView(m_requestedView))
        Q_EMIT viewNotice(tr("The \"%1\" view is not part of this version yet; showing the rooms.").arg(m_requestedView));
}

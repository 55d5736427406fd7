// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class ApplicationsView;
class MainWindow;
class ResourceReviewView;

namespace repository {
class AccountContext;
}
namespace domain {
struct Identity;
}

//! Who is signed in, and so whether the staff tabs (resource review, applications) belong in the
//! window: they stay hidden until the profile says staff, and load only then.
class StaffGate : public QObject
{
    Q_OBJECT
public:
    //! `requestedView` is --view: a staff view a screenshot waits for, or explains why it is not shown.
    StaffGate(MainWindow *window, ApplicationsView *applications, ResourceReviewView *review, QString requestedView,
              QObject *parent = nullptr);

    //! The --view names of the views only the space's staff see.
    static const QStringList &viewNames();

    void setContext(repository::AccountContext *context);
    //! Signed out: staff data goes with the account.
    void clear();
    //! A screenshot of a staff view still waits for its first page (or the reason there is none).
    bool isAwaitingView() const { return m_awaitingView; }

Q_SIGNALS:
    void identityKnown(const domain::Identity &identity);
    //! isAwaitingView() may have changed.
    void progressed();
    //! What the window says about the --view asked for (e.g. "only for the space's staff").
    void viewNotice(const QString &text);

private:
    void onIdentity(const domain::Identity &identity);
    void settle();

    MainWindow *m_window;
    ApplicationsView *m_applications;
    ResourceReviewView *m_review;
    QString m_requestedView;
    QPointer<repository::AccountContext> m_context;
    bool m_awaitingView = false;
};

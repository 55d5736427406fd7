// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class MainWindow;

namespace repository {
class AccountContext;
class FullSync;
}

//! File > Sync for offline use: everything the account may see into its offline copy, with
//! progress, a Stop button and the summary in the window's status bar.
class GuiSync : public QObject
{
    Q_OBJECT
public:
    explicit GuiSync(MainWindow *window, QObject *parent = nullptr);

    void start(repository::AccountContext *context, bool includeStaff);
    bool isRunning() const { return m_sync != nullptr; }

Q_SIGNALS:
    void started();
    //! The sync ended (done, failed or stopped); `reachedSpace` when it got through to the end.
    void ended(bool reachedSpace);

private:
    void end(bool reachedSpace);

    MainWindow *m_window;
    repository::FullSync *m_sync = nullptr; //!< the running sync (its own until it ends)
};

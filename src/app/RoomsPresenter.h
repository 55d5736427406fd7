// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class BusyTimesFeed;
class QAbstractItemModel;
class FilterPanel;
class MainWindow;
class RoomDetails;

namespace api {
class ApiError;
}
namespace domain {
struct Resource;
struct SpaceWords;
}
namespace models {
class ResourceFilterProxy;
class ResourceListModel;
class RoleColumnsProxy;
}
namespace repository {
class AccountContext;
class ConnectivityMonitor;
class ResourcePictureLoader;
}
namespace domain {
struct Identity;
}

//! The rooms tab: the list and its filters, the selected room's details and busy times, booking a
//! room, and the offline banner. Binds the window's widgets to the account context's repositories.
class RoomsPresenter : public QObject
{
    Q_OBJECT
public:
    RoomsPresenter(MainWindow *window, QObject *parent = nullptr);
    ~RoomsPresenter() override;

    //! The account whose rooms are shown; another account's rooms never stay on screen.
    void setContext(repository::AccountContext *context, bool sameAccount);
    //! Signed out: nothing is shown.
    void clear();
    void setIdentity(const domain::Identity &identity);
    //! Reads the rooms again from the space (no-op while a sync refreshes them).
    void reload();
    //! A sync refreshes the rooms' offline copy itself: one refresh of the rooms at a time.
    void onSyncStarted();
    //! `reachedSpace`: the sync got through, so the space is reachable.
    void onSyncEnded(bool reachedSpace);
    void openBookingDialog(qint64 resourceId);
    //! The same dialog with the window to book filled in (`start`: the space's wall clock), e.g.
    //! a slot picked on the schedule.
    void openBookingDialogOn(qint64 resourceId, const QDateTime &start, int minutes);
    //! The rooms of the current filter, in the list's order (the schedule's rows).
    QAbstractItemModel *filteredRooms() const;
    //! The offline copy was removed: the rooms' pictures go with it.
    void forgetPictures();
    void retranslate();
    //! "63 bookable rooms" in the status bar.
    void showRoomCount();

    bool isOffline() const;
    //! The rooms, the selected room's details, the words and the busy times have arrived.
    bool isSettled() const;

Q_SIGNALS:
    //! isSettled() may have changed.
    void progressed();
    //! The rooms cannot be shown; `message` says why.
    void loadFailed(const QString &message);
    //! The space answers again: what the other views show is stale too.
    void backOnline();
    void booked();
    void reloadStarted();
    void spaceWordsChanged(const domain::SpaceWords &words);
    //! Booking became impossible (offline: `reason` says why) or possible again (empty).
    void bookingBlockedChanged(const QString &reason);

private:
    void bindWindow();
    void showCachedResources(const QList<domain::Resource> &resources, const QDateTime &fetchedAt);
    void onResourcesLoaded();
    //! The rooms are in the list (from the copy or the space): locations for the filter, a selection.
    void onResourcesListed();
    void onResourcesFailed(const api::ApiError &error, bool offline);
    void showOfflineState(bool offline);
    //! Offline at once for a lasting reason (see ApiError::isLastingUnreachable), without waiting
    //! for the retries to run out: the copy's rooms with the banner, ready to use.
    void showCopyWhileRetrying();

    MainWindow *m_window;
    QPointer<repository::AccountContext> m_context;
    models::ResourceListModel *m_resources;
    models::ResourceFilterProxy *m_filterProxy;
    models::RoleColumnsProxy *m_columns;
    FilterPanel *m_filterPanel;   //!< owned by the window
    RoomDetails *m_roomDetails;   //!< owned by the window
    BusyTimesFeed *m_busyTimes;
    repository::ResourcePictureLoader *m_pictures;
    repository::ConnectivityMonitor *m_connectivity;
    QString m_timeZone;
    qint64 m_coworkerId = 0;
    bool m_ready = false; //!< the rooms have loaded, or there is a reason they will not
    bool m_syncRunning = false;
    //! The last try met a refused connection or an unknown host: the copy shows as offline at
    //! once (when it is there) while the retries go on.
    bool m_unreachableWhileRetrying = false;
};

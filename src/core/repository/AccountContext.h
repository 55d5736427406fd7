// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include "ClientAndStore.h"
#include "api/ApiError.h"
#include "NewsSources.h"

namespace auth {
class AccountSession;
}

namespace repository {
class ApplicationRepository;
class BlogPostLoader;
class BlogPostRepository;
class BookingCommands;
class SeriesBooking;
class SeriesCancellation;
class MyBookingsRepository;
class BusyTimesLoader;
class FullSync;
class IdentityLoader;
class NewsImageLoader;
class ResourceDetailsLoader;
class ResourcePictureLoader;
class ResourceRepository;
class ResourceReviewRepository;
class SpaceWordsRepository;

//! Everything one signed-in account reads and writes: its session, its offline copy and the
//! repositories on both. One per account; switching account swaps the whole context, so nothing of
//! one space can outlive it into another. No widgets: `--sync` runs on a context alone.
class AccountContext : public QObject
{
    Q_OBJECT
public:
    //! `offlineKey` names the offline copy (the account id; the demo's own key, its port changes).
    AccountContext(QString id, auth::AccountSession *session, const QString &offlineKey, QObject *parent = nullptr);
    ~AccountContext() override;

    QString id() const { return m_id; }
    //! Null once the session is gone (signed out).
    auth::AccountSession *session() const;
    //! Where the offline copy lives on disk (for the `--sync` summary).
    QString offlinePath() const;

    ResourceRepository *rooms() const { return m_rooms; }
    SpaceWordsRepository *spaceWords() const { return m_spaceWords; }
    ResourceDetailsLoader *roomDetails() const { return m_roomDetails; }
    //! The member's own bookings (kept offline).
    MyBookingsRepository *bookings() const { return m_bookings; }
    //! Booking commands for one dialog; the caller owns them.
    BookingCommands *newBookingCommands(QObject *parent) const;
    //! A series to check and book (one per question the booking dialog asks); the caller owns it.
    SeriesBooking *newSeriesBooking(QObject *parent) const;
    //! Cancels several bookings of a series (fees first); the caller owns it.
    SeriesCancellation *newSeriesCancellation(QObject *parent) const;
    //! The space's news: its list, its articles and their images.
    NewsSources news() const;
    //! Staff only: the space's applications, and every resource for review (both kept offline).
    ApplicationRepository *applications() const { return m_applications; }
    ResourceReviewRepository *review() const { return m_review; }
    //! A reader of the space's busy times; the caller owns it.
    BusyTimesLoader *newBusyTimesLoader(QObject *parent) const;
    //! A one-shot read of who is signed in (kept offline); the caller owns it.
    IdentityLoader *newIdentityLoader(QObject *parent) const;
    //! A sync of everything this account may see into its offline copy; the caller owns it.
    FullSync *newFullSync(bool includeStaff, QObject *parent) const;
    //! Points the card view's picture loader (one for the window's life) at this account.
    void servePictures(ResourcePictureLoader *pictures) const;

    //! Forgets everything saved on this computer for this account.
    void clearOfflineCopy();
    //! The language of the API's localized routes (the UI's).
    void setLanguage(const QString &code);

Q_SIGNALS:
    //! The space no longer accepts this account's sign-in: the person has to sign in again.
    void signInRequired();
    //! A call of this account met a failure retrying soon will not mend (ApiClient::spaceUnreachable).
    void spaceUnreachable(const api::ApiError &why);
    //! Something a person should read about the offline copy (could not open, could not write).
    void offlineCopyProblem(const QString &message);
    void offlineCopyWriteFailed(const QString &message);
    void offlineCopyCleared();
    //! A dataset is on disk (a sync's last one may be fetched before it is written).
    void datasetCommitted(const QString &dataset);

private:
    //! For the repositories this context makes; views and presenters never get it.
    api::ApiClient *api() const;

    QString m_id;
    QPointer<auth::AccountSession> m_session;
    cache::AsyncOfflineStore *m_store = nullptr;
    ResourceRepository *m_rooms = nullptr;
    SpaceWordsRepository *m_spaceWords = nullptr;
    ResourceDetailsLoader *m_roomDetails = nullptr;
    MyBookingsRepository *m_bookings = nullptr;
    BlogPostRepository *m_news = nullptr;
    ApplicationRepository *m_applications = nullptr;
    ResourceReviewRepository *m_review = nullptr;
    BlogPostLoader *m_articles = nullptr;
    NewsImageLoader *m_newsImages = nullptr;
};

} // namespace repository

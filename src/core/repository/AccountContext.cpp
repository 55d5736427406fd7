// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountContext.h"

#include "api/ApiClient.h"
#include "auth/AccountSession.h"
#include "cache/AsyncOfflineStore.h"
#include "cache/OfflineStore.h"
#include "repository/ApplicationRepository.h"
#include "repository/BlogPostLoader.h"
#include "repository/BlogPostRepository.h"
#include "repository/BookingCommands.h"
#include "repository/SeriesBooking.h"
#include "repository/SeriesCancellation.h"
#include "repository/BusyTimesLoader.h"
#include "repository/FullSync.h"
#include "repository/IdentityLoader.h"
#include "repository/MyBookingsRepository.h"
#include "repository/NewsImageLoader.h"
#include "repository/ResourceDetailsLoader.h"
#include "repository/ResourcePictureLoader.h"
#include "repository/ResourceRepository.h"
#include "repository/ResourceReviewRepository.h"
#include "repository/SpaceWordsRepository.h"

namespace repository {

AccountContext::AccountContext(QString id, auth::AccountSession *session, const QString &offlineKey, QObject *parent)
    : QObject(parent), m_id(std::move(id)), m_session(session),
      m_store(new cache::AsyncOfflineStore(cache::OfflineStore::defaultPath(offlineKey), this))
{
    connect(m_store, &cache::AsyncOfflineStore::opened, this, [this](cache::OfflineStore::OpenResult, const QString &message) {
        if (!message.isEmpty())
            Q_EMIT offlineCopyProblem(message);
    });
    connect(m_store, &cache::AsyncOfflineStore::writeFailed, this, &AccountContext::offlineCopyWriteFailed);
    connect(m_store, &cache::AsyncOfflineStore::cleared, this, &AccountContext::offlineCopyCleared);
    connect(m_store, &cache::AsyncOfflineStore::committed, this, &AccountContext::datasetCommitted);
    api::ApiClient *client = session->api();
    connect(client, &api::ApiClient::signInRequired, this, &AccountContext::signInRequired);
    connect(client, &api::ApiClient::spaceUnreachable, this, &AccountContext::spaceUnreachable);
    m_rooms = new ResourceRepository(client, m_store, this);
    m_spaceWords = new SpaceWordsRepository(client, m_store, this);
    m_roomDetails = new ResourceDetailsLoader(client, m_store, this);
    m_bookings = new MyBookingsRepository(client, this);
    m_bookings->setOfflineStore(m_store); // "my bookings" stay readable offline
    m_news = new BlogPostRepository(client, this);
    m_news->setOfflineStore(m_store); // the news seen stays readable offline
    m_articles = new BlogPostLoader(client, m_store, this);
    m_newsImages = new NewsImageLoader(client, this);
    m_applications = new ApplicationRepository(client, this);
    m_applications->setOfflineStore(m_store); // staff views fall back to the copy too
    m_review = new ResourceReviewRepository(client, this);
    m_review->setOfflineStore(m_store);
}

AccountContext::~AccountContext()
{
    // The repositories write to the store: they go first.
    delete m_rooms;
    delete m_spaceWords;
    delete m_roomDetails;
    delete m_bookings;
    delete m_news;
    delete m_articles;
    delete m_newsImages;
    delete m_applications;
    delete m_review;
    delete m_store;
}

auth::AccountSession *AccountContext::session() const
{
    return m_session;
}

QString AccountContext::offlinePath() const
{
    return m_store->path();
}

BookingCommands *AccountContext::newBookingCommands(QObject *parent) const
{
    return new BookingCommands(api(), parent);
}

SeriesBooking *AccountContext::newSeriesBooking(QObject *parent) const
{
    return new SeriesBooking(api(), parent);
}

SeriesCancellation *AccountContext::newSeriesCancellation(QObject *parent) const
{
    return new SeriesCancellation(api(), parent);
}

BusyTimesLoader *AccountContext::newBusyTimesLoader(QObject *parent) const
{
    return new BusyTimesLoader(api(), parent);
}

void AccountContext::servePictures(ResourcePictureLoader *pictures) const
{
    pictures->setApiClient(api());
}

IdentityLoader *AccountContext::newIdentityLoader(QObject *parent) const
{
    auto *loader = new IdentityLoader(api(), parent);
    loader->setOfflineStore(m_store); // offline, the last one read: staff views and all
    return loader;
}

FullSync *AccountContext::newFullSync(bool includeStaff, QObject *parent) const
{
    return new FullSync(api(), m_store, includeStaff, parent);
}

NewsSources AccountContext::news() const
{
    return {m_news, m_articles, m_newsImages, m_session ? m_session->api()->baseUrl() : QUrl()};
}

api::ApiClient *AccountContext::api() const
{
    return m_session ? m_session->api() : nullptr;
}

void AccountContext::setLanguage(const QString &code)
{
    if (m_session)
        m_session->setLanguage(code);
}

void AccountContext::clearOfflineCopy()
{
    m_store->clear();
}

} // namespace repository

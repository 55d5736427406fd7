// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoomsPresenter.h"

#include "BookingDialog.h"
#include "BusyTimesFeed.h"
#include "FilterPanel.h"
#include "FirstPaint.h"
#include "Logging.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "ResourceCardView.h"
#include "ResourceViewStack.h"
#include "RoomDetails.h"
#include "StartupTiming.h"
#include "api/ApiError.h"
#include "auth/AccountSession.h"
#include "auth/AuthService.h"
#include "clock/Clock.h"
#include "domain/Resource.h"
#include "models/ResourceFilterProxy.h"
#include "models/ResourceListModel.h"
#include "models/RoleColumnsProxy.h"
#include "repository/AccountContext.h"
#include "repository/ConnectivityMonitor.h"
#include "repository/IdentityLoader.h"
#include "repository/ResourceDetailsLoader.h"
#include "repository/ResourcePictureLoader.h"
#include "repository/ResourceRepository.h"
#include "repository/SeriesBooking.h"
#include "repository/SpaceWordsRepository.h"

#include <QLocale>
#include <QSet>

RoomsPresenter::RoomsPresenter(MainWindow *window, QObject *parent)
    : QObject(parent), m_window(window), m_resources(new models::ResourceListModel(this)),
      m_filterProxy(new models::ResourceFilterProxy(this)), m_columns(new models::RoleColumnsProxy(this)),
      m_filterPanel(new FilterPanel), m_roomDetails(new RoomDetails), m_busyTimes(new BusyTimesFeed(this)),
      m_pictures(new repository::ResourcePictureLoader(this)), m_connectivity(new repository::ConnectivityMonitor(this))
{
    retranslate();
    m_filterProxy->setSourceModel(m_resources);
    m_columns->setSourceModel(m_filterProxy);
    m_filterPanel->setProxy(m_filterProxy);
    bindWindow();
    connect(m_connectivity, &repository::ConnectivityMonitor::offlineChanged, this, &RoomsPresenter::showOfflineState);
    connect(m_connectivity, &repository::ConnectivityMonitor::retryWanted, this, &RoomsPresenter::reload);
    // "Free between": one request for the whole space's busy times of the chosen day.
    connect(m_filterPanel, &FilterPanel::busyTimesWanted, m_busyTimes, &BusyTimesFeed::load);
    connect(m_busyTimes, &BusyTimesFeed::loaded, this, [this](QDate day, const QList<domain::BusySlot> &slots) {
        m_filterProxy->setBusySlots(slots);
        m_filterPanel->setBusyTimesState(day, true);
        m_roomDetails->setBusyTimes(day, slots);
        Q_EMIT progressed();
    });
    connect(m_busyTimes, &BusyTimesFeed::failed, this, [this](QDate day, const QString &message) {
        m_filterProxy->setBusySlots({});
        m_filterPanel->setBusyTimesState(day, false, message);
        m_roomDetails->setBusyTimes({}, {});
        Q_EMIT progressed();
    });
    connect(m_roomDetails, &RoomDetails::bookRequested, this, &RoomsPresenter::openBookingDialog);
}

RoomsPresenter::~RoomsPresenter() = default;

void RoomsPresenter::bindWindow()
{
    m_window->setFilterPanel(m_filterPanel);
    // The search box reads names, descriptions, floors, types and locations through the proxy.
    m_window->setSearchHandler([this](const QString &text) { m_filterProxy->setText(text); });
    m_window->setDetailsPanel(m_roomDetails);
    m_window->setResourceModel(m_columns);
    m_window->resourceViews()->cardView()->setPictureLoader(m_pictures);
    connect(m_window, &MainWindow::currentResourceChanged, this, [this](qint64 id) {
        const int row = m_resources->rowForId(id);
        m_roomDetails->showResource(row >= 0 ? std::optional(m_resources->resourceAt(row)) : std::nullopt);
        if (row >= 0 && m_context) // the list holds what it shows; the rest comes now
            m_context->roomDetails()->load(id);
    });
    connect(m_window, &MainWindow::reloadRequested, this, &RoomsPresenter::reload);
    connect(m_window, &MainWindow::bookRequested, this, &RoomsPresenter::openBookingDialog);
}

void RoomsPresenter::retranslate()
{
    using Model = models::ResourceListModel;
    m_columns->setColumns({
        {tr("Name"), Qt::DisplayRole, Model::NameRole},
        {tr("Type"), Model::ResourceTypeNameRole},
        {tr("Location"), Model::BusinessNameRole},
        {tr("Floor or area"), Model::GroupNameRole},
        {tr("Capacity"), Model::CapacityTextRole, Model::CapacityRole},
    });
}

void RoomsPresenter::showRoomCount()
{
    m_window->showStatus(tr("%n bookable room(s)", nullptr, m_resources->rowCount()));
}

void RoomsPresenter::setContext(repository::AccountContext *context, bool sameAccount)
{
    if (!sameAccount)
        m_resources->clear(); // another account: never show one space's rooms under another's name
    m_context = context;
    m_unreachableWhileRetrying = false;
    context->servePictures(m_pictures);
    m_roomDetails->setSpaceUrl(context->session()->spaceUrl());
    m_busyTimes->setLoader(context->newBusyTimesLoader(nullptr));

    connect(context->spaceWords(), &repository::SpaceWordsRepository::wordsChanged, this,
            [this](const domain::SpaceWords &words) {
                m_resources->setSpaceWords(words);
                m_roomDetails->setSpaceWords(words);
                Q_EMIT spaceWordsChanged(words);
            });
    connect(context->spaceWords(), &repository::SpaceWordsRepository::loadFinished, this, &RoomsPresenter::progressed);
    repository::ResourceDetailsLoader *details = context->roomDetails();
    connect(details, &repository::ResourceDetailsLoader::loaded, m_roomDetails, &RoomDetails::showDetails);
    connect(details, &repository::ResourceDetailsLoader::loaded, this, &RoomsPresenter::progressed);
    connect(details, &repository::ResourceDetailsLoader::failed, this, [this](qint64 id, const QString &message) {
        qCInfo(lcApp) << "Details of room" << id << "not loaded:" << message; // the list's record stays shown
        Q_EMIT progressed();
    });
    using repository::ResourceRepository;
    ResourceRepository *rooms = context->rooms();
    connect(rooms, &ResourceRepository::cachedLoaded, this, &RoomsPresenter::showCachedResources);
    connect(rooms, &ResourceRepository::pageReceived, m_resources, &models::ResourceListModel::upsert);
    connect(rooms, &ResourceRepository::progress, this, [this](int done, int total) {
        m_window->showStatus(tr("Loading rooms… page %1 of %2").arg(done).arg(total));
    });
    connect(rooms, &ResourceRepository::retryScheduled, this, [this](int, qint64 delayMs, const api::ApiError &) {
        const int seconds = int((delayMs + 999) / 1000);
        m_window->showStatus(tr("The space did not answer; trying again in %n second(s)…", nullptr, seconds));
    });
    // Any call of the account may be the one to learn the space is gone (with a recent copy the
    // rooms are not even asked for): the copy shows as offline at once, the retries go on.
    connect(context, &repository::AccountContext::spaceUnreachable, this, [this, context] {
        if (context != m_context)
            return; // an account no longer shown
        m_unreachableWhileRetrying = true;
        showCopyWhileRetrying();
    });
    connect(rooms, &ResourceRepository::copyCurrent, this, [this] {
        // Recent enough (Preferences): the copy is the list, its status line stays ("from the
        // offline copy of …"); F5 asks the space.
        m_ready = true;
        Q_EMIT progressed();
    });
    connect(rooms, &ResourceRepository::refreshed, this, [this](const QSet<qint64> &listedIds, const QDateTime &fetchedAt) {
        m_unreachableWhileRetrying = false;
        m_resources->removeAllExcept(listedIds); // rooms the space no longer lists
        if (m_context)
            m_context->roomDetails()->forgetFetched();
        const bool wasOffline = m_connectivity->isOffline();
        m_connectivity->reportReachable(fetchedAt);
        if (wasOffline) {
            m_pictures->retryUnreachable();
            Q_EMIT backOnline();
        }
        onResourcesLoaded();
        timing::markOnce("rooms-refreshed", QStringLiteral("rows=%1").arg(m_resources->rowCount()));
    });
    connect(rooms, &ResourceRepository::refreshFailed, this, &RoomsPresenter::onResourcesFailed);
    rooms->load(preferences::roomsFreshFor());
    context->spaceWords()->load(); // after the rooms: their first page goes first
}

void RoomsPresenter::clear()
{
    if (m_context)
        m_context->rooms()->cancel();
    m_context = nullptr;
    m_resources->clear();
}

void RoomsPresenter::setIdentity(const domain::Identity &identity)
{
    m_timeZone = identity.timeZone;
    m_coworkerId = identity.profileIds.value(0);
    m_roomDetails->setCurrencyCode(identity.currencyCode);
    m_filterPanel->setTimeZone(identity.timeZone);
}

void RoomsPresenter::reload()
{
    if (!m_context || !m_context->session() || !m_context->session()->auth()->isSignedIn() || m_syncRunning)
        return; // a running sync refreshes the rooms' offline copy itself
    Q_EMIT reloadStarted();
    m_unreachableWhileRetrying = false;
    m_context->rooms()->refresh();
}

void RoomsPresenter::onSyncStarted()
{
    m_syncRunning = true;
    if (m_context)
        m_context->rooms()->cancel();
}

void RoomsPresenter::onSyncEnded(bool reachedSpace)
{
    m_syncRunning = false;
    if (reachedSpace)
        m_connectivity->reportReachable(core::Clock::nowUtc());
}

void RoomsPresenter::openBookingDialog(qint64 resourceId)
{
    openBookingDialogOn(resourceId, {}, 0);
}

QAbstractItemModel *RoomsPresenter::filteredRooms() const
{
    return m_filterProxy;
}

void RoomsPresenter::openBookingDialogOn(qint64 resourceId, const QDateTime &start, int minutes)
{
    const int row = m_resources->rowForId(resourceId);
    if (!m_context || !m_context->session() || row < 0)
        return;
    if (m_connectivity->isOffline()) {
        m_window->showStatus(tr("Booking needs a connection to the space; Portal Desk will reconnect by itself."));
        return;
    }
    auto *dialog = new BookingDialog(m_resources->resourceAt(row), m_context->newBookingCommands(nullptr), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTimeZone(m_timeZone);
    dialog->setCoworkerId(m_coworkerId);
    dialog->setSeriesFactory([context = QPointer<repository::AccountContext>(m_context)](QObject *parent) {
        return context ? context->newSeriesBooking(parent) : new repository::SeriesBooking(nullptr, parent);
    });
    // A slot picked is the one to book; else the window the person is looking for rooms in;
    // otherwise the next free slot.
    if (start.isValid() && minutes > 0)
        dialog->setWindow(start, minutes);
    else if (const auto window = m_filterPanel->freeWindow())
        dialog->setWindow(window->from, int(window->from.secsTo(window->to) / 60));
    // Closed after a series was partly booked counts too: what was booked shows in My bookings.
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result != QDialog::Accepted && dialog->seriesBookedCount() == 0)
            return;
        const domain::Booking booking = dialog->booking();
        if (const int dates = dialog->seriesBookedCount(); dates > 0)
            m_window->showStatus(tr("Booked %1 on %n date(s).", nullptr, dates).arg(booking.resourceName));
        else
            m_window->showStatus(booking.pending ? tr("Booked %1: waiting for the space to approve it.").arg(booking.resourceName)
                                             : tr("Booked %1.").arg(booking.resourceName));
        Q_EMIT booked();
        m_busyTimes->reload();
    });
    dialog->open();
}

void RoomsPresenter::forgetPictures()
{
    QList<qint64> shown;
    for (int row = 0; row < m_resources->rowCount(); ++row)
        shown.append(m_resources->resourceAt(row).id);
    m_pictures->forget(shown);
}

bool RoomsPresenter::isOffline() const
{
    return m_connectivity->isOffline();
}

bool RoomsPresenter::isSettled() const
{
    // The selected room's details too: the picture shows the pane as a person would see it; and the
    // space's words in the chosen language, so it shows the names people read.
    const bool awaitingDetails = m_context && m_context->roomDetails()->isLoading();
    const bool awaitingWords = m_context && m_context->spaceWords()->isLoading();
    return m_ready && !awaitingDetails && !awaitingWords && !m_busyTimes->isAwaitingAnswer();
}

void RoomsPresenter::showCachedResources(const QList<domain::Resource> &resources, const QDateTime &fetchedAt)
{
    if (resources.isEmpty() || m_resources->rowCount() > 0)
        return; // no copy yet, or the space answered first
    m_resources->setResources(resources);
    FirstPaint::mark(m_window->resourceViews()->currentWidget(), "rooms-from-copy",
                     QStringLiteral("rows=%1").arg(m_resources->rowCount()));
    onResourcesListed();
    m_window->showStatus(tr("%n bookable room(s), from the offline copy of %1", nullptr, int(resources.size()))
                             .arg(QLocale().toString(core::Clock::onComputer(fetchedAt), QLocale::ShortFormat)));
    if (m_unreachableWhileRetrying)
        showCopyWhileRetrying(); // the space refused before the copy was read
}

void RoomsPresenter::showCopyWhileRetrying()
{
    if (m_resources->rowCount() == 0 || m_connectivity->isOffline())
        return; // nothing to show yet (the copy says so when it comes), or shown already
    m_connectivity->reportUnreachable(m_context ? m_context->rooms()->fetchedAt() : QDateTime());
    showOfflineState(true);
    m_ready = true; // the copy is what there is to show while the retries go on
    Q_EMIT progressed();
}

void RoomsPresenter::onResourcesFailed(const api::ApiError &error, bool offline)
{
    if (!offline)
        m_connectivity->reportReachable(); // the space answered, even if with an error: not offline
    if (error.isUnavailableHere()) {
        // Not a failure of the run: the other views go on, and a picture shows the reason.
        m_window->showNotice(error.kind() == api::ApiError::Kind::Forbidden
                                 ? tr("This account may not see the space's rooms. Your bookings and the news are "
                                      "still here.")
                                 : tr("This space does not list its rooms to Portal Desk. Your bookings and the news "
                                      "are still here."));
        m_window->showStatus({});
        m_ready = true;
        Q_EMIT progressed();
        return;
    }
    if (!offline || m_resources->rowCount() == 0) {
        Q_EMIT loadFailed(offline ? tr("The space cannot be reached and there is no offline copy of its rooms yet: %1")
                                        .arg(error.message())
                                  : error.message());
        if (offline)
            m_connectivity->reportUnreachable({}); // keep trying
        return;
    }
    m_connectivity->reportUnreachable(m_context ? m_context->rooms()->fetchedAt() : QDateTime());
    showOfflineState(true);
    m_ready = true; // the offline copy is what there is to show
    Q_EMIT progressed();
}

void RoomsPresenter::showOfflineState(bool offline)
{
    const QDateTime from = m_connectivity->dataFetchedAt();
    const QString banner = !offline ? QString()
                           : from.isValid()
                               ? tr("Offline — showing data from %1. Booking and other changes need a connection; "
                                    "Portal Desk reconnects by itself.")
                                     .arg(QLocale().toString(core::Clock::onComputer(from), QLocale::ShortFormat))
                               : tr("Offline — the space cannot be reached. Portal Desk reconnects by itself.");
    m_window->showOfflineBanner(banner);
    if (offline)
        timing::markOnce("offline-shown");
    const QString blocked = offline ? tr("Booking needs a connection to the space.") : QString();
    m_roomDetails->setBookingBlockedReason(blocked);
    Q_EMIT bookingBlockedChanged(blocked);
}

void RoomsPresenter::onResourcesLoaded()
{
    onResourcesListed();
    showRoomCount();
    m_ready = true;
    Q_EMIT progressed();
}

void RoomsPresenter::onResourcesListed()
{
    QHash<qint64, QString> locations;
    for (int row = 0; row < m_resources->rowCount(); ++row) {
        const domain::Resource resource = m_resources->resourceAt(row);
        locations.insert(resource.businessId, resource.businessName);
    }
    m_filterPanel->setLocations(locations);
    m_window->selectFirstResourceIfNone();
}

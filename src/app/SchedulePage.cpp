// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchedulePage.h"

#include "ui_SchedulePage.h"

#include "BusyTimesFeed.h"
#include "Logging.h"
#include "ScheduleView.h"
#include "models/ScheduleModel.h"
#include "repository/AccountContext.h"
#include "repository/MyBookingsRepository.h"

#include <QEvent>
#include <QLocale>

SchedulePage::SchedulePage(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SchedulePage>()), m_model(new models::ScheduleModel(this)),
      m_busyTimes(new BusyTimesFeed(this))
{
    m_ui->setupUi(this);
    m_ui->scheduleView->setModel(m_model);
    m_ui->stateLabel->hide();
    setFocusProxy(m_ui->scheduleView);

    connect(m_ui->previousDayButton, &QToolButton::clicked, this, [this] { showDay(day().addDays(-1)); });
    connect(m_ui->nextDayButton, &QToolButton::clicked, this, [this] { showDay(day().addDays(1)); });
    connect(m_ui->todayButton, &QPushButton::clicked, this, [this] { showDay(m_model->today()); });
    connect(m_ui->scheduleView, &ScheduleView::dayStepRequested, this, [this](int days) { showDay(day().addDays(days)); });
    connect(m_ui->scheduleView, &ScheduleView::todayRequested, this, [this] { showDay(m_model->today()); });
    connect(m_ui->scheduleView, &ScheduleView::bookRequested, this,
            [this](qint64 resourceId, const QDateTime &start, int minutes) {
                if (!m_blockedReason.isEmpty()) {
                    showState(m_blockedReason);
                    return;
                }
                Q_EMIT bookRequested(resourceId, start, minutes);
            });

    connect(m_busyTimes, &BusyTimesFeed::loaded, this, [this](QDate shown, const QList<domain::BusySlot> &slots) {
        if (shown != m_model->day())
            return;
        m_answeredDay = shown;
        m_model->setBusySlots(slots);
        showState(m_blockedReason);
        Q_EMIT progressed();
    });
    connect(m_busyTimes, &BusyTimesFeed::failed, this, [this](QDate failedDay, const QString &message) {
        m_answeredDay = failedDay;
        qCInfo(lcApp) << "Schedule's busy times not loaded:" << message;
        m_model->setBusySlots({});
        showState(m_blockedReason.isEmpty() ? message : m_blockedReason + u' ' + message);
        Q_EMIT progressed();
    });
    retranslate();
}

SchedulePage::~SchedulePage() = default;

ScheduleView *SchedulePage::view() const
{
    return m_ui->scheduleView;
}

QDate SchedulePage::day() const
{
    return m_model->day();
}

void SchedulePage::setRooms(QAbstractItemModel *rooms)
{
    m_model->setRooms(rooms);
}

void SchedulePage::setContext(repository::AccountContext *context)
{
    disconnect(m_bookingsConnection);
    m_context = context;
    // Another account, or none: nothing of the last one stays on the grid.
    m_model->setMyBookings({});
    m_model->setBusySlots({});
    m_answeredDay = {};
    m_busyTimes->setLoader(context ? context->newBusyTimesLoader(nullptr) : nullptr);
    if (!context)
        return;
    // My bookings as My bookings loads them: the grid marks the ones of its day.
    m_bookingsConnection = connect(context->bookings(), &repository::MyBookingsRepository::myBookingsLoaded, m_model,
                                   &models::ScheduleModel::setMyBookings);
    showDay(m_model->day().isValid() ? m_model->day() : m_model->today());
}

void SchedulePage::setTimeZone(const QString &zoneId)
{
    const bool wasToday = !m_model->day().isValid() || m_model->day() == m_model->today();
    m_zoneId = zoneId;
    m_model->setTimeZone(zoneId);
    if (wasToday)
        showDay(m_model->today()); // "today" is the space's, which is known now
    retranslate();
}

void SchedulePage::setBookingBlockedReason(const QString &reason)
{
    m_blockedReason = reason;
    showState(reason);
}

void SchedulePage::showDay(QDate day)
{
    if (!day.isValid())
        return;
    m_model->setDay(day);
    retranslate();
    loadIfShown();
    Q_EMIT progressed();
}

void SchedulePage::loadIfShown()
{
    const QDate shown = m_model->day();
    if (!isVisible() || !m_context || !shown.isValid())
        return;
    const bool asked = m_busyTimes->day() == shown;
    if (asked && (m_busyTimes->isAwaitingAnswer() || (m_busyTimes->isLoaded() && m_answeredDay == shown)))
        return;
    m_busyTimes->load(shown);
}

void SchedulePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    loadIfShown();
}

void SchedulePage::reload()
{
    if (isVisible() && m_context)
        m_busyTimes->reload();
    else
        m_answeredDay = {}; // asked again when next shown
}

bool SchedulePage::isSettled() const
{
    // Not looked at: nothing to wait for. Looked at: the shown day's answer has come.
    return !isVisible() || (m_context && m_model->day().isValid() && m_answeredDay == m_model->day()
                            && !m_busyTimes->isAwaitingAnswer());
}

void SchedulePage::showState(const QString &text)
{
    m_ui->stateLabel->setText(text);
    m_ui->stateLabel->setVisible(!text.isEmpty());
}

void SchedulePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void SchedulePage::retranslate()
{
    const QDate shown = m_model->day();
    if (!shown.isValid()) {
        m_ui->dayLabel->clear();
        return;
    }
    const QString date = QLocale().toString(shown, QLocale::LongFormat);
    const QString zone = m_zoneId.isEmpty() ? tr("this computer's time") : m_zoneId;
    //: the day shown, then the time zone its hours are in, e.g. "Saturday, 27 March 2027 (times in Europe/Madrid)"
    m_ui->dayLabel->setText(shown == m_model->today() ? tr("Today, %1 (times in %2)").arg(date, zone)
                                                      : tr("%1 (times in %2)").arg(date, zone));
}

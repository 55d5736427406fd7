// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilterPanel.h"

#include "ui_FilterPanel.h"

#include "clock/Clock.h"
#include "domain/BookingPolicyCheck.h"
#include "domain/SystemResourceType.h"
#include "models/ResourceFilterProxy.h"

#include <QDateTime>
#include <QSignalBlocker>

namespace {
constexpr int amenityRole = Qt::UserRole + 1;
} // namespace

FilterPanel::FilterPanel(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::FilterPanel>())
{
    m_ui->setupUi(this);
    fillChoices();
    connect(m_ui->capacityCombo, &QComboBox::currentIndexChanged, this, &FilterPanel::applyFilter);
    connect(m_ui->typeCombo, &QComboBox::currentIndexChanged, this, &FilterPanel::applyFilter);
    connect(m_ui->locationCombo, &QComboBox::currentIndexChanged, this, &FilterPanel::applyFilter);
    connect(m_ui->accessCombo, &QComboBox::currentIndexChanged, this, &FilterPanel::applyFilter);
    connect(m_ui->amenityList, &QListWidget::itemChanged, this, &FilterPanel::applyFilter);
    resetWindowToNextHour();
    connect(m_ui->freeCheck, &QCheckBox::toggled, this, &FilterPanel::onWindowChanged);
    connect(m_ui->freeDate, &QDateEdit::dateChanged, this, &FilterPanel::onWindowChanged);
    connect(m_ui->freeFrom, &QTimeEdit::timeChanged, this, &FilterPanel::onWindowChanged);
    connect(m_ui->freeTo, &QTimeEdit::timeChanged, this, &FilterPanel::onWindowChanged);
    connect(m_ui->clearButton, &QPushButton::clicked, this, [this] {
        m_updating = true;
        m_ui->freeCheck->setChecked(false);
        m_ui->capacityCombo->setCurrentIndex(0);
        m_ui->typeCombo->setCurrentIndex(0);
        m_ui->locationCombo->setCurrentIndex(0);
        m_ui->accessCombo->setCurrentIndex(0);
        for (int i = 0; i < m_ui->amenityList->count(); ++i)
            m_ui->amenityList->item(i)->setCheckState(Qt::Unchecked);
        m_updating = false;
        applyFilter();
    });
}

FilterPanel::~FilterPanel() = default;

void FilterPanel::setTimeZone(const QString &timeZone)
{
    m_timeZone = timeZone;
    m_profileKnown = true;
    if (!m_ui->freeCheck->isChecked())
        resetWindowToNextHour(); // "today" is the space's today
    askForBusyTimes();
    refreshWindowInfo();
}

QDate FilterPanel::windowDay() const
{
    return m_ui->freeDate->date();
}

void FilterPanel::resetWindowToNextHour()
{
    // The same proposal as the booking dialog's: the next bookable slot at the space, for an hour.
    const QDateTime now = core::Clock::wallClockIn(m_timeZone);
    const QDateTime start = domain::nextBookableStart(now);
    m_updating = true;
    m_ui->freeDate->setMinimumDate(now.date());
    m_ui->freeDate->setDate(start.date());
    m_ui->freeFrom->setTime(start.time());
    m_ui->freeTo->setTime(start.time().addSecs(3600) < start.time() ? QTime(23, 59) : start.time().addSecs(3600));
    m_updating = false;
}

std::optional<FilterPanel::Window> FilterPanel::freeWindow() const
{
    if (!m_ui->freeCheck->isChecked() || m_ui->freeTo->time() <= m_ui->freeFrom->time())
        return std::nullopt;
    const QDate day = m_ui->freeDate->date();
    return Window{QDateTime(day, m_ui->freeFrom->time(), Qt::UTC), QDateTime(day, m_ui->freeTo->time(), Qt::UTC)};
}

void FilterPanel::onWindowChanged()
{
    if (!m_updating)
        askForBusyTimes();
    refreshWindowInfo();
    applyFilter();
}

void FilterPanel::askForBusyTimes()
{
    // The day timeline shows the chosen day too, so its busy times are wanted even with the window off.
    if (!m_profileKnown || m_ui->freeDate->date() == m_askedDay)
        return;
    m_askedDay = m_ui->freeDate->date();
    Q_EMIT busyTimesWanted(m_askedDay);
}

void FilterPanel::setBusyTimesState(QDate day, bool known, const QString &problem)
{
    m_knownDay = known ? day : QDate();
    if (!known)
        m_askedDay = QDate(); // asking again is worth it
    m_busyProblem = problem;
    refreshWindowInfo();
}

void FilterPanel::refreshWindowInfo()
{
    QStringList lines;
    lines << (m_timeZone.isEmpty() ? tr("Times are the space's local time.") : tr("Times are in %1.").arg(m_timeZone));
    if (m_ui->freeCheck->isChecked()) {
        if (m_ui->freeTo->time() <= m_ui->freeFrom->time())
            lines << tr("The end must be after the start.");
        else if (!m_busyProblem.isEmpty())
            lines << m_busyProblem;
        else if (m_knownDay != m_ui->freeDate->date())
            lines << tr("Checking which rooms are free…");
    }
    m_ui->freeInfo->setText(lines.join(u'\n'));
}

void FilterPanel::setProxy(models::ResourceFilterProxy *proxy)
{
    m_proxy = proxy;
    connect(proxy, &models::ResourceFilterProxy::facetCountsChanged, this, &FilterPanel::refreshCounts);
    refreshCounts();
}

void FilterPanel::setLocations(const QHash<qint64, QString> &locations)
{
    m_locations = locations;
    fillChoices();
}

void FilterPanel::fillChoices()
{
    // Rebuilding keeps the current choices: read them first, restore them after.
    const QVariant capacity = m_ui->capacityCombo->currentData();
    const QVariant type = m_ui->typeCombo->currentData();
    const QVariant location = m_ui->locationCombo->currentData();
    const QVariant access = m_ui->accessCombo->currentData();
    QHash<int, Qt::CheckState> checked;
    for (int i = 0; i < m_ui->amenityList->count(); ++i)
        checked.insert(m_ui->amenityList->item(i)->data(amenityRole).toInt(), m_ui->amenityList->item(i)->checkState());

    m_updating = true;
    m_ui->capacityCombo->clear();
    m_ui->capacityCombo->addItem(QString(), 0);
    for (int threshold : models::ResourceFilterProxy::capacityThresholds())
        m_ui->capacityCombo->addItem(QString(), threshold);
    m_ui->typeCombo->clear();
    m_ui->typeCombo->addItem(QString(), -1);
    for (domain::SystemResourceType t : domain::allSystemResourceTypes())
        m_ui->typeCombo->addItem(QString(), int(t));
    m_ui->locationCombo->clear();
    m_ui->locationCombo->addItem(QString(), qint64(0));
    for (auto it = m_locations.cbegin(); it != m_locations.cend(); ++it)
        m_ui->locationCombo->addItem(it.value(), it.key());
    m_ui->accessCombo->clear();
    m_ui->accessCombo->addItem(QString(), -1);
    for (models::BookingAccess a : models::allBookingAccess())
        m_ui->accessCombo->addItem(QString(), int(a));
    m_ui->amenityList->clear();
    for (domain::Amenity amenity : domain::allAmenities()) {
        auto *item = new QListWidgetItem(domain::amenityLabel(amenity), m_ui->amenityList);
        item->setData(amenityRole, int(amenity));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.value(int(amenity), Qt::Unchecked));
    }
    m_ui->capacityCombo->setCurrentIndex(qMax(0, m_ui->capacityCombo->findData(capacity)));
    m_ui->typeCombo->setCurrentIndex(qMax(0, m_ui->typeCombo->findData(type)));
    m_ui->locationCombo->setCurrentIndex(qMax(0, m_ui->locationCombo->findData(location)));
    m_ui->accessCombo->setCurrentIndex(qMax(0, m_ui->accessCombo->findData(access)));
    m_updating = false;
    refreshCounts();
}

void FilterPanel::applyFilter()
{
    if (m_updating || !m_proxy)
        return;
    models::ResourceFilter filter;
    filter.text = m_proxy->filter().text; // the search box's part
    filter.minCapacity = m_ui->capacityCombo->currentData().toInt();
    if (const int type = m_ui->typeCombo->currentData().toInt(); type >= 0)
        filter.systemTypes = {type};
    if (const qint64 location = m_ui->locationCombo->currentData().toLongLong(); location > 0)
        filter.locations = {location};
    if (const int access = m_ui->accessCombo->currentData().toInt(); access >= 0)
        filter.access = {access};
    QList<domain::Amenity> required;
    for (int i = 0; i < m_ui->amenityList->count(); ++i) {
        if (m_ui->amenityList->item(i)->checkState() == Qt::Checked)
            required.append(domain::Amenity(m_ui->amenityList->item(i)->data(amenityRole).toInt()));
    }
    for (domain::Amenity amenity : std::as_const(required))
        filter.amenities = filter.amenities | domain::AmenitySet::of({amenity});
    if (m_ui->freeCheck->isChecked()) {
        // The space's wall clock as digits, like every busy slot.
        filter.freeFrom = QDateTime(m_ui->freeDate->date(), m_ui->freeFrom->time(), Qt::UTC);
        filter.freeTo = QDateTime(m_ui->freeDate->date(), m_ui->freeTo->time(), Qt::UTC);
    }
    m_proxy->setFilter(filter);
}

void FilterPanel::refreshCounts()
{
    if (!m_proxy)
        return;
    m_updating = true;
    const auto capacities = m_proxy->capacityCounts();
    m_ui->capacityCombo->setItemText(0, tr("Any number of people"));
    for (int i = 1; i < m_ui->capacityCombo->count(); ++i) {
        const int threshold = m_ui->capacityCombo->itemData(i).toInt();
        m_ui->capacityCombo->setItemText(i, tr("%1 or more (%2)").arg(threshold).arg(capacities.value(threshold)));
    }
    const auto types = m_proxy->systemTypeCounts();
    m_ui->typeCombo->setItemText(0, tr("Any type"));
    for (int i = 1; i < m_ui->typeCombo->count(); ++i) {
        const int type = m_ui->typeCombo->itemData(i).toInt();
        m_ui->typeCombo->setItemText(i, tr("%1 (%2)").arg(domain::displayName(domain::SystemResourceType(type))).arg(types.value(type)));
    }
    const auto locations = m_proxy->locationCounts();
    m_ui->locationCombo->setItemText(0, tr("Every location"));
    for (int i = 1; i < m_ui->locationCombo->count(); ++i) {
        const qint64 id = m_ui->locationCombo->itemData(i).toLongLong();
        m_ui->locationCombo->setItemText(i, tr("%1 (%2)").arg(m_locations.value(id)).arg(locations.value(id)));
    }
    m_ui->freeCheck->setText(m_proxy->filter().hasWindow() ? tr("&Free between (%1)").arg(m_proxy->freeInWindowCount())
                                                           : tr("&Free between"));
    const auto access = m_proxy->accessCounts();
    m_ui->accessCombo->setItemText(0, tr("Every room"));
    for (int i = 1; i < m_ui->accessCombo->count(); ++i) {
        const int a = m_ui->accessCombo->itemData(i).toInt();
        m_ui->accessCombo->setItemText(i, tr("%1 (%2)").arg(models::bookingAccessLabel(models::BookingAccess(a))).arg(access.value(a)));
    }
    const auto amenities = m_proxy->amenityCounts();
    QSignalBlocker blocker(m_ui->amenityList); // text updates are not choices
    for (int i = 0; i < m_ui->amenityList->count(); ++i) {
        QListWidgetItem *item = m_ui->amenityList->item(i);
        const auto amenity = domain::Amenity(item->data(amenityRole).toInt());
        item->setText(tr("%1 (%2)").arg(domain::amenityLabel(amenity)).arg(amenities.value(amenity)));
    }
    m_updating = false;
}

void FilterPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillChoices();
        refreshWindowInfo();
    }
    QWidget::changeEvent(event);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoomDetails.h"
#include "domain/Money.h"

#include "ui_RoomDetails.h"

#include "domain/Amenity.h"
#include "domain/BookingPolicyExplainer.h"
#include "html/HtmlSanitizer.h"
#include "models/ResourceListModel.h"

#include <QDesktopServices>
#include <QScrollBar>

QVariant SafeTextBrowser::loadResource(int, const QUrl &)
{
    // Images and style sheets referenced by the description are not fetched: no remote loads, no
    // local file reads. (The space's own images can come later through the account's client.)
    return {};
}

RoomDetails::RoomDetails(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::RoomDetails>())
{
    m_ui->setupUi(this);
    setFocusProxy(m_ui->detailsBrowser); // Enter on a room lands here, for reading with the keyboard
    m_openLink = [](const QUrl &url) { QDesktopServices::openUrl(url); };
    connect(m_ui->detailsBrowser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QString scheme = url.scheme().toLower();
        if (scheme == u"https" || scheme == u"http")
            m_openLink(url);
    });
    connect(m_ui->bookButton, &QPushButton::clicked, this, [this] {
        if (m_resource)
            Q_EMIT bookRequested(m_resource->id);
    });
    showResource(std::nullopt);
}

RoomDetails::~RoomDetails() = default;

QString RoomDetails::detailsHtml(const domain::Resource &r, const QUrl &spaceUrl, const QString &currencyCode)
{
    const auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(r.name));
    QStringList facts;
    facts << esc(r.resourceTypeName.isEmpty() ? domain::displayName(r.systemType) : r.resourceTypeName);
    if (!r.businessName.isEmpty())
        facts << esc(r.groupName.isEmpty() ? r.businessName : QString(r.businessName + u", " + r.groupName));
    const QString capacity = models::ResourceListModel::capacityText(r);
    if (!capacity.isEmpty())
        facts << esc(capacity);
    if (!r.priceFormatted.isEmpty())
        facts << esc(tr("from %1").arg(r.priceFormatted));
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" · ")));
    // Approval, fees and limits: what a member must know before booking (approval included).
    const QStringList rules = domain::BookingPolicyExplainer(currencyCode).sentences(r.policy);
    if (!rules.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Booking rules")));
        for (const QString &rule : rules)
            html += QStringLiteral("<li>%1</li>").arg(esc(rule));
        html += QStringLiteral("</ul>");
    }
    if (!r.bookingRates.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Booking rates")));
        for (const domain::BookingRate &rate : r.bookingRates)
            html += QStringLiteral("<li>%1</li>").arg(esc(bookingRateText(rate, currencyCode)));
        html += QStringLiteral("</ul>");
    }
    const QList<domain::Amenity> amenities = r.amenities.toList();
    if (!amenities.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Amenities")));
        for (domain::Amenity amenity : amenities)
            html += QStringLiteral("<li>%1</li>").arg(esc(domain::amenityLabel(amenity)));
        html += QStringLiteral("</ul>");
    }
    if (!r.descriptionHtml.trimmed().isEmpty()) {
        // The same allow-list sanitiser as the news: no scripts, handlers, foreign images or odd links.
        const QString description = html::HtmlSanitizer(spaceUrl).sanitize(r.descriptionHtml);
        html += QStringLiteral("<h3>%1</h3>%2").arg(esc(tr("About this room")), description);
    }
    return html;
}

QString RoomDetails::bookingRateText(const domain::BookingRate &rate, const QString &currencyCode)
{
    const QString price = !rate.priceFormatted.isEmpty() ? rate.priceFormatted : domain::formatMoney(rate.price, currencyCode);
    QString per;
    switch (rate.chargePeriod) {
    case 1: per = tr("%1 per minute").arg(price); break;
    case 2: per = tr("%1 per hour").arg(price); break;
    case 3: per = tr("%1 per day").arg(price); break;
    case 4: per = tr("%1 per week").arg(price); break;
    case 5: per = tr("%1 per month").arg(price); break;
    case 6: per = tr("%1 per booking").arg(price); break;
    default: per = price; break;
    }
    return rate.name.isEmpty() ? per : tr("%1: %2").arg(rate.name, per);
}

void RoomDetails::setBusyTimes(QDate day, const QList<domain::BusySlot> &slots)
{
    m_busyDay = day;
    m_busySlots = slots;
    refreshTimeline();
}

void RoomDetails::refreshTimeline()
{
    m_ui->timelineCaption->setVisible(m_resource.has_value());
    m_ui->dayTimeline->setVisible(m_resource.has_value());
    if (!m_resource)
        return;
    QList<domain::BusySlot> mine;
    for (const domain::BusySlot &slot : std::as_const(m_busySlots)) {
        if (slot.resourceId == m_resource->id)
            mine.append(slot);
    }
    m_ui->dayTimeline->setRoomName(m_resource->name);
    m_ui->dayTimeline->setDay(m_busyDay, mine);
}

void RoomDetails::showResource(const std::optional<domain::Resource> &resource)
{
    m_resource = resource;
    refreshTimeline();
    m_ui->bookButton->setEnabled(resource.has_value() && m_bookingBlockedReason.isEmpty());
    if (!resource) {
        m_ui->detailsBrowser->setHtml(QStringLiteral("<p>%1</p>").arg(tr("Select a room to see its details.").toHtmlEscaped()));
        return;
    }
    m_ui->detailsBrowser->setHtml(detailsHtml(shown(*resource), m_spaceUrl, m_currencyCode));
}

domain::Resource RoomDetails::shown(const domain::Resource &resource) const
{
    domain::Resource copy = resource;
    copy.resourceTypeName = m_words.typeName(resource.id, resource.resourceTypeId, resource.resourceTypeName);
    return copy;
}

void RoomDetails::setSpaceWords(const domain::SpaceWords &words)
{
    m_words = words;
    m_words.posts.clear(); // not ours
    if (m_resource)
        showDetails(*m_resource);
}

void RoomDetails::showDetails(const domain::Resource &resource)
{
    if (!m_resource || m_resource->id != resource.id)
        return; // the person moved on to another room
    QScrollBar *scroll = m_ui->detailsBrowser->verticalScrollBar();
    const int position = scroll->value();
    m_resource = resource;
    m_ui->detailsBrowser->setHtml(detailsHtml(shown(resource), m_spaceUrl, m_currencyCode));
    scroll->setValue(position);
}

void RoomDetails::setBookingBlockedReason(const QString &reason)
{
    m_bookingBlockedReason = reason;
    m_ui->bookButton->setToolTip(reason);
    m_ui->bookButton->setAccessibleDescription(reason);
    m_ui->bookButton->setEnabled(m_resource.has_value() && reason.isEmpty());
}

bool RoomDetails::isBookButtonEnabled() const
{
    return m_ui->bookButton->isEnabled();
}

QString RoomDetails::shownText() const
{
    return m_ui->detailsBrowser->toPlainText();
}

void RoomDetails::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showResource(m_resource);
    }
    QWidget::changeEvent(event);
}

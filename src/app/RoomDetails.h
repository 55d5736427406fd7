// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/BusySlot.h"
#include "domain/Resource.h"
#include "domain/SpaceWords.h"

#include <QDate>

#include <QTextBrowser>
#include <QUrl>
#include <QWidget>
#include <functional>
#include <memory>

namespace Ui {
class RoomDetails;
}

//! A QTextBrowser for the space's HTML: Qt's rich text never runs scripts, and this one loads
//! nothing from the network and no local files, so a description cannot reach anywhere.
class SafeTextBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    using QTextBrowser::QTextBrowser;
    QVariant loadResource(int type, const QUrl &name) override;
};

//! The selected room: what it is, where, for how many, its amenities and price, and its
//! description (HTML from the space, shown safely), with a button to book it.
class RoomDetails : public QWidget
{
    Q_OBJECT
public:
    using LinkOpener = std::function<void(const QUrl &)>;

    explicit RoomDetails(QWidget *parent = nullptr);
    ~RoomDetails() override;

    void showResource(const std::optional<domain::Resource> &resource);
    //! The room's full record (booking rates...) has arrived: shown if it is still this room,
    //! without losing the reader's place.
    void showDetails(const domain::Resource &resource);
    qint64 resourceId() const { return m_resource ? m_resource->id : 0; }
    //! Type names in the chosen language over the full record's default-language ones.
    void setSpaceWords(const domain::SpaceWords &words);
    //! Only http(s) links are opened, in the system browser (replaceable for tests).
    void setLinkOpener(LinkOpener opener) { m_openLink = std::move(opener); }
    QString shownText() const;
    //! Everyone's bookings on `day` (the space's wall clock): the selected room's show in its timeline.
    void setBusyTimes(QDate day, const QList<domain::BusySlot> &slots);

    //! HTML for the pane: every value escaped, the description sanitised.
    //! currencyCode: the space's, for fees in the booking rules.
    //! "Hourly: 20.00 € per hour": a booking rate in words.
    static QString bookingRateText(const domain::BookingRate &rate, const QString &currencyCode = {});
    static QString detailsHtml(const domain::Resource &resource, const QUrl &spaceUrl = {}, const QString &currencyCode = {});
    //! The space the descriptions come from (its images are the only ones allowed).
    void setSpaceUrl(const QUrl &url) { m_spaceUrl = url; }
    //! The space's currency (from the profile), for the fees in the booking rules.
    void setCurrencyCode(const QString &code)
    {
        m_currencyCode = code;
        showResource(m_resource);
    }

    //! Why booking is not possible right now (e.g. offline); empty when it is. The button is
    //! disabled and its tooltip and accessible description say why.
    void setBookingBlockedReason(const QString &reason);
    bool isBookButtonEnabled() const;

Q_SIGNALS:
    void bookRequested(qint64 resourceId);

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::RoomDetails> m_ui;
    std::optional<domain::Resource> m_resource;
    domain::SpaceWords m_words;
    LinkOpener m_openLink;
    QUrl m_spaceUrl;
    QString m_currencyCode;
    QString m_bookingBlockedReason;
    QDate m_busyDay;
    QList<domain::BusySlot> m_busySlots;

    void refreshTimeline();
    domain::Resource shown(const domain::Resource &resource) const;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace repository {

//! One dataset of an account's offline copy: its name there, the route it is read from (empty when
//! it is not one list, such as the identity), what people call it, and whether only staff read it.
struct Dataset {
    const char *name;
    const char *route;
    const char *title; //!< untranslated; Datasets::title() gives the translation
    bool staffOnly;
};

//! Every dataset Portal Desk keeps, in one table that the repositories (names and routes), FullSync
//! (what `--sync` fetches) and the UI's wording (titles) all read, so a dataset is named once.
//! Rooms are read from the copy first and refreshed behind it; every other dataset asks the space
//! first and falls back to the copy when the space cannot be reached.
namespace datasets {
// The rooms as the list and cards show them, and every field of each, as a room's details show them.
inline constexpr Dataset rooms{"resources", "/api/public/resources/published/details", QT_TRANSLATE_NOOP("repository::Datasets", "rooms"), false};
inline constexpr Dataset roomDetails{"resource-details", rooms.route, QT_TRANSLATE_NOOP("repository::Datasets", "room details"), false};
inline constexpr Dataset bookings{"bookings", "/api/public/bookings/my", QT_TRANSLATE_NOOP("repository::Datasets", "bookings"), false};
inline constexpr Dataset cancelledBookings{"bookings-cancelled", "/api/public/bookings/cancelled",
                                           QT_TRANSLATE_NOOP("repository::Datasets", "cancelled bookings"), false};
inline constexpr Dataset news{"news", "/api/public/blogPosts", QT_TRANSLATE_NOOP("repository::Datasets", "news"), false};
//! Articles read in full (the portal's localized `/{lang}/blog/{id}/json`, one at a time).
inline constexpr Dataset newsArticles{"news-posts", "", QT_TRANSLATE_NOOP("repository::Datasets", "news articles"), false};
inline constexpr Dataset identity{"identity", "", QT_TRANSLATE_NOOP("repository::Datasets", "your profile"), false};
inline constexpr Dataset applications{"applications", "/api/apps/applications", QT_TRANSLATE_NOOP("repository::Datasets", "applications"), true};
inline constexpr Dataset applicationDetails{"application-details", applications.route,
                                            QT_TRANSLATE_NOOP("repository::Datasets", "application details"), true};
inline constexpr Dataset reviewResources{"review-resources", "/api/spaces/resources",
                                         QT_TRANSLATE_NOOP("repository::Datasets", "resources for review"), true};
inline constexpr Dataset reviewResourceDetails{"review-resource-details", reviewResources.route,
                                               QT_TRANSLATE_NOOP("repository::Datasets", "resource details for review"), true};
inline constexpr Dataset resourceTypes{"review-resource-types", "/api/spaces/resourcetypes",
                                       QT_TRANSLATE_NOOP("repository::Datasets", "resource types"), true};
inline constexpr Dataset bookingRates{"review-booking-rates", "/api/billing/extraservices",
                                      QT_TRANSLATE_NOOP("repository::Datasets", "booking rates"), true};
} // namespace datasets

class Datasets
{
public:
    static QString name(const Dataset &dataset) { return QString::fromLatin1(dataset.name); }
    static QString route(const Dataset &dataset) { return QString::fromLatin1(dataset.route); }
    //! Every dataset of the table, rooms first.
    static QList<Dataset> all();
    //! What people call the dataset named `name`, translated; `name` itself when the table has
    //! no such dataset (the space's words per language, for instance).
    static QString title(const QString &name);
};

} // namespace repository

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace api {
class ApiError;
}

namespace repository {

//! How a dataset is read, declared once per dataset in the table below.
enum class ReadPolicy {
    //! The copy is shown at once and refreshed behind it (rooms: wanted at once, changing rarely).
    CacheFirst,
    //! The space is asked first; the copy is shown only when the space cannot be reached.
    NetworkFirst,
};

//! What a read does once the space answered it with a failure (see Datasets::afterFailure()).
enum class AfterFailure {
    ShowFailure,      //!< network-first, a failure that is an answer: say it (a copy would mislead)
    ReadCopy,         //!< network-first, the space cannot be reached: show the copy (or the failure if none)
    KeepCopy,         //!< cache-first, an answer: the copy shown stays, and the failure is said
    KeepCopyOffline,  //!< cache-first, the space cannot be reached: the copy stays, marked offline
};

//! One dataset of an account's offline copy: its name there, the route it is read from (empty when
//! it is not one list, such as the identity), what people call it, whether only staff read it, and
//! how it is read.
struct Dataset {
    const char *name;
    const char *route;
    const char *title; //!< untranslated; Datasets::title() gives the translation
    bool staffOnly;
    ReadPolicy policy;
};

//! Every dataset Portal Desk keeps, in one table that the repositories (names and routes), FullSync
//! (what `--sync` fetches) and the UI's wording (titles) all read, so a dataset is named once.
//! Each declares its ReadPolicy; Datasets::afterFailure() applies it wherever a read fails.
namespace datasets {
constexpr ReadPolicy cacheFirst = ReadPolicy::CacheFirst;
constexpr ReadPolicy networkFirst = ReadPolicy::NetworkFirst;
// The rooms as the list and cards show them, and every field of each, as a room's details show them.
inline constexpr Dataset rooms{"resources", "/api/public/resources/published/details", QT_TRANSLATE_NOOP("repository::Datasets", "rooms"), false, cacheFirst};
inline constexpr Dataset roomDetails{"resource-details", rooms.route, QT_TRANSLATE_NOOP("repository::Datasets", "room details"), false, networkFirst};
inline constexpr Dataset bookings{"bookings", "/api/public/bookings/my", QT_TRANSLATE_NOOP("repository::Datasets", "bookings"), false, networkFirst};
inline constexpr Dataset cancelledBookings{"bookings-cancelled", "/api/public/bookings/cancelled",
                                           QT_TRANSLATE_NOOP("repository::Datasets", "cancelled bookings"), false, networkFirst};
inline constexpr Dataset news{"news", "/api/public/blogPosts", QT_TRANSLATE_NOOP("repository::Datasets", "news"), false, networkFirst};
//! Articles read in full (the portal's localized `/{lang}/blog/{id}/json`, one at a time).
inline constexpr Dataset newsArticles{"news-posts", "", QT_TRANSLATE_NOOP("repository::Datasets", "news articles"), false, networkFirst};
inline constexpr Dataset identity{"identity", "", QT_TRANSLATE_NOOP("repository::Datasets", "your profile"), false, networkFirst};
inline constexpr Dataset applications{"applications", "/api/apps/applications", QT_TRANSLATE_NOOP("repository::Datasets", "applications"), true, networkFirst};
inline constexpr Dataset applicationDetails{"application-details", applications.route,
                                            QT_TRANSLATE_NOOP("repository::Datasets", "application details"), true, networkFirst};
inline constexpr Dataset reviewResources{"review-resources", "/api/spaces/resources",
                                         QT_TRANSLATE_NOOP("repository::Datasets", "resources for review"), true, networkFirst};
inline constexpr Dataset reviewResourceDetails{"review-resource-details", reviewResources.route,
                                               QT_TRANSLATE_NOOP("repository::Datasets", "resource details for review"), true, networkFirst};
inline constexpr Dataset resourceTypes{"review-resource-types", "/api/spaces/resourcetypes",
                                       QT_TRANSLATE_NOOP("repository::Datasets", "resource types"), true, networkFirst};
inline constexpr Dataset bookingRates{"review-booking-rates", "/api/billing/extraservices",
                                      QT_TRANSLATE_NOOP("repository::Datasets", "booking rates"), true, networkFirst};
} // namespace datasets

class Datasets
{
public:
    //! What a read of `dataset` does after `error`, by the dataset's policy: only a space that
    //! cannot be reached (no connection, a timeout) lets the copy answer; a refusal, a missing
    //! route or a bad answer is said as it is.
    static AfterFailure afterFailure(const Dataset &dataset, const api::ApiError &error);
    //! afterFailure() is ReadCopy or KeepCopyOffline.
    static bool copyAnswers(const Dataset &dataset, const api::ApiError &error);
    //! The copy is read before the space is asked.
    static bool readsCopyFirst(const Dataset &dataset) { return dataset.policy == ReadPolicy::CacheFirst; }
    static QString name(const Dataset &dataset) { return QString::fromLatin1(dataset.name); }
    static QString route(const Dataset &dataset) { return QString::fromLatin1(dataset.route); }
    //! Every dataset of the table, rooms first.
    static QList<Dataset> all();
    //! What people call the dataset named `name`, translated; `name` itself when the table has
    //! no such dataset (the space's words per language, for instance).
    static QString title(const QString &name);
};

} // namespace repository

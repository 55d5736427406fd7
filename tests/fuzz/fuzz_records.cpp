// SPDX-License-Identifier: GPL-3.0-or-later
// Every record mapper, on every object of an answer: rooms (and their booking rules in words),
// bookings, booking rates, blog posts, categories and comments, applications, profiles and the
// business, the space's words, staff-reviewed resources and resource types.
#include "FuzzInput.h"

#include "domain/Application.h"
#include "domain/BlogCategory.h"
#include "domain/BlogComment.h"
#include "domain/BlogPost.h"
#include "domain/Booking.h"
#include "domain/BookingPolicyExplainer.h"
#include "domain/BookingRate.h"
#include "domain/Resource.h"
#include "domain/ResourceType.h"
#include "repository/IdentityLoader.h"
#include "repository/ResourceReviewRepository.h"
#include "repository/SpaceWordsRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

void mapEverything(const QJsonObject &o)
{
    const domain::Resource room = domain::Resource::fromJson(o);
    domain::BookingPolicyExplainer(QStringLiteral("EUR")).sentences(room.policy);
    domain::Booking::fromJson(o);
    domain::BookingRate::fromJson(o);
    domain::BlogPost::fromJson(o);
    domain::BlogCategory::fromJson(o);
    domain::BlogComment::fromJson(o);
    domain::Application::fromJson(o);
    domain::ReviewedResource::fromJson(o);
    domain::ResourceType::listFromJson({o});
    repository::SpaceWordsRepository::fromJson(o);
    domain::Identity identity = repository::IdentityLoader::fromJson(o);
    repository::IdentityLoader::applyProfiles(o, &identity);
    repository::IdentityLoader::applyBusiness(o, &identity);
    repository::IdentityLoader::toJson(identity);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QJsonDocument doc;
    if (!fuzz::answer(fuzz::bytes(data, size), &doc))
        return 0;
    if (doc.isObject()) {
        mapEverything(doc.object());
    } else {
        for (const QJsonValue &value : doc.array()) {
            domain::BlogCategory::fromJson(value); // categories also come as bare names
            if (value.isObject())
                mapEverything(value.toObject());
        }
    }
    return 0;
}

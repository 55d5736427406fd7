// SPDX-License-Identifier: GPL-3.0-or-later
#include "Entities.h"

namespace emulator {

namespace {

template<class T>
FieldDef<T> computed(const char *name, std::function<QJsonValue(const T &)> get, int flags = Server)
{
    return {QString::fromLatin1(name), flags, std::move(get), [](T &, const QJsonValue &) { return true; }};
}

// Base fields, appended after the entity's own fields as in the documented examples.
template<class T>
void appendBase(QList<FieldDef<T>> &f, std::function<QString(const T &)> toStringText)
{
    f << field<T>("Id", &T::Id, Server) << field<T>("UniqueId", &T::UniqueId, Server)
      << field<T>("CreatedOn", &T::CreatedOn, Server) << field<T>("UpdatedOn", &T::UpdatedOn, Server)
      << field<T>("UpdatedBy", &T::UpdatedBy, Server) << field<T>("IsNew", &T::IsNew, Server)
      << field<T>("SystemId", &T::SystemId)
      << computed<T>("ToStringText", [toStringText](const T &r) { return QJsonValue(toStringText(r)); })
      << computed<T>("LocalizationDetails", [](const T &) { return QJsonValue(); })
      << computed<T>("CustomFields", [](const T &) { return QJsonValue(); });
}

} // namespace

const std::array<Amenity, 28> &amenities()
{
    using R = ResourceRec;
    static const std::array<Amenity, 28> list{{
        {"Projector", &R::Projector}, {"Internet", &R::Internet}, {"ConferencePhone", &R::ConferencePhone},
        {"StandardPhone", &R::StandardPhone}, {"WhiteBoard", &R::WhiteBoard}, {"LargeDisplay", &R::LargeDisplay},
        {"Catering", &R::Catering}, {"TeaAndCoffee", &R::TeaAndCoffee}, {"Drinks", &R::Drinks},
        {"SecurityLock", &R::SecurityLock}, {"CCTV", &R::CCTV}, {"VoiceRecorder", &R::VoiceRecorder},
        {"AirConditioning", &R::AirConditioning}, {"Heating", &R::Heating}, {"NaturalLight", &R::NaturalLight},
        {"StandingDesk", &R::StandingDesk}, {"QuietZone", &R::QuietZone}, {"WirelessCharger", &R::WirelessCharger},
        {"PrivacyScreen", &R::PrivacyScreen}, {"Soundproof", &R::Soundproof},
        {"VideoConferencing", &R::VideoConferencing}, {"DualDisplayScreen", &R::DualDisplayScreen},
        {"DisplayScreen", &R::DisplayScreen}, {"WirelessPresentation", &R::WirelessPresentation},
        {"PaSystem", &R::PaSystem}, {"DesktopMonitor", &R::DesktopMonitor}, {"FlipChart", &R::FlipChart},
        {"SecureStorage", &R::SecureStorage},
    }};
    return list;
}

QList<FieldDef<ResourceTypeRec>> resourceTypeFields()
{
    using T = ResourceTypeRec;
    QList<FieldDef<T>> f{field<T>("BusinessId", &T::BusinessId), field<T>("BusinessName", &T::BusinessName, Server),
                         field<T>("Name", &T::Name)};
    appendBase<T>(f, [](const T &r) { return r.Name; });
    return f;
}

QList<FieldDef<ResourceRec>> resourceFields()
{
    using T = ResourceRec;
    QList<FieldDef<T>> f{
        field<T>("BusinessId", &T::BusinessId), field<T>("BusinessName", &T::BusinessName, Server),
        field<T>("Name", &T::Name), field<T>("SystemResourceType", &T::SystemResourceType),
        field<T>("ResourceTypeId", &T::ResourceTypeId), field<T>("ResourceTypeName", &T::ResourceTypeName, Server),
        field<T>("Description", &T::Description), field<T>("PictureFileName", &T::PictureFileName, Server),
        field<T>("NewPictureUrl", &T::NewPictureUrl), field<T>("ClearPictureFile", &T::ClearPictureFile),
        field<T>("EmailConfirmationContent", &T::EmailConfirmationContent), field<T>("Visible", &T::Visible),
        field<T>("RequiresConfirmation", &T::RequiresConfirmation), field<T>("DisplayOrder", &T::DisplayOrder),
        field<T>("GroupName", &T::GroupName)};
    for (const Amenity &a : amenities())
        f << field<T>(a.name, a.flag);
    f << field<T>("AllowMultipleBookings", &T::AllowMultipleBookings) << field<T>("Allocation", &T::Allocation)
      << field<T>("LimitVisitorsToAllocation", &T::LimitVisitorsToAllocation)
      << field<T>("BookInAdvanceLimit", &T::BookInAdvanceLimit) << field<T>("LateBookingLimit", &T::LateBookingLimit)
      << field<T>("LateCancellationLimit", &T::LateCancellationLimit) << field<T>("IntervalLimit", &T::IntervalLimit)
      << field<T>("NoReturnPolicy", &T::NoReturnPolicy)
      << field<T>("NoReturnPolicyAllResources", &T::NoReturnPolicyAllResources)
      << field<T>("NoReturnPolicyAllUsers", &T::NoReturnPolicyAllUsers)
      << field<T>("MaxBookingLength", &T::MaxBookingLength) << field<T>("MinBookingLength", &T::MinBookingLength)
      << field<T>("Tariffs", &T::Tariffs, Collection) << field<T>("Teams", &T::Teams, Collection)
      << field<T>("Shifts", &T::Shifts) << field<T>("LinkedResources", &T::LinkedResources, Collection)
      << field<T>("GoogleCalendarId", &T::GoogleCalendarId, Secret) << field<T>("KisiGroupId", &T::KisiGroupId, Secret)
      << field<T>("AccessControlGroupId", &T::AccessControlGroupId, Secret)
      << field<T>("AccessControlGroupIds", &T::AccessControlGroupIds, Secret)
      << field<T>("Longitude", &T::Longitude) << field<T>("Latitude", &T::Latitude)
      << field<T>("HideInCalendar", &T::HideInCalendar) << field<T>("Archived", &T::Archived)
      << field<T>("UseSharedZoomAccount", &T::UseSharedZoomAccount)
      << field<T>("ZoomAccessToken", &T::ZoomAccessToken, Secret | KeepIfOmitted)
      << field<T>("ZoomRefreshToken", &T::ZoomRefreshToken, Secret | KeepIfOmitted)
      << field<T>("ZoomUserId", &T::ZoomUserId) << field<T>("LastCleanedAt", &T::LastCleanedAt)
      << field<T>("Office365CalendarId", &T::Office365CalendarId, Secret)
      << computed<T>("LinkedResourceIds", [](const T &r) {
             QStringList ids;
             for (qint64 id : r.LinkedResources)
                 ids << QString::number(id);
             return ids.isEmpty() ? QJsonValue() : QJsonValue(ids.join(QLatin1Char(',')));
         })
      << field<T>("OnlyForContacts", &T::OnlyForContacts) << field<T>("OnlyForMembers", &T::OnlyForMembers)
      << field<T>("OnlyForInvoicingBusiness", &T::OnlyForInvoicingBusiness)
      << field<T>("SensorLastValue", &T::SensorLastValue, Server)
      << field<T>("IsSensorOccupied", &T::IsSensorOccupied, Server)
      << field<T>("BookingAvailabilityExceptions", &T::BookingAvailabilityExceptions, Collection)
      << field<T>("CancellationFeeProductId", &T::CancellationFeeProductId)
      << field<T>("CancellationFeeProductName", &T::CancellationFeeProductName, Server)
      << field<T>("ChargeCancellationFee", &T::ChargeCancellationFee)
      << field<T>("CancellationFeeType", &T::CancellationFeeType)
      << field<T>("CancellationFeeAmount", &T::CancellationFeeAmount)
      << field<T>("CancellationFeePercentage", &T::CancellationFeePercentage)
      << field<T>("RepeatBookingQuantityLimit", &T::RepeatBookingQuantityLimit)
      << field<T>("RepeatBookingPeriodLimitInMonths", &T::RepeatBookingPeriodLimitInMonths);
    appendBase<T>(f, [](const T &r) { return r.Name; });
    return f;
}

QList<FieldDef<BlogCategoryRec>> blogCategoryFields(const BlogPostTable *posts)
{
    using T = BlogCategoryRec;
    QList<FieldDef<T>> f{field<T>("BusinessId", &T::BusinessId), field<T>("BusinessName", &T::BusinessName, Server),
                         field<T>("LanguageId", &T::LanguageId), field<T>("Title", &T::Title),
                         computed<T>("BlogPosts", [posts](const T &r) {
                             QJsonArray ids;
                             for (const auto &p : posts->rows()) {
                                 if (p.BlogCategories.contains(r.Id))
                                     ids.append(p.Id);
                             }
                             return QJsonValue(ids);
                         }, Server | Collection)};
    appendBase<T>(f, [](const T &r) { return r.Title; });
    return f;
}

QList<FieldDef<BlogPostRec>> blogPostFields(const BlogPostCommentTable *comments)
{
    using T = BlogPostRec;
    QList<FieldDef<T>> f{
        field<T>("BusinessId", &T::BusinessId), field<T>("BusinessName", &T::BusinessName, Server),
        field<T>("LanguageId", &T::LanguageId), field<T>("PostedById", &T::PostedById),
        field<T>("PostedByFullName", &T::PostedByFullName, Server), field<T>("Title", &T::Title),
        field<T>("SummaryText", &T::SummaryText), field<T>("FullText", &T::FullText),
        field<T>("ImageFileName", &T::ImageFileName, Server), field<T>("NewImageUrl", &T::NewImageUrl),
        field<T>("ClearImageFile", &T::ClearImageFile),
        field<T>("LargeImageFileName", &T::LargeImageFileName, Server),
        field<T>("NewLargeImageUrl", &T::NewLargeImageUrl), field<T>("ClearLargeImageFile", &T::ClearLargeImageFile),
        field<T>("PublishDate", &T::PublishDate), field<T>("UnpublishDate", &T::UnpublishDate),
        field<T>("ShowInHomeBanner", &T::ShowInHomeBanner), field<T>("ShowInHomePage", &T::ShowInHomePage),
        field<T>("AllowComments", &T::AllowComments), field<T>("BlogCategories", &T::BlogCategories, Collection),
        computed<T>("CommentsCount", [comments](const T &r) {
            int n = 0;
            for (const auto &c : comments->rows())
                n += c.BlogPostId == r.Id ? 1 : 0;
            return QJsonValue(n);
        }),
        field<T>("OnlyForContacts", &T::OnlyForContacts), field<T>("OnlyForMembers", &T::OnlyForMembers)};
    appendBase<T>(f, [](const T &r) { return r.Title; });
    return f;
}

QList<FieldDef<BlogPostCommentRec>> blogPostCommentFields()
{
    using T = BlogPostCommentRec;
    QList<FieldDef<T>> f{field<T>("BusinessId", &T::BusinessId), field<T>("BusinessName", &T::BusinessName, Server),
                         field<T>("BlogPostId", &T::BlogPostId), field<T>("BlogPostTitle", &T::BlogPostTitle, Server),
                         field<T>("PostedById", &T::PostedById),
                         field<T>("PostedByFullName", &T::PostedByFullName, Server), field<T>("Title", &T::Title),
                         field<T>("Text", &T::Text), field<T>("Published", &T::Published)};
    appendBase<T>(f, [](const T &r) { return r.Title; });
    return f;
}

QList<FieldDef<ApplicationRec>> applicationFields()
{
    using T = ApplicationRec;
    QList<FieldDef<T>> f{field<T>("DeveloperId", &T::DeveloperId), field<T>("Name", &T::Name),
                         field<T>("Published", &T::Published), field<T>("ApplicationKey", &T::ApplicationKey, Server),
                         field<T>("SecretKey", &T::SecretKey, Secret | KeepIfOmitted),
                         field<T>("ShortDescription", &T::ShortDescription), field<T>("Description", &T::Description),
                         field<T>("InstallUrl", &T::InstallUrl), field<T>("RequiredRoles", &T::RequiredRoles, Collection)};
    appendBase<T>(f, [](const T &r) { return r.Name; });
    return f;
}

} // namespace emulator

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Table.h"

#include <array>

namespace emulator {

// A location (tenant). Not writable through the emulator.
struct Business
{
    qint64 Id = 0;
    QString UniqueId, Name, WebAddress, TimeZone, LanguageCulture;
    QString CurrencyCode, CurrencyName, CurrencyFormat; // Format uses {0} for the amount
    QString Address, TownCity, PostalCode, CountryName, CountryCode;
    qint64 CountryId = 0;
    double Latitude = 0, Longitude = 0;
};

// A booking rate (internally "ExtraService"; never named so in anything user-facing).
struct BookingRate
{
    qint64 Id = 0;
    qint64 BusinessId = 0;
    qint64 ResourceTypeId = 0;
    QString Name;
    double Price = 0;
    int ChargePeriod = 2; // see docs/emulator.md: 1 Minute, 2 Hour, 3 Day, 4 Week, 5 Month, 6 Use
};

struct ResourceTypeRec : BaseRecord
{
    qint64 BusinessId = 0;
    QString BusinessName;
    QString Name;
};

struct ResourceRec : BaseRecord
{
    qint64 BusinessId = 0;
    QString BusinessName, Name;
    int SystemResourceType = 0;
    qint64 ResourceTypeId = 0;
    QString ResourceTypeName, Description, PictureFileName, NewPictureUrl;
    bool ClearPictureFile = false;
    QString EmailConfirmationContent;
    bool Visible = false, RequiresConfirmation = false;
    int DisplayOrder = 0;
    QString GroupName;
    bool Projector = false, Internet = false, ConferencePhone = false, StandardPhone = false,
         WhiteBoard = false, LargeDisplay = false, Catering = false, TeaAndCoffee = false, Drinks = false,
         SecurityLock = false, CCTV = false, VoiceRecorder = false, AirConditioning = false, Heating = false,
         NaturalLight = false, StandingDesk = false, QuietZone = false, WirelessCharger = false,
         PrivacyScreen = false, Soundproof = false, VideoConferencing = false, DualDisplayScreen = false,
         DisplayScreen = false, WirelessPresentation = false, PaSystem = false, DesktopMonitor = false,
         FlipChart = false, SecureStorage = false;
    bool AllowMultipleBookings = false;
    std::optional<int> Allocation;
    bool LimitVisitorsToAllocation = false;
    std::optional<double> BookInAdvanceLimit, LateBookingLimit;
    std::optional<int> LateCancellationLimit, IntervalLimit, NoReturnPolicy, NoReturnPolicyAllResources,
        NoReturnPolicyAllUsers, MaxBookingLength, MinBookingLength;
    QList<qint64> Tariffs, Teams;
    QString Shifts;
    QList<qint64> LinkedResources;
    QString GoogleCalendarId, KisiGroupId, AccessControlGroupId, AccessControlGroupIds;
    std::optional<double> Longitude, Latitude;
    bool HideInCalendar = false, Archived = false, UseSharedZoomAccount = false;
    QString ZoomAccessToken, ZoomRefreshToken, ZoomUserId;
    QDateTime LastCleanedAt;
    QString Office365CalendarId, LinkedResourceIds;
    bool OnlyForContacts = false, OnlyForMembers = false, OnlyForInvoicingBusiness = false;
    QString SensorLastValue;
    bool IsSensorOccupied = false;
    QList<qint64> BookingAvailabilityExceptions;
    std::optional<qint64> CancellationFeeProductId;
    QString CancellationFeeProductName;
    bool ChargeCancellationFee = false;
    int CancellationFeeType = 0; // 0 None, 1 Absolute, 2 Percentage
    std::optional<double> CancellationFeeAmount, CancellationFeePercentage;
    std::optional<int> RepeatBookingQuantityLimit, RepeatBookingPeriodLimitInMonths;
};

struct BlogCategoryRec : BaseRecord
{
    qint64 BusinessId = 0;
    QString BusinessName;
    std::optional<qint64> LanguageId;
    QString Title;
};

struct BlogPostRec : BaseRecord
{
    qint64 BusinessId = 0;
    QString BusinessName;
    std::optional<qint64> LanguageId, PostedById;
    QString PostedByFullName, Title, SummaryText, FullText, ImageFileName, NewImageUrl;
    bool ClearImageFile = false;
    QString LargeImageFileName, NewLargeImageUrl;
    bool ClearLargeImageFile = false;
    QDateTime PublishDate, UnpublishDate;
    bool ShowInHomeBanner = false, ShowInHomePage = false, AllowComments = false;
    QList<qint64> BlogCategories;
    bool OnlyForContacts = false, OnlyForMembers = false;
};

struct BlogPostCommentRec : BaseRecord
{
    qint64 BusinessId = 0;
    QString BusinessName;
    qint64 BlogPostId = 0;
    QString BlogPostTitle;
    std::optional<qint64> PostedById;
    QString PostedByFullName, Title, Text;
    bool Published = false;
};

struct ApplicationRec : BaseRecord
{
    qint64 DeveloperId = 0;
    QString Name;
    bool Published = false;
    QString ApplicationKey, SecretKey, ShortDescription, Description, InstallUrl;
    QList<qint64> RequiredRoles;
};

using ResourceTypeTable = TypedTable<ResourceTypeRec>;
using ResourceTable = TypedTable<ResourceRec>;
using BlogCategoryTable = TypedTable<BlogCategoryRec>;
using BlogPostTable = TypedTable<BlogPostRec>;
using BlogPostCommentTable = TypedTable<BlogPostCommentRec>;
using ApplicationTable = TypedTable<ApplicationRec>;

// The 28 amenity flags, in documentation order.
struct Amenity { const char *name; bool ResourceRec::*flag; };
const std::array<Amenity, 28> &amenities();

QList<FieldDef<ResourceTypeRec>> resourceTypeFields();
QList<FieldDef<ResourceRec>> resourceFields();
QList<FieldDef<BlogCategoryRec>> blogCategoryFields(const BlogPostTable *posts);
QList<FieldDef<BlogPostRec>> blogPostFields(const BlogPostCommentTable *comments);
QList<FieldDef<BlogPostCommentRec>> blogPostCommentFields();
QList<FieldDef<ApplicationRec>> applicationFields();

} // namespace emulator

# SPDX-License-Identifier: GPL-3.0-or-later
# models/: Qt item models over domain values; no network, no SQL.
# Lists this folder's files only.
target_sources(portal_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ApplicationListModel.h ${CMAKE_CURRENT_LIST_DIR}/ApplicationListModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BlogPostListModel.h ${CMAKE_CURRENT_LIST_DIR}/BlogPostListModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BookingListModel.h ${CMAKE_CURRENT_LIST_DIR}/BookingListModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BookingSeriesTreeProxy.h ${CMAKE_CURRENT_LIST_DIR}/BookingSeriesTreeProxy.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PageFeed.h ${CMAKE_CURRENT_LIST_DIR}/PageFeed.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PagedModel.h ${CMAKE_CURRENT_LIST_DIR}/PagedModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PropertyListModel.h ${CMAKE_CURRENT_LIST_DIR}/PropertyListModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TenantListModel.h ${CMAKE_CURRENT_LIST_DIR}/TenantListModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ResourceFilterProxy.h ${CMAKE_CURRENT_LIST_DIR}/ResourceFilterProxy.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ResourceListModel.h ${CMAKE_CURRENT_LIST_DIR}/ResourceListModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ResourceReviewModel.h ${CMAKE_CURRENT_LIST_DIR}/ResourceReviewModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RoleNames.h ${CMAKE_CURRENT_LIST_DIR}/RoleNames.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RoleColumnsProxy.h ${CMAKE_CURRENT_LIST_DIR}/RoleColumnsProxy.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ScheduleModel.h ${CMAKE_CURRENT_LIST_DIR}/ScheduleModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SeriesOccurrenceModel.h ${CMAKE_CURRENT_LIST_DIR}/SeriesOccurrenceModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SeriesRuleWords.h ${CMAKE_CURRENT_LIST_DIR}/SeriesRuleWords.cpp
)

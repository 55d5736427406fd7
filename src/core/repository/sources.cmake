# SPDX-License-Identifier: GPL-3.0-or-later
# repository/: Repositories: every network and offline-copy read and write of an account.
# Lists this folder's files only.
target_sources(portal_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AccountContext.h ${CMAKE_CURRENT_LIST_DIR}/AccountContext.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ApplicationRepository.h ${CMAKE_CURRENT_LIST_DIR}/ApplicationRepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BlogPostLoader.h ${CMAKE_CURRENT_LIST_DIR}/BlogPostLoader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BlogPostRepository.h ${CMAKE_CURRENT_LIST_DIR}/BlogPostRepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BookingCommands.h ${CMAKE_CURRENT_LIST_DIR}/BookingCommands.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BusyTimesLoader.h ${CMAKE_CURRENT_LIST_DIR}/BusyTimesLoader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ConnectivityMonitor.h ${CMAKE_CURRENT_LIST_DIR}/ConnectivityMonitor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DatasetRefresh.h ${CMAKE_CURRENT_LIST_DIR}/DatasetRefresh.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FullSync.h ${CMAKE_CURRENT_LIST_DIR}/FullSync.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IdentityLoader.h ${CMAKE_CURRENT_LIST_DIR}/IdentityLoader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ListPager.h ${CMAKE_CURRENT_LIST_DIR}/ListPager.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MyBookingsRepository.h ${CMAKE_CURRENT_LIST_DIR}/MyBookingsRepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/NewsImageLoader.h ${CMAKE_CURRENT_LIST_DIR}/NewsImageLoader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/NewsSources.h
    ${CMAKE_CURRENT_LIST_DIR}/ApiCalls.h ${CMAKE_CURRENT_LIST_DIR}/ApiCalls.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ClientAndStore.h
    ${CMAKE_CURRENT_LIST_DIR}/Datasets.h ${CMAKE_CURRENT_LIST_DIR}/Datasets.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Pending.h ${CMAKE_CURRENT_LIST_DIR}/Pending.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ResourceAuditRunner.h ${CMAKE_CURRENT_LIST_DIR}/ResourceAuditRunner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ResourceCsvExport.h ${CMAKE_CURRENT_LIST_DIR}/ResourceCsvExport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ResourceDetailsLoader.h ${CMAKE_CURRENT_LIST_DIR}/ResourceDetailsLoader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ResourcePictureLoader.h ${CMAKE_CURRENT_LIST_DIR}/ResourcePictureLoader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ResourceRepository.h ${CMAKE_CURRENT_LIST_DIR}/ResourceRepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ResourceReviewRepository.h ${CMAKE_CURRENT_LIST_DIR}/ResourceReviewRepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SeriesBooking.h ${CMAKE_CURRENT_LIST_DIR}/SeriesBooking.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SeriesCancellation.h ${CMAKE_CURRENT_LIST_DIR}/SeriesCancellation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SeenRecords.h ${CMAKE_CURRENT_LIST_DIR}/SeenRecords.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SpaceWordsRepository.h ${CMAKE_CURRENT_LIST_DIR}/SpaceWordsRepository.cpp
)
# Room pictures are decoded to QImage off the UI thread.
target_link_libraries(portal_core PUBLIC Qt6::Gui)

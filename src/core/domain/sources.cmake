# SPDX-License-Identifier: GPL-3.0-or-later
# domain/: Value types and their mapping from JSON; depends on json/ and clock/ only.
# Lists this folder's files only.
target_sources(portal_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Amenity.h ${CMAKE_CURRENT_LIST_DIR}/Amenity.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Application.h ${CMAKE_CURRENT_LIST_DIR}/Application.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BlogCategory.h ${CMAKE_CURRENT_LIST_DIR}/BlogCategory.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BlogComment.h ${CMAKE_CURRENT_LIST_DIR}/BlogComment.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BlogPost.h ${CMAKE_CURRENT_LIST_DIR}/BlogPost.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Booking.h ${CMAKE_CURRENT_LIST_DIR}/Booking.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BookingDraft.h
    ${CMAKE_CURRENT_LIST_DIR}/BookingErrors.h ${CMAKE_CURRENT_LIST_DIR}/BookingErrors.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BookingPolicy.h
    ${CMAKE_CURRENT_LIST_DIR}/BookingPolicyCheck.h ${CMAKE_CURRENT_LIST_DIR}/BookingPolicyCheck.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BookingPolicyExplainer.h ${CMAKE_CURRENT_LIST_DIR}/BookingPolicyExplainer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BookingPolicyJson.h ${CMAKE_CURRENT_LIST_DIR}/BookingPolicyJson.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BookingRate.h ${CMAKE_CURRENT_LIST_DIR}/BookingRate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BusySlot.h
    ${CMAKE_CURRENT_LIST_DIR}/FieldCollector.h
    ${CMAKE_CURRENT_LIST_DIR}/Identity.h
    ${CMAKE_CURRENT_LIST_DIR}/Money.h ${CMAKE_CURRENT_LIST_DIR}/Money.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RecordBase.h ${CMAKE_CURRENT_LIST_DIR}/RecordBase.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Resource.h ${CMAKE_CURRENT_LIST_DIR}/Resource.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ResourceAudit.h ${CMAKE_CURRENT_LIST_DIR}/ResourceAudit.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ResourceFields.h ${CMAKE_CURRENT_LIST_DIR}/ResourceFields.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ResourceMapping.h ${CMAKE_CURRENT_LIST_DIR}/ResourceMapping.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ResourceType.h ${CMAKE_CURRENT_LIST_DIR}/ResourceType.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ResourceReviewColumns.h ${CMAKE_CURRENT_LIST_DIR}/ResourceReviewColumns.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReviewedResource.h ${CMAKE_CURRENT_LIST_DIR}/ReviewedResource.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SpaceWords.h ${CMAKE_CURRENT_LIST_DIR}/SpaceWords.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SystemResourceType.h ${CMAKE_CURRENT_LIST_DIR}/SystemResourceType.cpp
)

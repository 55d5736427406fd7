# SPDX-License-Identifier: GPL-3.0-or-later
# api/: HTTP to one space: requests, throttle, guards, list pages, write results, errors.
# Lists this folder's files only.
target_sources(portal_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ApiClient.h ${CMAKE_CURRENT_LIST_DIR}/ApiClient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReplyGuard.h ${CMAKE_CURRENT_LIST_DIR}/ReplyGuard.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ApiError.h ${CMAKE_CURRENT_LIST_DIR}/ApiError.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ApiRequest.h ${CMAKE_CURRENT_LIST_DIR}/ApiRequest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Authenticator.h
    ${CMAKE_CURRENT_LIST_DIR}/ListPage.h ${CMAKE_CURRENT_LIST_DIR}/ListPage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ListQuery.h ${CMAKE_CURRENT_LIST_DIR}/ListQuery.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OneShotUploadDevice.h ${CMAKE_CURRENT_LIST_DIR}/OneShotUploadDevice.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RequestPacer.h
    ${CMAKE_CURRENT_LIST_DIR}/ErrorBody.h ${CMAKE_CURRENT_LIST_DIR}/ErrorBody.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RequestThrottle.h ${CMAKE_CURRENT_LIST_DIR}/RequestThrottle.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ServerAddress.h ${CMAKE_CURRENT_LIST_DIR}/ServerAddress.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Shape.h ${CMAKE_CURRENT_LIST_DIR}/Shape.cpp
    ${CMAKE_CURRENT_LIST_DIR}/WindowHold.h ${CMAKE_CURRENT_LIST_DIR}/WindowHold.cpp
    ${CMAKE_CURRENT_LIST_DIR}/WriteResult.h ${CMAKE_CURRENT_LIST_DIR}/WriteResult.cpp
)

# SPDX-License-Identifier: GPL-3.0-or-later
# propertyos/: NEXUS Property OS accounts (issue 19): domain values, tolerant readers, write bodies,
# the hourly budget, the client on api::ApiClient, and the repositories. Lists this folder's files only.
target_sources(portal_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PropertyOsTypes.h
    ${CMAKE_CURRENT_LIST_DIR}/PropertyOsJson.h ${CMAKE_CURRENT_LIST_DIR}/PropertyOsJson.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PropertyOsWrites.h ${CMAKE_CURRENT_LIST_DIR}/PropertyOsWrites.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HourlyBudget.h ${CMAKE_CURRENT_LIST_DIR}/HourlyBudget.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ApiKeyAuthenticator.h
    ${CMAKE_CURRENT_LIST_DIR}/PropertyOsClient.h ${CMAKE_CURRENT_LIST_DIR}/PropertyOsClient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ListWalk.h ${CMAKE_CURRENT_LIST_DIR}/ListWalk.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Calls.h
    ${CMAKE_CURRENT_LIST_DIR}/PropertyRepository.h ${CMAKE_CURRENT_LIST_DIR}/PropertyRepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TenantRepository.h ${CMAKE_CURRENT_LIST_DIR}/TenantRepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PaymentRepository.h ${CMAKE_CURRENT_LIST_DIR}/PaymentRepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PortfolioFigures.h
    ${CMAKE_CURRENT_LIST_DIR}/PropertyOsAccount.h ${CMAKE_CURRENT_LIST_DIR}/PropertyOsAccount.cpp
)

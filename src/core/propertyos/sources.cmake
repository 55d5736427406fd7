# SPDX-License-Identifier: GPL-3.0-or-later
# propertyos/: NEXUS Property OS accounts (issue 19): domain values, tolerant readers, write bodies,
# the hourly budget, the client on api::ApiClient, and the repositories. Lists this folder's files only.
target_sources(portal_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PropertyOsTypes.h
    ${CMAKE_CURRENT_LIST_DIR}/PropertyOsJson.h ${CMAKE_CURRENT_LIST_DIR}/PropertyOsJson.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PropertyOsWrites.h ${CMAKE_CURRENT_LIST_DIR}/PropertyOsWrites.cpp
)

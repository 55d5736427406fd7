# SPDX-License-Identifier: GPL-3.0-or-later
# cache/: The offline copy (SQLite through QtSql) and the room record codec.
# Lists this folder's files only.
target_sources(portal_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AsyncOfflineStore.h ${CMAKE_CURRENT_LIST_DIR}/AsyncOfflineStore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OfflineSchema.h ${CMAKE_CURRENT_LIST_DIR}/OfflineSchema.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OfflineStore.h ${CMAKE_CURRENT_LIST_DIR}/OfflineStore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ParallelMap.h
    ${CMAKE_CURRENT_LIST_DIR}/ResourceCodec.h ${CMAKE_CURRENT_LIST_DIR}/ResourceCodec.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SecretFilter.h ${CMAKE_CURRENT_LIST_DIR}/SecretFilter.cpp
)
target_link_libraries(portal_core PUBLIC Qt6::Sql)

# SPDX-License-Identifier: GPL-3.0-or-later
# The offline store (issue #5): one SQLite file per account, and the repositories that read it first.
target_sources(portal_core PRIVATE
    cache/OfflineStore.h cache/OfflineStore.cpp
    cache/AsyncOfflineStore.h cache/AsyncOfflineStore.cpp
    cache/ParallelMap.h
    cache/ResourceCodec.h cache/ResourceCodec.cpp
    sync/DatasetRefresh.h sync/DatasetRefresh.cpp
    sync/ResourceRepository.h sync/ResourceRepository.cpp
    sync/ResourceDetailsLoader.h sync/ResourceDetailsLoader.cpp
    sync/ConnectivityMonitor.h sync/ConnectivityMonitor.cpp
    sync/FullSync.h sync/FullSync.cpp
)
target_link_libraries(portal_core PUBLIC Qt6::Sql)

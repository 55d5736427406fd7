# SPDX-License-Identifier: GPL-3.0-or-later
# Applications (staff): search, read, create, update (read-change-write), publish and delete.
target_sources(portal_core PRIVATE
    sync/ApplicationRepository.h sync/ApplicationRepository.cpp
)

# SPDX-License-Identifier: GPL-3.0-or-later
# Card view (issue #4): pictures of resources, loaded on demand and cached in memory and on disk.
# QImage is QtGui (not QtWidgets): decoding here lets the loader tell a broken picture from a good one.
target_sources(portal_core PRIVATE
    sync/ResourcePictureLoader.h sync/ResourcePictureLoader.cpp
)
target_link_libraries(portal_core PUBLIC Qt6::Gui)

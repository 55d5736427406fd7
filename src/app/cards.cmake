# SPDX-License-Identifier: GPL-3.0-or-later
# Card view of the rooms (issue #4): cards with pictures, and the Cards / List toggle.
target_sources(portal_app PRIVATE
    ResourceCardDelegate.h ResourceCardDelegate.cpp
    ResourceCardView.h ResourceCardView.cpp
    ResourceViewStack.h ResourceViewStack.cpp
)

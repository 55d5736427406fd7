# SPDX-License-Identifier: GPL-3.0-or-later
# clock/: The one clock the client asks for "now".
# Lists this folder's files only.
target_sources(portal_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Clock.h ${CMAKE_CURRENT_LIST_DIR}/Clock.cpp
)

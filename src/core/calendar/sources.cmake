# SPDX-License-Identifier: GPL-3.0-or-later
# calendar/: iCalendar output.
# Lists this folder's files only.
target_sources(portal_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/IcsWriter.h ${CMAKE_CURRENT_LIST_DIR}/IcsWriter.cpp
)

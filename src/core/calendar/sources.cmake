# SPDX-License-Identifier: GPL-3.0-or-later
# calendar/: iCalendar output and the occurrences of a repeating booking.
# Lists this folder's files only.
target_sources(portal_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/IcsWriter.h ${CMAKE_CURRENT_LIST_DIR}/IcsWriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Recurrence.h ${CMAKE_CURRENT_LIST_DIR}/Recurrence.cpp
)

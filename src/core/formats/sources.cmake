# SPDX-License-Identifier: GPL-3.0-or-later
# formats/: File formats written for people and other programs (CSV); QtCore only.
# Lists this folder's files only.
target_sources(portal_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Csv.h ${CMAKE_CURRENT_LIST_DIR}/Csv.cpp
)

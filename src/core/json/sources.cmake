# SPDX-License-Identifier: GPL-3.0-or-later
# json/: Forgiving JSON readers and writers: QtCore only, the leaf every other layer reads JSON with.
# Lists this folder's files only.
target_sources(portal_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/JsonRead.h ${CMAKE_CURRENT_LIST_DIR}/JsonRead.cpp
    ${CMAKE_CURRENT_LIST_DIR}/JsonReadExtra.h ${CMAKE_CURRENT_LIST_DIR}/JsonReadExtra.cpp
    ${CMAKE_CURRENT_LIST_DIR}/JsonWrite.h
)

# SPDX-License-Identifier: GPL-3.0-or-later
# Resource review (issue #6, staff): domain, sync and model sources.
include(${CMAKE_CURRENT_LIST_DIR}/domain/review.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/sync/review.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/models/review.cmake)

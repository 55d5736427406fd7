# SPDX-License-Identifier: GPL-3.0-or-later
# The booking browser: the space's busy times for the "free between" filter and the day timeline.
target_sources(portal_core PRIVATE
    domain/BusySlot.h
    sync/BusyTimesLoader.h sync/BusyTimesLoader.cpp
)

# SPDX-License-Identifier: GPL-3.0-or-later
# The booking browser: the space's busy times for the "free between" filter and the day timeline.
target_sources(portal_app PRIVATE
    BusyTimesFeed.h BusyTimesFeed.cpp
    DayTimeline.h DayTimeline.cpp
)

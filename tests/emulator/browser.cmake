# SPDX-License-Identifier: GPL-3.0-or-later
# The booking browser's busy times: fullCalendarBookings.
portal_add_test(tst_emulator_calendar SOURCES tst_emulator_calendar.cpp LIBS nexudus_emulator Qt6::Network)

# SPDX-License-Identifier: GPL-3.0-or-later
# The booking browser: "free between" against the emulator.
portal_add_test(tst_freewindow SOURCES tst_freewindow.cpp ../integration/TestSpace.h LIBS portal_app Qt6::Widgets nexudus_emulator)
portal_add_test(tst_daytimeline SOURCES tst_daytimeline.cpp LIBS portal_app Qt6::Widgets)
portal_add_test(tst_browserkeys SOURCES tst_browserkeys.cpp LIBS portal_app Qt6::Widgets)
# The schedule (day grid across rooms) in the whole app, in-process: keys, mouse, and a booking.
portal_add_test(tst_schedule SOURCES tst_schedule.cpp LIBS portal_app Qt6::Widgets nexudus_emulator)
portal_add_test(tst_scheduleview SOURCES tst_scheduleview.cpp LIBS portal_app Qt6::Widgets)

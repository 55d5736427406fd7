# SPDX-License-Identifier: GPL-3.0-or-later
# The sign-in dialog against an in-process emulator, offscreen.
portal_add_test(tst_signindialog SOURCES tst_signindialog.cpp LIBS portal_app Qt6::Widgets nexudus_emulator)

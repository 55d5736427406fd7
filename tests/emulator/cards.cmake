# SPDX-License-Identifier: GPL-3.0-or-later
# Resource pictures (issue #4): the portal and admin picture routes; QtGui only to decode the PNGs.
portal_add_test(tst_resourcepictures SOURCES tst_resourcepictures.cpp LIBS nexudus_emulator Qt6::Network Qt6::Gui)

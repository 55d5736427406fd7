# SPDX-License-Identifier: GPL-3.0-or-later
# Card view (issue #4): the resource picture loader against the in-process emulator.
portal_add_test(tst_resourcepictureloader SOURCES tst_resourcepictureloader.cpp TestSpace.h LIBS portal_core nexudus_emulator Qt6::Network Qt6::Gui)

# SPDX-License-Identifier: GPL-3.0-or-later
# The staff views with the space gone: the offline copy, read-only.
portal_add_test(tst_staffofflineviews SOURCES tst_staffofflineviews.cpp LIBS portal_app Qt6::Widgets nexudus_emulator)

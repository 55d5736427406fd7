# SPDX-License-Identifier: GPL-3.0-or-later
# Resource review (issue #6): the audit rules and CSV escaping.
portal_add_test(tst_resourceaudit SOURCES tst_resourceaudit.cpp LIBS portal_core)
portal_add_test(tst_csv SOURCES tst_csv.cpp LIBS portal_core)

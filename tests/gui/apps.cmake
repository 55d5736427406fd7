# SPDX-License-Identifier: GPL-3.0-or-later
# The applications view and form offscreen, against the in-process emulator.
portal_add_test(tst_applicationsview SOURCES tst_applicationsview.cpp LIBS portal_app Qt6::Widgets nexudus_emulator)
portal_add_test(tst_app_applications_cli SOURCES tst_app_applications_cli.cpp LIBS Qt6::Gui)
target_compile_definitions(tst_app_applications_cli PRIVATE PORTAL_DESK_BINARY="$<TARGET_FILE:portal-desk>")
add_dependencies(tst_app_applications_cli portal-desk)

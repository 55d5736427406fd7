# SPDX-License-Identifier: GPL-3.0-or-later
# The resource review view offscreen against the in-process emulator, and the real binary's screenshot.
portal_add_test(tst_resourcereviewview SOURCES tst_resourcereviewview.cpp LIBS portal_app Qt6::Widgets nexudus_emulator)
portal_add_test(tst_app_review_cli SOURCES tst_app_review_cli.cpp LIBS Qt6::Gui)
target_compile_definitions(tst_app_review_cli PRIVATE PORTAL_DESK_BINARY="$<TARGET_FILE:portal-desk>")
add_dependencies(tst_app_review_cli portal-desk)

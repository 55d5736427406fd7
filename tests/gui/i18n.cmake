# SPDX-License-Identifier: GPL-3.0-or-later
# Language switching through the whole app, in-process against the emulator.
portal_add_test(tst_languageswitch SOURCES tst_languageswitch.cpp LIBS portal_app Qt6::Widgets nexudus_emulator)

# Every catalogue complete and in step with the sources: fails on unfinished, missing or obsolete entries.
add_test(NAME translations_complete
         COMMAND ${PROJECT_SOURCE_DIR}/scripts/check-translations.sh ${PROJECT_SOURCE_DIR}
                 $<TARGET_FILE:Qt6::lupdate> $<TARGET_FILE:Qt6::lrelease>)
set_tests_properties(translations_complete PROPERTIES TIMEOUT 120)

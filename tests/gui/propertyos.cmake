# NEXUS Property OS accounts (issue 19): the Properties view in-process, and the real binary's
# --property-os / --api-key-stdin with a keychain and without one (the key in no file either way).
portal_add_test(tst_propertiesview SOURCES tst_propertiesview.cpp LIBS portal_app Qt6::Widgets property_os_emulator)
foreach(variant keyring no_keychain)
    if(variant STREQUAL "keyring")
        set(_runner run-with-keyring.sh)
    else()
        set(_runner run-without-keyring.sh)
    endif()
    add_test(NAME app_propertyos_${variant}
             COMMAND ${PROJECT_SOURCE_DIR}/tests/keychain/${_runner} ${CMAKE_CURRENT_SOURCE_DIR}/app_propertyos.sh
                     $<TARGET_FILE:portal-desk> $<TARGET_FILE:property-os-emulator>)
    set_tests_properties(app_propertyos_${variant} PROPERTIES TIMEOUT 180 RUN_SERIAL ON LABELS gui)
endforeach()
portal_add_test(tst_tenantsview SOURCES tst_tenantsview.cpp LIBS portal_app Qt6::Widgets property_os_emulator)

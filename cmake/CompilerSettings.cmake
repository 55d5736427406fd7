# Strict, Qt-recommended defines for every target that links portal_settings.
add_library(portal_settings INTERFACE)
target_compile_definitions(portal_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
target_compile_options(portal_settings INTERFACE -Wall -Wextra -Wpedantic)
if(PORTAL_DESK_WERROR)
    target_compile_options(portal_settings INTERFACE -Werror)
endif()

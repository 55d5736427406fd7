# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DSOURCE_DIR=... -DAPP_ID=... -DVERSION=... -DICON_SIZES="16;24;..." -P check-metadata.cmake
# Checks what the validators do not: the committed PNGs exist and have the size their hicolor
# directory claims, the SVG is there, the desktop entry and metainfo agree on the app id, and the
# metainfo has a <release> for the project version (so a version bump cannot ship stale metadata).
cmake_minimum_required(VERSION 3.21)

set(errors "")
macro(fail msg)
    string(APPEND errors "  ${msg}\n")
endmacro()

set(icons ${SOURCE_DIR}/resources/icons)
set(svg ${icons}/${APP_ID}.svg)
if(NOT EXISTS ${svg})
    fail("missing ${svg}")
else()
    file(READ ${svg} svg_text)
    # Icon themes scale the SVG into a square; a non-square viewBox would be distorted or padded.
    if(NOT svg_text MATCHES "<svg[^>]*viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\""
       OR NOT CMAKE_MATCH_1 STREQUAL CMAKE_MATCH_2)
        fail("${svg}: expected a square viewBox=\"0 0 N N\"")
    endif()
endif()

foreach(size IN LISTS ICON_SIZES)
    set(png ${icons}/hicolor/${size}x${size}/apps/${APP_ID}.png)
    if(NOT EXISTS ${png})
        fail("missing ${png} (run packaging/scripts/render-icons.sh)")
        continue()
    endif()
    # PNG: 8-byte signature, then the IHDR chunk: length(4) "IHDR"(4) width(4) height(4), big-endian.
    file(READ ${png} head HEX LIMIT 24)
    string(SUBSTRING "${head}" 0 16 signature)
    string(SUBSTRING "${head}" 24 8 chunk)
    string(SUBSTRING "${head}" 32 8 width_hex)
    string(SUBSTRING "${head}" 40 8 height_hex)
    if(NOT signature STREQUAL "89504e470d0a1a0a" OR NOT chunk STREQUAL "49484452")
        fail("${png} is not a PNG")
        continue()
    endif()
    math(EXPR width "0x${width_hex}")
    math(EXPR height "0x${height_hex}")
    if(NOT width EQUAL size OR NOT height EQUAL size)
        fail("${png} is ${width}x${height}, expected ${size}x${size}")
    endif()
endforeach()

set(desktop ${SOURCE_DIR}/packaging/linux/${APP_ID}.desktop)
file(STRINGS ${desktop} desktop_lines)
foreach(expected "Icon=${APP_ID}" "Exec=portal-desk" "StartupWMClass=portal-desk")
    if(NOT expected IN_LIST desktop_lines)
        fail("${desktop}: no line '${expected}'")
    endif()
endforeach()

set(metainfo ${SOURCE_DIR}/packaging/linux/${APP_ID}.metainfo.xml)
file(READ ${metainfo} meta)
foreach(expected
        "<id>${APP_ID}</id>"
        "<launchable type=\"desktop-id\">${APP_ID}.desktop</launchable>"
        "<binary>portal-desk</binary>"
        "<release version=\"${VERSION}\"")
    string(FIND "${meta}" "${expected}" at)
    if(at EQUAL -1)
        fail("${metainfo}: no '${expected}'")
    endif()
endforeach()
# The UI says "booking rates"; the API's record name must not leak into user-facing text.
if(meta MATCHES "ExtraService")
    fail("${metainfo}: says ExtraService; the UI calls them booking rates")
endif()

if(errors)
    message(FATAL_ERROR "packaging metadata check failed:\n${errors}")
endif()
message(STATUS "packaging metadata OK (${APP_ID} ${VERSION}, icons: ${ICON_SIZES} + scalable)")

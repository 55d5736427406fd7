# SPDX-License-Identifier: GPL-3.0-or-later
# CPack: one Debian package, portal-desk_<version>_<arch>.deb, installable with
# `apt install ./portal-desk_0.1.0_amd64.deb` on Debian 12. Build it with
#   cmake --build build --target portal-desk && (cd build && cpack -G DEB)
# Included from packaging/CMakeLists.txt, which the top-level file adds last, so include(CPack)
# still comes after every install() rule and sees every variable set here.

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME portal-desk)
set(CPACK_PACKAGE_VENDOR "The Portal Desk developers")
set(CPACK_PACKAGE_CONTACT "The Portal Desk developers <portal-desk@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop client for Nexudus coworking spaces")
# Lines under 80 columns, as Debian policy asks of the extended description.
set(CPACK_PACKAGE_DESCRIPTION
"Portal Desk is a native Qt desktop client for members and staff of coworking
spaces that run on the Nexudus platform. Members browse the space's rooms with
their amenities, booking policies and booking rates, book rooms, follow their
bookings and read the space's news. Staff also review every resource of the
space, hidden and archived ones included, and the third-party applications
installed in it. Sign-in tokens are kept in the system keychain.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
# RelWithDebInfo binaries carry their DWARF; the package ships them stripped.
set(CPACK_STRIP_FILES ON)
# One package with everything, not one per install component.
set(CPACK_DEB_COMPONENT_INSTALL OFF)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

set(CPACK_DEBIAN_PACKAGE_NAME portal-desk)
# DEB-DEFAULT gives <name>_<version>_<arch>.deb (no -<release> suffix while no release is set).
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# dpkg-shlibdeps turns the ELF's NEEDED libraries (Qt 6, qtkeychain, libstdc++) into Depends.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# ... but it cannot see what Qt dlopen()s at run time: platform plugins and the SQLite driver of the
# offline cache. The xcb plugin itself ships in libqt6gui6, which shlibdeps already pulls in.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite")
# Native Wayland windows; without it Qt falls back to XWayland through xcb.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
# Tokens go to the Secret Service (gnome-keyring) or KWallet through qtkeychain.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)

# SPDX-License-Identifier: GPL-3.0-or-later
# auth/: Sign-in, tokens in the keychain, the registry of accounts.
# Lists this folder's files only.
target_sources(portal_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AccountManager.h ${CMAKE_CURRENT_LIST_DIR}/AccountManager.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AccountRegistry.h ${CMAKE_CURRENT_LIST_DIR}/AccountRegistry.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AccountSession.h ${CMAKE_CURRENT_LIST_DIR}/AccountSession.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AuthService.h ${CMAKE_CURRENT_LIST_DIR}/AuthService.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TokenPersistence.h ${CMAKE_CURRENT_LIST_DIR}/TokenPersistence.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TokenSet.h
    ${CMAKE_CURRENT_LIST_DIR}/TokenStore.h ${CMAKE_CURRENT_LIST_DIR}/TokenStore.cpp
)

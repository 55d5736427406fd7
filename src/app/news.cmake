# SPDX-License-Identifier: GPL-3.0-or-later
# News for members: category filter, post list and reader pane.
target_sources(portal_app PRIVATE
    NewsView.h NewsView.cpp
    NewsReader.h NewsReader.cpp
    ${PROJECT_SOURCE_DIR}/ui/NewsView.ui
)

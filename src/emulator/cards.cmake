# SPDX-License-Identifier: GPL-3.0-or-later
# Resource pictures (issue #4, card view): generated PNGs for the portal and admin picture routes.
target_sources(nexudus_emulator PRIVATE
    ResourcePictures.h ResourcePictures.cpp
)

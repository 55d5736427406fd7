#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Re-renders the committed hicolor PNGs from the SVG icon. Run by hand after editing the SVG;
# the PNGs are committed so that building and packaging need no SVG renderer.
# Needs rsvg-convert (Debian package librsvg2-bin).
set -euo pipefail

icons="$(cd "$(dirname "$0")/../../resources/icons" && pwd)"
svg="$icons/io.github.portaldesk.PortalDesk.svg"
command -v rsvg-convert >/dev/null || { echo "rsvg-convert not found (apt-get install librsvg2-bin)" >&2; exit 1; }

for size in 16 24 32 48 64 128 256; do
  out="$icons/hicolor/${size}x${size}/apps/io.github.portaldesk.PortalDesk.png"
  mkdir -p "$(dirname "$out")"
  rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$svg" --output "$out"
  echo "$out"
done

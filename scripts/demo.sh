#!/usr/bin/env bash
# Builds Portal Desk and opens it on the built-in demo space. Without a display it runs offscreen,
# saves a screenshot and prints its path. Extra arguments go to portal-desk (e.g. --demo-user admin@demo.test).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh default
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec build/bin/portal-desk --demo "$@"
fi
shot="$PWD/build/demo-screenshot.png"
QT_QPA_PLATFORM=offscreen build/bin/portal-desk --demo --screenshot "$shot" "$@"

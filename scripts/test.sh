#!/usr/bin/env bash
# Builds Portal Desk with warnings as errors and runs every test (unit, integration against the
# emulator over loopback, GUI offscreen, benchmark smoke runs) through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh ci
export QT_QPA_PLATFORM=offscreen
ctest --preset ci --parallel 2 "$@"

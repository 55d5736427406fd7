#!/usr/bin/env bash
# Builds Portal Desk with warnings as errors and runs every test (unit, integration against the
# emulator over loopback, GUI offscreen, benchmark smoke runs) through ctest: once at the real time,
# then again under Debian's faketime at three instants where time logic breaks, each in its own
# system time zone, so that no test passes or fails by the hour at which it runs.
# In between, the unit, integration and cache tests run on the asan preset (AddressSanitizer and
# UndefinedBehaviorSanitizer) and every libFuzzer target runs for 30 seconds (scripts/fuzz.sh).
# PORTAL_TEST_REAL_TIME_ONLY=1 skips the faketime runs, PORTAL_TEST_SKIP_SANITIZERS=1 the sanitizer
# and fuzz runs (for a quick local loop).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh ci
export QT_QPA_PLATFORM=offscreen
ctest --preset ci --parallel 2 "$@"
if [ "${PORTAL_TEST_SKIP_SANITIZERS:-0}" != 1 ]; then
  echo "== unit, integration and cache tests under AddressSanitizer and UBSan =="
  cmake --preset asan >/dev/null
  cmake --build --preset asan
  ctest --preset asan --parallel 2 "$@"
  echo "== fuzzing every parser of outside bytes =="
  scripts/fuzz.sh 30
fi
[ "${PORTAL_TEST_REAL_TIME_ONLY:-0}" = 1 ] && exit 0

# Late evening (22:50 in Madrid, the demo space's zone), the spring-forward night in Madrid, and
# New Year's Eve a minute before midnight in Auckland (a computer far from the space). The clock
# runs on from each instant. Every test takes part: none needs leaving out.
instants=(
  "UTC|2026-12-04 21:50:00"
  "Europe/Madrid|2027-03-28 01:30:00"
  "Pacific/Auckland|2026-12-31 23:59:00"
)
for entry in "${instants[@]}"; do
  zone=${entry%%|*}
  instant=${entry#*|}
  echo "== ctest at $instant ($zone) under faketime =="
  TZ=$zone faketime "$instant" ctest --preset ci --parallel 2 "$@"
done

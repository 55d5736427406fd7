#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz preset: clang, -fsanitize=fuzzer,address,undefined), replays
# every input that once crashed a target (tests/fuzz/regressions/<name>/), then fuzzes each target
# for SECONDS (default 30) starting from its seed corpus (tests/fuzz/corpus/<name>/). A crash fails
# the run and its input is copied into regressions/<name>/ to be committed with the fix.
# Usage: scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for exe in build-fuzz/fuzz/fuzz-*; do
  name=${exe##*/fuzz-}
  seeds=tests/fuzz/corpus/$name
  kept=tests/fuzz/regressions/$name
  if [ -d "$kept" ] && [ -n "$(ls -A "$kept")" ]; then
    echo "== $name: replaying $(ls "$kept" | wc -l) regression input(s) =="
    "$exe" -runs=0 "$kept"/* || { echo "FAIL: $name crashes on a kept regression input"; status=1; continue; }
  fi
  echo "== $name: fuzzing for ${seconds}s =="
  mkdir -p "$work/$name/corpus" "$work/$name/crashes"
  # The seeds are copied so that what the run discovers does not land in the repository.
  cp "$seeds"/* "$work/$name/corpus/"
  if ! "$exe" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
       -artifact_prefix="$work/$name/crashes/" -print_final_stats=1 "$work/$name/corpus" \
       > "$work/$name/log" 2>&1; then
    tail -n 60 "$work/$name/log"
    mkdir -p "$kept"
    cp "$work/$name/crashes/"* "$kept/" 2>/dev/null || true
    echo "FAIL: $name crashed; its input is kept in $kept/"
    status=1
  else
    grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb" "$work/$name/log" | sed "s/^/  $name /"
  fi
done
exit $status

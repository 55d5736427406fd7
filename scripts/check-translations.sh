#!/bin/sh
# Fails when a catalogue has unfinished or missing translations, or drifts from the sources
# (a string in the code that the .ts files do not have, or the other way round).
# Usage: scripts/check-translations.sh . /usr/lib/qt6/bin/lupdate /usr/lib/qt6/bin/lrelease
# ctest runs it as translations_complete (tests/gui/i18n.cmake), with Qt's own lupdate and lrelease.
set -eu
src="$1"; lupdate="$2"; lrelease="$3"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$src"/translations/portal-desk_*.ts; do
  name=$(basename "$ts")
  cp "$ts" "$work/$name"
  # Drift: lupdate on a copy must find nothing new and nothing obsolete.
  report=$("$lupdate" -no-obsolete -locations none -no-ui-lines \
      -I "$src/src/core" -I "$src/src/app" "$src/src/core" "$src/src/app" "$src/ui" -ts "$work/$name" 2>&1)
  if ! echo "$report" | grep -q "(0 new and"; then
    echo "FAIL: $name drifts from the sources: $report"; status=1
  fi
  if echo "$report" | grep -q "Removed [1-9]"; then
    echo "FAIL: $name holds strings the sources no longer have"; status=1
  fi
  # Completeness: every message finished.
  out=$("$lrelease" "$ts" -qm "$work/$name.qm" 2>&1)
  if echo "$out" | grep -Eq "[1-9][0-9]* unfinished|ignored|untranslated"; then
    echo "FAIL: $name is not complete: $out"; status=1
  else
    echo "ok: $name: $(echo "$out" | grep -o 'Generated.*')"
  fi
done
[ $status -eq 0 ] && echo "1 passed, 0 failed" || echo "0 passed, 1 failed"
exit $status

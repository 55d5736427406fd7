#!/bin/sh
# A space that reads the documentation differently from the emulator's defaults: the rooms list as
# the documented wrapper ({"PublicResources": [...]}), cancelled bookings and booking rates not
# offered (404 and 405). The real binary syncs what there is and names what it skipped, and a stored
# sign-in is reopened from the command line by --server/--user alone, in every headless mode.
# Run inside tests/keychain/run-with-keyring.sh. Usage: app_real_space.sh PORTAL_DESK NEXUDUS_EMULATOR
set -u
app="$1"
emulator="$2"
export QT_QPA_PLATFORM=offscreen
. "$(dirname "$0")/emulator.sh"
start_emulator "$emulator" --rooms-list-form named-array \
  --route-status /api/public/bookings/cancelled=404 --route-status /api/billing/extraservices=405
shots=$(mktemp -d)

# First sign-in with a password, as staff: every dataset the space offers, the two it does not skipped.
out=$(echo demo | "$app" --server "$url" --user admin@demo.test --password-stdin --sync 2>"$shots/err") \
  || fail "a sync with two datasets missing failed: $out $(cat "$shots/err")"
echo "$out" | grep -q "^Synced .*rooms: [1-9]" || fail "no rooms synced from the documented wrapper: $out"
echo "$out" | grep -q "skipped: .*cancelled bookings (the space does not offer them)" \
  || fail "the summary does not name the skipped cancelled bookings: $out"
echo "$out" | grep -q "booking rates (the space does not offer them)" || fail "the summary does not name the booking rates: $out"
grep -q "^Skipped cancelled bookings: the space does not offer them." "$shots/err" \
  || fail "the progress did not say what was skipped: $(cat "$shots/err")"

# The stored sign-in, named without a password: --sync, --screenshot, --view.
out=$("$app" --server "$url" --user admin@demo.test --sync 2>&1) || fail "--server/--user --sync refused: $out"
echo "$out" | grep -q "^Synced .*rooms" || fail "the stored account's sync gave no summary: $out"
out=$("$app" --server "$url" --user admin@demo.test --screenshot "$shots/rooms.png" 2>&1) \
  || fail "--server/--user --screenshot refused: $out"
[ -s "$shots/rooms.png" ] || fail "no screenshot of the stored account"
out=$("$app" --server "$url" --user admin@demo.test --view bookings --screenshot "$shots/bookings.png" 2>&1) \
  || fail "--server/--user --view bookings refused: $out"
[ -s "$shots/bookings.png" ] || fail "no screenshot of the bookings view"
# --server alone: the space's only stored account.
out=$("$app" --server "$url" --sync 2>&1) || fail "--server alone did not open the only stored account: $out"
[ -n "${PORTAL_TEST_SHOTS:-}" ] && cp "$shots/rooms.png" "$PORTAL_TEST_SHOTS/real-space-rooms.png"

# An account that was never signed in here: a clear message and a non-zero exit, no dialog.
out=$("$app" --server "$url" --user member@demo.test --sync 2>&1) && fail "a sync without a stored sign-in succeeded: $out"
echo "$out" | grep -q "There is no stored sign-in for member@demo.test" || fail "unclear message without a stored sign-in: $out"
out=$("$app" --server "$url" --user member@demo.test --screenshot "$shots/none.png" 2>&1) \
  && fail "a screenshot without a stored sign-in succeeded: $out"

# A wrong password still fails the run.
out=$(echo wrong | "$app" --server "$url" --user member@demo.test --password-stdin --sync 2>&1) \
  && fail "a sync with a wrong password succeeded: $out"
kill "$emu_pid"; wait "$emu_pid" 2>/dev/null

# A space that offers none of it to Portal Desk: nothing could be read, so the sync fails and says so.
start_emulator "$emulator" --route-status /api/public=404 --route-status /api/apps=404 --route-status /api/spaces=404 \
  --route-status /api/billing=404
out=$(echo demo | "$app" --server "$url" --user admin@demo.test --password-stdin --sync 2>&1) \
  && fail "a sync that read nothing succeeded: $out"
echo "$out" | grep -q "Nothing could be synced" || fail "the empty sync did not say why: $out"
kill "$emu_pid"; wait "$emu_pid" 2>/dev/null
echo "1 passed, 0 failed"

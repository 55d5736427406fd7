#!/bin/sh
# Signing in from the command line, restarting and still being signed in (tokens from the keychain,
# never from a file), then signing out. Run inside tests/keychain/run-with-keyring.sh.
# Usage: app_accounts.sh PORTAL_DESK NEXUDUS_EMULATOR
set -u
app="$1"
emulator="$2"
export QT_QPA_PLATFORM=offscreen
. "$(dirname "$0")/emulator.sh"
start_emulator "$emulator"

shots=$(mktemp -d)
out=$(echo demo | "$app" --server "$url" --user member@demo.test --password-stdin --screenshot "$shots/1.png" 2>&1) \
  || fail "first sign-in: $out"
[ -s "$shots/1.png" ] || fail "no screenshot after sign-in"

# A restart with no credentials at all: the keychain signs us in.
out=$("$app" --screenshot "$shots/2.png" 2>&1) || fail "restart was not signed in: $out"
[ -s "$shots/2.png" ] || fail "no screenshot after restart"

# No token in any file the app wrote (the keyring's own file is encrypted).
if grep -rl --exclude-dir=keyrings "eyJ" "$HOME" 2>/dev/null | grep -q .; then
  fail "a token was written to a file: $(grep -rl --exclude-dir=keyrings eyJ "$HOME")"
fi
grep -rqi "token" "$XDG_CONFIG_HOME" && fail "the settings mention a token"

# Prepare for travel: a headless sync of the signed-in account, progress on stderr, a summary.
out=$("$app" --sync 2>&1) || fail "--sync failed: $out"
echo "$out" | grep -q "page 1 of" || fail "--sync showed no progress: $out"
echo "$out" | grep -q "^Synced .*rooms" || fail "--sync gave no summary: $out"
db=$(find "$XDG_DATA_HOME" "$HOME" -name '*.sqlite' -path '*offline*' 2>/dev/null | head -n 1)
[ -n "$db" ] || fail "no offline copy was written"

# The space goes away: a cold start opens on the offline copy and says so.
kill "$emu_pid"; wait "$emu_pid" 2>/dev/null
out=$("$app" --screenshot "$shots/offline.png" 2>&1) || fail "cold start offline failed: $out"
[ -s "$shots/offline.png" ] || fail "no screenshot offline"
echo "$out" | grep -q "Offline" || fail "the offline start did not say it was offline: $out"
[ -n "${PORTAL_TEST_SHOTS:-}" ] && cp "$shots/offline.png" "$PORTAL_TEST_SHOTS/offline.png"

# No token in any file the app wrote, the offline copy included.
if grep -rl --exclude-dir=keyrings "eyJ" "$HOME" 2>/dev/null | grep -q .; then
  fail "a token was written to a file: $(grep -rl --exclude-dir=keyrings eyJ "$HOME")"
fi

out=$("$app" --sign-out 2>&1) || fail "sign-out failed: $out"
echo "$out" | grep -q "Signed out of member@demo.test" || fail "sign-out said: $out"
out=$("$app" --sign-out 2>&1) && fail "a second sign-out should find nothing to sign out of"

echo "1 passed, 0 failed"

# Sourced by the shell tests of the real binary: `start_emulator NEXUDUS_EMULATOR [OPTION...]` starts
# it on a free loopback port with those options, sets $url and $emu_pid; fail() and the script's
# end stop it.
fail() { echo "FAIL: $*"; kill "$emu_pid" 2>/dev/null; exit 1; }
# However the script ends, the emulator goes with it: one left running keeps the test's output
# open, and ctest (or whatever reads it) then waits for ever. A script with its own EXIT trap stops
# it there.
emu_pid=""
trap '[ -n "$emu_pid" ] && kill "$emu_pid" 2>/dev/null; true' EXIT

start_emulator() {
  port_file=$(mktemp)
  emulator_binary="$1"; shift
  "$emulator_binary" --port 0 "$@" > "$port_file" 2>&1 &
  emu_pid=$!
  for _ in $(seq 50); do grep -q "listening on" "$port_file" && break; sleep 0.1; done
  url=$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$port_file" | head -n 1)
  [ -n "$url" ] || fail "emulator did not start: $(cat "$port_file")"
}

#!/bin/sh
# The fault matrix through the real binary: after one clean sync, `portal-desk --sync` and
# `--screenshot` run against the emulator misbehaving in one way at a time, on the same address:
# 5xx bursts, truncated JSON, HTML instead of JSON, answers cut mid-body, connection resets, 1.5 s
# on every answer, a 100 MB answer (with and without Content-Length), redirects to another origin
# (an API route and the token route), a token that expires mid-sync, and the space going away.
# Each must end on its own (no crash, no hang), say what happened in words, keep the offline copy
# as the clean sync left it, send nothing secret to 127.0.0.2, and exit 0 when everything was
# synced or 1 (with the reason) when it was not.
# Run inside tests/keychain/run-with-keyring.sh. Usage: app_fault_matrix.sh PORTAL_DESK NEXUDUS_EMULATOR
set -u
app="$1"
emulator="$2"
here=$(dirname "$0")
export QT_QPA_PLATFORM=offscreen
. "$here/emulator.sh"
work=$(mktemp -d)
listener_pid=""
cleanup() { kill "$listener_pid" 2>/dev/null; kill "$emu_pid" 2>/dev/null; }
trap cleanup EXIT

# Runs the app with `demo` on stdin, at most 150 s, and records its peak resident memory (VmHWM, kB)
# in $peak_kb; sets $rc (124 when it had to be killed) and leaves stdout/stderr in $work/out, $work/err.
run_app() {
  echo demo | "$app" "$@" > "$work/out" 2> "$work/err" &
  app_pid=$!
  peak_kb=0
  ticks=0
  while kill -0 "$app_pid" 2>/dev/null; do
    hwm=$(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$app_pid/status" 2>/dev/null)
    [ -n "$hwm" ] && [ "$hwm" -gt "$peak_kb" ] && peak_kb=$hwm
    ticks=$((ticks + 1))
    if [ "$ticks" -gt 3000 ]; then kill -9 "$app_pid"; break; fi
    sleep 0.05
  done
  wait "$app_pid"; rc=$?
  [ "$ticks" -gt 3000 ] && rc=124
  return 0
}

# Rows per dataset in the offline copy, as the app left it on disk.
copy_counts() {
  python3 - "$db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
for name, rows in db.execute("SELECT d.name, count(r.id) FROM datasets d LEFT JOIN records r "
                             "ON r.dataset = d.name AND r.generation = d.generation GROUP BY d.name ORDER BY d.name"):
    print(f"{name}={rows}")
PY
}

sync_args() { echo --server "$url" --user admin@demo.test --password-stdin --sync; }

# --- The clean sync: the copy every fault must leave as it is, and the memory it takes.
start_emulator "$emulator" --no-throttle
port=${url##*:}
run_app $(sync_args)
[ "$rc" -eq 0 ] || fail "the clean sync failed ($rc): $(cat "$work/out" "$work/err")"
db=$(sed -n 's/.*the offline copy is at \(.*\)\.$/\1/p' "$work/out")
[ -f "$db" ] || fail "the clean sync named no offline copy: $(cat "$work/out")"
clean_peak_kb=$peak_kb
baseline=$(copy_counts)
echo "$baseline" | grep -q "^resources=[1-9]" || fail "the clean sync stored no rooms: $baseline"
kill "$emu_pid"; wait "$emu_pid" 2>/dev/null

python3 "$here/foreign_listener.py" "$port" "$work/foreign.log" > "$work/listener" 2>&1 &
listener_pid=$!
for _ in $(seq 50); do grep -q listening "$work/listener" && break; sleep 0.1; done
grep -q listening "$work/listener" || fail "the listener on 127.0.0.2:$port did not start: $(cat "$work/listener")"

# check NAME EXPECT WORDS: the last run ended on its own with an exit code EXPECT ("0", "1" or
# "0|1": the fault may or may not outlast the retries), and when it failed its last line says
# WORDS (an extended regular expression); the copy is untouched and nothing secret left the origin.
check() {
  what=$1 expect=$2 words=$3
  case "$rc" in
    124) fail "$what: the run hung (killed after 150 s): $(tail -n 3 "$work/err")" ;;
  esac
  echo "$rc" | grep -Eqx "$expect" || fail "$what: exit code $rc, expected $expect: $(tail -n 5 "$work/err") $(cat "$work/out")"
  last=""
  if [ "$rc" -ne 0 ]; then
    last=$(tail -n 1 "$work/err")
    echo "$last" | grep -Eq "$words" || fail "$what: the message is not in words ($words): $last"
    echo "$last" | grep -Eq "QNetworkReply|Error transferring|Qt::|0x[0-9a-f]{6}" && fail "$what: a raw error reached the person: $last"
  fi
  # Nothing the clean sync stored is lost or shrunk (a run may add a dataset, e.g. the identity).
  now=$(copy_counts)
  for entry in $baseline; do
    echo "$now" | grep -qx "$entry" || fail "$what: the offline copy lost $entry: now $(echo $now)"
  done
  if [ -s "$work/foreign.log" ]; then
    grep -qi "^Authorization:\|password\|refresh_token\|access_token" "$work/foreign.log" \
      && fail "$what: a credential reached 127.0.0.2: $(cat "$work/foreign.log")"
  fi
  echo "ok: $what (exit $rc, peak $((peak_kb / 1024)) MB)${last:+: $last}"
}

# fault NAME EXPECT WORDS EMULATOR-OPTION...: a sync and a screenshot against that fault.
fault() {
  name=$1 outcome=$2 reason=$3; shift 3
  start_emulator "$emulator" --port "$port" --no-throttle "$@"
  run_app $(sync_args)
  sync_peak_kb=$peak_kb
  check "$name --sync" "$outcome" "$reason"
  rm -f "$work/shot.png"
  run_app --server "$url" --user admin@demo.test --password-stdin --screenshot "$work/shot.png"
  check "$name --screenshot" "0|1" "$reason"
  [ "$rc" -eq 0 ] && { [ -s "$work/shot.png" ] || fail "$name: --screenshot exited 0 without a picture"; }
  kill "$emu_pid"; wait "$emu_pid" 2>/dev/null
}

# The words of api::ApiError::message() a person reads for each kind of failure.
unreachable="could not be reached|connection was lost"
unreadable="cannot read"
fault "5xx bursts" "0|1" "had a problem answering|$unreachable" --error-rate 0.4
fault "truncated JSON" "0|1" "$unreadable" --malformed-rate 0.3
fault "HTML instead of JSON" "0|1" "$unreadable" --html-rate 0.3
fault "answers cut mid-body" "0|1" "$unreachable|$unreadable" --cut-rate 0.3
fault "connection resets" "0|1" "$unreachable" --drop-rate 0.3
fault "1.5 s on every answer" "0" "-" --latency 1500
fault "token expires mid-sync" "0" "-" --token-lifetime 2 --latency 200
fault "100 MB answer with its length" "1" "larger than 32 MB" --huge-route /api/public/resources=100
huge_peak_kb=$sync_peak_kb
fault "100 MB answer, chunked" "1" "larger than 32 MB" --huge-route /api/public/resources=100,chunked
chunked_peak_kb=$sync_peak_kb
fault "redirect of an API route to another origin" "1" "redirect to another address: http://127.0.0.2:$port" \
  --redirect-route "/api/public/resources=http://127.0.0.2:$port"
fault "redirect of the sign-in to another origin" "1" "redirect to another address: http://127.0.0.2:$port" \
  --redirect-route "/api/token=http://127.0.0.2:$port"
fault "the space goes away mid-sync" "1" "$unreachable" --exit-after 12

# Refusing a declared 100 MB answer costs next to nothing: it is refused from its Content-Length.
[ $((huge_peak_kb - clean_peak_kb)) -lt 8192 ] \
  || fail "refusing a declared 100 MB answer took $(((huge_peak_kb - clean_peak_kb) / 1024)) MB more than a clean sync"
# A chunked one is refused at the 32 MiB cap, but Qt's HTTP thread reads its socket with no limit
# of its own, so on loopback most of the answer can arrive there first (QTBUG-15065): it may cost
# up to about twice its size, never more (a regression that kept copies would).
[ $((chunked_peak_kb - clean_peak_kb)) -lt 240000 ] \
  || fail "refusing a chunked 100 MB answer took $(((chunked_peak_kb - clean_peak_kb) / 1024)) MB more than a clean sync"
echo "peak memory: clean sync $((clean_peak_kb / 1024)) MB, 100 MB refused $((huge_peak_kb / 1024)) MB, chunked $((chunked_peak_kb / 1024)) MB"
echo "1 passed, 0 failed"

#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Trustwork developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: tests/network/run-network-check.sh [BUILD_DIR]
#
# Trustwork has no network code. This checks it from the outside:
#  1. no Trustwork binary links QtNetwork, directly (readelf -d) or through another library (ldd);
#  2. a scripted trustwork-cli session (create, entries, check-in, verify, export, backup, restore)
#     and an app session under Xvfb (start, type the passphrase, unlock, work, quit) run under
#     strace -f -e trace=network: every socket opened must be AF_UNIX (the X server, D-Bus).
# Prints what it saw and exits 1 on any finding. Set KEEP=1 to keep the strace logs.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-$root/build/ci}"
app="$build/src/app/trustwork"
cli="$build/src/cli/trustwork-cli"
# The shipped CLI has no fast key derivation; the scripted session uses the test build's CLI, which
# differs from it only in honouring TRUSTWORK_INSECURE_FAST_KDF (both are checked for QtNetwork).
testcli="$build/src/cli/trustwork-cli-for-tests"
for binary in "$app" "$cli" "$testcli"; do
    [ -x "$binary" ] || { echo "missing $binary: build the ci preset first" >&2; exit 2; }
done
command -v strace >/dev/null || { echo "strace is missing (apt-get install strace)" >&2; exit 2; }

work="$(mktemp -d)"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    if [ "${KEEP:-0}" = 1 ]; then echo "logs kept in $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
findings=0

echo "== 1. No binary links QtNetwork"
for binary in "$app" "$cli" "$testcli"; do
    if readelf -d "$binary" | grep -q 'NEEDED.*Network' || ldd "$binary" | grep -qi 'Qt6Network\|Qt5Network'; then
        echo "FINDING: $(basename "$binary") links QtNetwork"
        findings=$((findings + 1))
    else
        echo "ok: $(basename "$binary") does not link QtNetwork (readelf -d and ldd)"
    fi
done

# A private home so nothing of the person running this is read or written.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_CACHE_HOME="$work/home/.cache"
export XDG_DATA_HOME="$work/home/.local/share" XDG_RUNTIME_DIR="$work/runtime" TMPDIR="$work/tmp"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" "$TMPDIR" && chmod 700 "$XDG_RUNTIME_DIR"
export TRUSTWORK_INSECURE_FAST_KDF=1
data="$work/data"
trace=(strace -f -qq -e trace=network -o)

echo "== 2a. trustwork-cli session under strace"
# Passphrases strong enough for the minimum both the CLI and the window enforce.
alex='copper walrus gently folds maps'
sam='orchard pebble morning lantern sky'
cli_session() {
    local c=("$testcli" --data-dir "$data")
    printf '%s\n%s\n' "$alex" "$sam" | "${c[@]}" --passphrase-stdin create --partner Alex:hurt --partner Sam:involved
    printf '%s\nWords for the network check.' "$alex" | "${c[@]}" --as Alex --passphrase-stdin \
        entry add --exercise solo.my-patterns --private --text-file -
    printf '%s\nA note.' "$sam" | "${c[@]}" --as Sam --passphrase-stdin checkin add --trust 5 --note-file -
    printf '%s\n' "$alex" | "${c[@]}" --as Alex --passphrase-stdin verify
    printf '%s\n' "$alex" | "${c[@]}" --as Alex --passphrase-stdin export --format json --output "$work/export.json"
    printf '%s\n' "$alex" | "${c[@]}" --as Alex --passphrase-stdin backup --output "$work/backup.twbackup"
    printf '%s\n' "$alex" | "$testcli" --data-dir "$work/restored" --as Alex --passphrase-stdin \
        restore --input "$work/backup.twbackup"
    "${c[@]}" info
}
export -f cli_session
export testcli data work alex sam
"${trace[@]}" "$work/cli.strace" bash -c cli_session >"$work/cli.out" 2>&1 || {
    echo "the CLI session failed:"; cat "$work/cli.out"; exit 2; }

echo "== 2b. trustwork app session under Xvfb and strace"
display=":$(( 600 + $$ % 300 ))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
export DISPLAY="$display"
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
openbox >/dev/null 2>&1 &
pids+=($!)
# A session bus of our own, as a desktop has; without one, Qt's D-Bus would autolaunch a daemon that
# strace would follow and that would outlive the app.
eval "$(dbus-launch --sh-syntax)"
pids+=("$DBUS_SESSION_BUS_PID")
unset QT_QPA_PLATFORM
"${trace[@]}" "$work/app.strace" "$app" --data-dir "$data" >"$work/app.out" 2>&1 &
app_pid=$!
pids+=($app_pid)
# Wait for the unlock window, type Alex's passphrase and unlock.
window=""
for _ in $(seq 100); do
    window=$(xdotool search --onlyvisible --name 'Trustwork' 2>/dev/null | head -n 1 || true)
    [ -n "$window" ] && break
    sleep 0.1
done
[ -n "$window" ] || { echo "the app showed no window"; cat "$work/app.out"; exit 2; }
sleep 1
xdotool windowactivate --sync "$window" >/dev/null 2>&1 || xdotool windowfocus --sync "$window" >/dev/null 2>&1 || true
xdotool type --delay 20 "$alex"
xdotool key Return
sleep 4
if [ -n "${SCREENSHOT:-}" ]; then import -window root "$SCREENSHOT"; fi
# Some work: search (Ctrl+F) for a word, then the quick exit (Ctrl+Shift+Q), which locks and quits.
xdotool key ctrl+f || true
sleep 1
xdotool type --delay 20 'words' || true
sleep 1
xdotool key ctrl+shift+q || true
for _ in $(seq 100); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$app_pid" 2>/dev/null; then
    echo "FINDING: the app did not quit on the quick-exit shortcut"
    findings=$((findings + 1))
    for child in $(pgrep -P "$app_pid"); do kill "$child" 2>/dev/null || true; done
fi
wait "$app_pid" 2>/dev/null || true

echo "== 3. Sockets seen"
for log in "$work/cli.strace" "$work/app.strace"; do
    name=$(basename "$log" .strace)
    total=$(grep -cE '(socket|connect|bind|sendto|sendmsg)\(' "$log" || true)
    unix=$(grep -cE 'socket\(AF_UNIX' "$log" || true)
    other=$(grep -E 'socket\(' "$log" | grep -vE 'socket\(AF_UNIX' || true)
    inet=$(grep -E '(connect|bind|sendto|sendmsg)\(' "$log" | grep -E 'AF_INET|AF_INET6|AF_PACKET|AF_NETLINK' || true)
    echo "$name: $total network calls, $unix AF_UNIX sockets"
    grep -oE 'sun_path="[^"]*"|sun_path=@"[^"]*"' "$log" | sort | uniq -c | sed 's/^/    /' || true
    if [ -n "$other$inet" ]; then
        echo "FINDING: $name used a socket other than AF_UNIX:"
        printf '%s\n%s\n' "$other" "$inet" | sed '/^$/d' | head -n 20
        findings=$((findings + 1))
    fi
done
echo "findings: $findings"
[ "$findings" -eq 0 ]

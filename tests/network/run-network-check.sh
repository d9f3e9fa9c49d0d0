#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Trustwork developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: tests/network/run-network-check.sh [BUILD_DIR]
#
# Trustwork has no network code. This checks it from the outside:
#  1. no Trustwork binary links QtNetwork, directly (readelf -d) or through another library (ldd);
#  2. a scripted trustwork-cli session (create, entries, check-in, verify, export, backup, restore)
#     and an app session under Xvfb (start, type the passphrase, unlock, search, quit) run under
#     strace -f -e trace=network: every socket opened must be AF_UNIX (the X server, D-Bus).
#     The app session checks each screen it reaches through AT-SPI (wait-for-widget.py), so a
#     session stuck on the unlock screen fails instead of passing with nothing traced.
#  3. a positive control: a small program that opens an AF_INET socket, traced and judged the same
#     way, must be caught, or the check itself is broken.
# Prints what it saw and exits 1 on any finding, 2 when the check could not run. KEEP=1 keeps the logs.
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
    # A readelf or ldd that fails prints nothing to match: that is "could not check", never "ok".
    needed=$(readelf -d "$binary") || { echo "readelf -d $binary failed" >&2; exit 2; }
    linked=$(ldd "$binary") || { echo "ldd $binary failed" >&2; exit 2; }
    grep -q 'NEEDED.*libQt6Core' <<<"$needed$linked" || grep -q 'NEEDED.*libsodium' <<<"$needed" ||
        { echo "readelf -d $binary listed none of the libraries it must need" >&2; exit 2; }
    if grep -q 'NEEDED.*Network' <<<"$needed" || grep -qi 'Qt6Network\|Qt5Network' <<<"$linked"; then
        echo "FINDING: $(basename "$binary") links QtNetwork"
        findings=$((findings + 1))
    else
        echo "ok: $(basename "$binary") does not link QtNetwork (readelf -d: $(grep -c NEEDED <<<"$needed") libraries, ldd: $(wc -l <<<"$linked"))"
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
    # Two devices through a synced folder: publishing, joining and importing open no socket either.
    printf '%s\n' "$alex" | "${c[@]}" --as Alex --passphrase-stdin sync --folder "$work/synced"
    printf '%s\n' "$alex" | "$testcli" --data-dir "$work/laptop" --as Alex --passphrase-stdin \
        join --folder "$work/synced"
    printf '%s\n' "$sam" | "${c[@]}" --as Sam --passphrase-stdin sync --folder "$work/synced"
    "${c[@]}" info
}
export -f cli_session
export testcli data work alex sam
"${trace[@]}" "$work/cli.strace" bash -c cli_session >"$work/cli.out" 2>&1 || {
    echo "the CLI session failed:"; cat "$work/cli.out"; exit 2; }

echo "== 2b. trustwork app session under Xvfb and strace"
# Xvfb picks a free display itself and writes its number once it accepts connections (-displayfd),
# so neither a display taken by another session nor a slow start on a busy machine gets in the way.
Xvfb -displayfd 9 -screen 0 1280x800x24 -nolisten tcp 9>"$work/display" >/dev/null 2>&1 &
pids+=($!)
for _ in $(seq 600); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { echo "Xvfb did not start within 60 s" >&2; exit 2; }
export DISPLAY=":$(head -n 1 "$work/display")"
xdpyinfo >/dev/null 2>&1 || { echo "Xvfb reported display $DISPLAY, but it does not answer" >&2; exit 2; }
openbox >/dev/null 2>&1 &
pids+=($!)
# A session bus of our own, as a desktop has; without one, Qt's D-Bus would autolaunch a daemon that
# strace would follow and that would outlive the app. The AT-SPI bus lets the script see which
# screen the app shows (its sockets are AF_UNIX like any desktop's).
eval "$(dbus-launch --sh-syntax)"
pids+=("$DBUS_SESSION_BUS_PID")
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
pids+=($!)
unset QT_QPA_PLATFORM
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 LANG=C.UTF-8 LANGUAGE=en LC_ALL=C.UTF-8
"${trace[@]}" "$work/app.strace" "$app" --data-dir "$data" >"$work/app.out" 2>&1 &
app_pid=$!
pids+=($app_pid)
waits="$root/tests/network/wait-for-widget.py"
app_failed() { echo "the app session failed: $1"; cat "$work/app.out"; exit 2; }
/usr/bin/python3 "$waits" Passphrase 90 || app_failed "no unlock screen"
# The accessibility tree can show the page a moment before the window manager has mapped the
# window, more so on a busy machine: look again for up to 30 s before giving up.
window=""
for _ in $(seq 100); do
    window=$(xdotool search --onlyvisible --name 'Trustwork' 2>/dev/null | head -n 1) && [ -n "$window" ] && break
    sleep 0.3
done
[ -n "$window" ] || app_failed "no window to type into"
xdotool windowactivate --sync "$window" >/dev/null 2>&1 || xdotool windowfocus --sync "$window" ||
    app_failed "could not focus the window"
xdotool type --delay 20 "$alex" && xdotool key Return || app_failed "xdotool could not type"
# A partner's first visit walks through their own welcome, recovery code and private safety check,
# as a person would: Next, tick "stored", Next, then Finish with the safety check left blank.
/usr/bin/python3 "$waits" "Welcome, Alex" 90 || app_failed "never got past the unlock screen"
/usr/bin/python3 "$waits" "Next >" 30 press || app_failed "no Next on the welcome page"
/usr/bin/python3 "$waits" "Recovery code stored" 60 press || app_failed "the recovery code page did not show"
sleep 0.5
/usr/bin/python3 "$waits" "Next >" 30 press || app_failed "no Next on the recovery code page"
/usr/bin/python3 "$waits" "A private check for Alex" 60 || app_failed "the private safety check did not show"
/usr/bin/python3 "$waits" "Finish" 30 press || app_failed "no Finish on the safety check"
# Home's path only exists behind the unlock screen: seeing it proves the session got in.
/usr/bin/python3 "$waits" "The path: modules and exercises" 90 || app_failed "never got past the first visit"
if [ -n "${SCREENSHOT:-}" ]; then import -window root "$SCREENSHOT"; fi
# Some work: search (Ctrl+F) for a word, then the quick exit (Ctrl+Shift+Q), which locks and quits.
xdotool key ctrl+f || app_failed "xdotool could not press Ctrl+F"
/usr/bin/python3 "$waits" "Search your workbook" 60 || app_failed "Ctrl+F did not open search"
xdotool type --delay 20 'words' && xdotool key ctrl+shift+q || app_failed "xdotool could not type"
for _ in $(seq 100); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$app_pid" 2>/dev/null; then
    echo "FINDING: the app did not quit on the quick-exit shortcut"
    findings=$((findings + 1))
    for child in $(pgrep -P "$app_pid"); do kill "$child" 2>/dev/null || true; done
fi
wait "$app_pid" 2>/dev/null || true

echo "== 2c. positive control: a program that opens an AF_INET socket must be caught"
"${trace[@]}" "$work/control.strace" /usr/bin/python3 -c \
    'import socket; socket.socket(socket.AF_INET, socket.SOCK_DGRAM).close()' >"$work/control.out" 2>&1 ||
    { echo "the control program failed:"; cat "$work/control.out"; exit 2; }

# Prints what LOG shows and whether a socket other than AF_UNIX was used; returns 1 if one was.
judge() {
    local log=$1 name
    name=$(basename "$log" .strace)
    total=$(grep -cE '(socket|connect|bind|sendto|sendmsg)\(' "$log" || true)
    unix=$(grep -cE 'socket\(AF_UNIX' "$log" || true)
    other=$(grep -E 'socket\(' "$log" | grep -vE 'socket\(AF_UNIX' || true)
    inet=$(grep -E '(connect|bind|sendto|sendmsg)\(' "$log" | grep -E 'AF_INET|AF_INET6|AF_PACKET|AF_NETLINK' || true)
    echo "$name: $total network calls, $unix AF_UNIX sockets"
    grep -oE 'sun_path="[^"]*"|sun_path=@"[^"]*"' "$log" | sort | uniq -c | sed 's/^/    /' || true
    if [ -n "$other$inet" ]; then
        echo "$name used a socket other than AF_UNIX:"
        printf '%s\n%s\n' "$other" "$inet" | sed '/^$/d' | head -n 20
        return 1
    fi
}

echo "== 3. Sockets seen"
for log in "$work/cli.strace" "$work/app.strace"; do
    judge "$log" || { echo "FINDING (above)"; findings=$((findings + 1)); }
done
if judge "$work/control.strace"; then
    echo "the control's AF_INET socket was not caught: this check cannot see network use" >&2
    exit 2
fi
echo "ok: the control's AF_INET socket was caught"
echo "findings: $findings"
[ "$findings" -eq 0 ]

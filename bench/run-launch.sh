#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Trustwork developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: bench/run-launch.sh [RUNS] [BUILD_DIR]
#
# Launch to first window under a private Xvfb with openbox (a reparenting window manager, as on a
# desktop), timed from fork() to the X MapNotify of the program's first top-level window:
#   bare-qt-window      the floor: a Qt Widgets window with one label (bench/launch/BareWindow.cpp)
#   trustwork-first-run trustwork with a fresh --data-dir: its first window is the setup wizard
#   trustwork-unlock    trustwork with an existing workbook: its first window is the unlock screen
#   keepassxc           KeePassXC, when installed, with a fresh config (its welcome window)
#   compared-*          the same two cases for another build of the app, with TW_LAUNCH_COMPARE=PATH
# Prints medians over RUNS (default 15) interleaved rounds and the ratio of each to the floor.
set -euo pipefail

runs="${1:-15}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${2:-$root/build/ci}"
timer="$build/bench/launch/bench_launch_timer"
bare="$build/bench/launch/bench_bare_window"
app="$build/src/app/trustwork"
cli="$build/src/cli/trustwork-cli"
for binary in "$timer" "$bare" "$app" "$cli"; do
    [ -x "$binary" ] || { echo "missing $binary: build the ci preset first" >&2; exit 2; }
done

work="$(mktemp -d)"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

# A private home, so settings, caches and fonts of the person running this play no part.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_CACHE_HOME="$work/home/.cache"
export XDG_DATA_HOME="$work/home/.local/share" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM

# A display number from our own process id, so parallel runs do not meet.
display=":$(( 200 + $$ % 500 ))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
export DISPLAY="$display"
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
openbox >/dev/null 2>&1 &
pids+=($!)
sleep 1

# An existing workbook for the unlock case (fast key derivation is irrelevant: no unlock happens).
printf 'launch bench passphrase\n' | "$cli" --data-dir "$work/existing" --passphrase-stdin \
    create --partner Alex:hurt >/dev/null

# KeePassXC is the issue's reference for a desktop app of this kind (at most 0.3x of its launch).
# It is installed with apt for the comparison, as profile-unlock.sh installs perf; it is not one of
# Trustwork's packages. TW_LAUNCH_NO_KEEPASSXC=1 leaves the system as it is.
if [ "${TW_LAUNCH_NO_KEEPASSXC:-0}" != 1 ] && ! command -v keepassxc >/dev/null 2>&1; then
    ( source "$root/scripts/lib/common.sh" && ensure_packages "${LAUNCH_REFERENCE_PACKAGES[@]}" ) ||
        echo "note: KeePassXC could not be installed, so it is not compared"
fi

cases=(--case bare-qt-window -- "$bare"
       --case trustwork-first-run -- "$app" --data-dir "{fresh}"
       --case trustwork-unlock -- "$app" --data-dir "$work/existing")
# TW_LAUNCH_COMPARE=PATH adds another build of the app (an earlier commit's), interleaved with this
# one in the same rounds, so a change is measured before and after on the same machine at once. A
# copy outside the build tree finds no curriculum by itself and would show "Trustwork cannot
# start" instead of its window, so it is given the source tree's content (the report's "first
# windows" lines name what every case showed).
if [ -n "${TW_LAUNCH_COMPARE:-}" ]; then
    cases+=(--case compared-first-run -- "$TW_LAUNCH_COMPARE" --content-dir "$root/content" --data-dir "{fresh}"
            --case compared-unlock -- "$TW_LAUNCH_COMPARE" --content-dir "$root/content" --data-dir "$work/existing")
fi
if command -v keepassxc >/dev/null 2>&1; then
    cases+=(--case keepassxc -- keepassxc --config "$work/keepassxc.ini")
else
    echo "note: KeePassXC is not installed, so it is not compared"
fi

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
# What made two runs of this benchmark disagree before (issue 21): how many fonts fontconfig has to
# look at, whether its system cache is built, and what else runs. Stated so runs can be compared.
fonts=$( (find /usr/share/fonts /usr/local/share/fonts -type f \( -name '*.ttf' -o -name '*.otf' -o -name '*.ttc' -o -name '*.pfb' \) 2>/dev/null || true) | wc -l)
caches=$( (find /var/cache/fontconfig -name '*.cache-*' 2>/dev/null || true) | wc -l)
echo "fonts: $fonts installed, $caches fontconfig system cache files$([ "$caches" -eq 0 ] && echo ' (none: every start scans the fonts)')"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); memory available: $(awk '/MemAvailable/ {printf "%d MiB", $2/1024}' /proc/meminfo)"
# Debian 13 renamed the library package (libqt6core6t64), so both names are asked.
qt=$( (dpkg-query -W -f='${Version}\n' libqt6core6t64 libqt6core6 2>/dev/null || true) | grep -m1 . || echo unknown)
echo "release: $(. /etc/os-release && echo "$PRETTY_NAME"), Qt $qt"
echo "runs: $runs (after 2 warm-up rounds), Xvfb $display with openbox"
"$timer" --runs "$runs" --warmup 2 "${cases[@]}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

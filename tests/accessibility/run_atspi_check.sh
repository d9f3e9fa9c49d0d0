#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Trustwork developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs check_accessible_names.py with its own X server, window manager and session bus, so it
# works the same on a desktop, a headless CI machine, or inside another Xvfb session.
set -euo pipefail
binary=$1
here=$(cd "$(dirname "$0")" && pwd)
display=":$((100 + RANDOM % 400))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
for _ in $(seq 50); do xdpyinfo -display "$display" >/dev/null 2>&1 && break; sleep 0.1; done
export DISPLAY=$display
unset QT_QPA_PLATFORM
dbus-run-session -- bash -c "
    /usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
    openbox >/dev/null 2>&1 &
    sleep 1
    /usr/bin/python3 '$here/check_accessible_names.py' '$binary'
"

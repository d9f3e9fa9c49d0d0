#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Trustwork developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs check_accessible_names.py with its own X server, window manager and session bus, so it
# works the same on a desktop, a headless CI machine, or inside another Xvfb session.
set -euo pipefail
binary=$1
here=$(cd "$(dirname "$0")" && pwd)
# Xvfb picks a free display and writes its number once ready (-displayfd): no clash with another
# session's display, no guessing how long a busy machine takes to start it.
ready=$(mktemp)
Xvfb -displayfd 9 -screen 0 1280x800x24 -nolisten tcp 9>"$ready" >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -f "$ready"' EXIT
for _ in $(seq 600); do [ -s "$ready" ] && break; sleep 0.1; done
[ -s "$ready" ] || { echo "Xvfb did not start within 60 s" >&2; exit 1; }
export DISPLAY=":$(head -n 1 "$ready")"
unset QT_QPA_PLATFORM
dbus-run-session -- bash -c "
    /usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
    openbox >/dev/null 2>&1 &
    sleep 1
    /usr/bin/python3 '$here/check_accessible_names.py' '$binary'
"

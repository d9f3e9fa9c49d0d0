#!/bin/sh
# SPDX-FileCopyrightText: 2026 Trustwork developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test program on a private D-Bus of its own (dbus-run-session), which also stands in for the
# system bus, so signals sent with dbus-send --system reach it without touching the machine's bus.
set -eu
exec dbus-run-session -- sh -c 'DBUS_SYSTEM_BUS_ADDRESS="$DBUS_SESSION_BUS_ADDRESS" exec "$@"' sh "$@"

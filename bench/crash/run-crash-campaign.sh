#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Trustwork developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: bench/crash/run-crash-campaign.sh [KILLS] [BUILD_DIR]
#
# The long crash campaign: a writer process saves entries (adds and updates, private and shared)
# as fast as it can and is killed with SIGKILL at a random moment, KILLS times (default 1000).
# After every kill the workbook is unlocked, PRAGMA integrity_check and an authenticated read of
# every entry must pass, and every entry the writer reported saved must be there with that text
# or a later one. ctest runs the same test with 200 kills (CrashSafety.*).
set -euo pipefail
kills="${1:-1000}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${2:-$root/build/ci}"
binary="$build/tests/cli/test_cli"
[ -x "$binary" ] || { echo "missing $binary: build the ci preset first" >&2; exit 2; }
start=$(date +%s)
TRUSTWORK_CRASH_ITERATIONS="$kills" "$binary" --gtest_filter='CrashSafety.*'
echo "took $(( $(date +%s) - start )) s"

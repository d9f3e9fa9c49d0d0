#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Trustwork developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: tests/flip/run-flip-campaign.sh [FLIPS] [SEED] [BUILD_DIR]
#
# The full byte-flip campaign (default 1,000 flips, a new seed each run unless SEED is given, printed
# so a run can be repeated) over workbook.db, workbook.keys, an assignment and a report, each flip
# opened by trustwork-cli. ctest runs 100 of them, with a new seed each time.
set -euo pipefail
flips="${1:-1000}"
seed="${2:-}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${3:-$root/build/ci}"
binary="$build/tests/flip/test_flip"
[ -x "$binary" ] || { echo "missing $binary: build the ci preset first" >&2; exit 2; }
env TRUSTWORK_FLIPS="$flips" ${seed:+TRUSTWORK_FLIP_SEED="$seed"} "$binary" --gtest_filter='FlipCampaign.*'

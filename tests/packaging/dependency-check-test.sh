#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Trustwork developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: dependency-check-test.sh BUILD_DIR [PACKAGE]
# Runs scripts/lib/check-dependencies.py on BUILD_DIR's configuration. Without PACKAGE the real lists
# must pass. With PACKAGE, the lists without it must fail, naming PACKAGE and BUILD_PACKAGES: this
# is the check catching a package that this machine has but a fresh one would not get.
# Exits 77 (skipped, shown by ctest) when PACKAGE is not in this release's lists.
set -euo pipefail
source "$(dirname "$0")/../../scripts/lib/common.sh"
build=$1
drop=${2:-}
checker="$ROOT/scripts/lib/check-dependencies.py"

if [ -z "$drop" ]; then
    exec python3 "$checker" "$build" --build "${BUILD_PACKAGES[@]}" --test "${TEST_PACKAGES[@]}"
fi
kept=()
for package in "${BUILD_PACKAGES[@]}"; do
    [ "$package" = "$drop" ] || kept+=("$package")
done
if [ ${#kept[@]} -eq ${#BUILD_PACKAGES[@]} ]; then
    echo "SKIPPED: $drop is not in BUILD_PACKAGES on ${RELEASE:-this release}" >&2
    exit 77
fi
status=0
output=$(python3 "$checker" "$build" --build "${kept[@]}" --test "${TEST_PACKAGES[@]}" 2>&1) || status=$?
echo "$output"
[ "$status" -eq 1 ] || { echo "expected the check to fail (exit 1) without $drop, got exit $status" >&2; exit 1; }
grep -q "^MISSING: $drop: add it to BUILD_PACKAGES" <<<"$output" ||
    { echo "the check failed without naming $drop and BUILD_PACKAGES" >&2; exit 1; }
[ "$(grep -c '^MISSING: ' <<<"$output")" -eq 1 ] || { echo "the check named more than $drop" >&2; exit 1; }
echo "ok: without $drop the check fails and names it"

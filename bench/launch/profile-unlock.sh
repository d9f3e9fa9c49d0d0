#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Trustwork developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: bench/launch/profile-unlock.sh TENYEARS_DIR [BUILD_DIR]
#
# Where unlocking ten years of data spends its CPU beyond key derivation: runs bench_unlock (open,
# curriculum, Home; 5 iterations) under `perf record` with DWARF call graphs and prints the functions
# with the most samples, on their own and with what they call. The ci preset keeps line tables
# (-g1), which is enough for names and call graphs. Installs linux-perf with apt when missing (a
# profiling tool only: neither the build nor the tests need it).
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 TENYEARS_DIR [BUILD_DIR]" >&2; exit 2; }
tenyears="$1"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${2:-$root/build/ci}"
source "$root/scripts/lib/common.sh"
ensure_packages "${PROFILE_PACKAGES[@]}"
bench="$build/bench/launch/bench_unlock"
[ -x "$bench" ] || { echo "missing $bench: build the ci preset first" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The workbook is copied so the profile never changes the caller's copy (unlock writes).
cp -a "$tenyears" "$work/tenyears"
TW_TENYEARS_DIR="$work/tenyears" perf record -q -F 2000 --call-graph dwarf,32768 -o "$work/perf.data" -- \
    "$bench" --benchmark_repetitions=1 >"$work/bench.txt" 2>&1
grep -E 'BM_|open_cpu' "$work/bench.txt" || cat "$work/bench.txt"
echo
echo "== self time (the function itself), top 25"
perf report -i "$work/perf.data" --no-children --sort symbol --stdio -q -g none --percent-limit 0.8 2>/dev/null |
    grep -E '^ +[0-9]' | sed -E 's/ +$//; s/nlohmann::json_abi_v3_11_[0-9]+::/json::/g; s/<[^<>]*(<[^<>]*(<[^<>]*>[^<>]*)*>[^<>]*)*>//g' | cut -c1-150 | head -n 25
echo
echo "== Trustwork's own functions with what they call (inclusive), top 40"
perf report -i "$work/perf.data" --children --sort symbol --stdio -q -g none --percent-limit 1 2>/dev/null |
    grep -E '^ +[0-9].*tw::' | sed -E 's/ +$//; s/<[^<>]*(<[^<>]*(<[^<>]*>[^<>]*)*>[^<>]*)*>//g' | cut -c1-150 | head -n 40

#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Trustwork developers
# SPDX-License-Identifier: GPL-3.0-or-later
# SIGKILL during a sync (issue 20): a device takes in a folder of change files (its own partner's
# private and shared rows, the other partner's shared ones) and is killed at a random moment, again
# and again. After each kill, a sync that runs to the end must leave a workbook that `verify`
# passes and whose entries equal those of an uninterrupted sync; and a kill between writing this
# device's own change file and recording it must never make two files with one sequence number.
# Usage: run-sync-crash.sh [KILLS] [BUILD_DIR]   (200 in scripts/test, 1000 by hand)
set -euo pipefail
kills=${1:-200}
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
build="${2:-$root/build/ci}"
cli="$build/src/cli/trustwork-cli-for-tests"
[ -x "$cli" ] || { echo "missing $cli: build the ci preset first" >&2; exit 2; }
export TRUSTWORK_INSECURE_FAST_KDF=1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
alex='alex passphrase for the crash test'
sam='sam passphrase for the crash test'
tw() { local dir=$1 who=$2 pass=$3; shift 3; printf '%s\n' "$pass" | "$cli" --data-dir "$dir" --as "$who" --passphrase-stdin "$@"; }

# The desktop makes the workbook and publishes a first file; the laptop joins from it.
printf '%s\n%s\n' "$alex" "$sam" | "$cli" --data-dir "$work/desktop" --passphrase-stdin create \
    --partner Alex:hurt --partner Sam:involved >/dev/null
tw "$work/desktop" Alex "$alex" sync --folder "$work/folder0" >/dev/null 2>&1
tw "$work/laptop0" Alex "$alex" join --folder "$work/folder0" >/dev/null 2>&1
# Then many changes of both partners, in several change files, that the laptop has not seen.
for round in $(seq 8); do
    for i in $(seq 6); do
        printf '%s\nround %s private %s' "$alex" "$round" "$i" | "$cli" --data-dir "$work/desktop" --as Alex \
            --passphrase-stdin entry add --exercise solo.my-patterns --private --text-file - >/dev/null 2>&1
        printf '%s\nround %s shared %s' "$sam" "$round" "$i" | "$cli" --data-dir "$work/desktop" --as Sam \
            --passphrase-stdin entry add --exercise start.what-brings-me-here --shared --text-file - >/dev/null 2>&1
    done
    tw "$work/desktop" Alex "$alex" sync --folder "$work/folder0" >/dev/null 2>&1
    tw "$work/desktop" Sam "$sam" sync --folder "$work/folder0" >/dev/null 2>&1
done
# A change of the laptop's own, so every sync there also publishes.
printf '%s\nwritten on the laptop' "$alex" | "$cli" --data-dir "$work/laptop0" --as Alex --passphrase-stdin \
    entry add --exercise solo.my-patterns --private --text-file - >/dev/null 2>&1

# The uninterrupted result, and how long it takes.
cp -a "$work/laptop0" "$work/ref"
cp -a "$work/folder0" "$work/ref-folder"
started=$(date +%s%N)
tw "$work/ref" Alex "$alex" sync --folder "$work/ref-folder" >/dev/null 2>&1
took_ms=$((($(date +%s%N) - started) / 1000000))
tw "$work/ref" Alex "$alex" entry list --json 2>/dev/null | python3 -c 'import json,sys; print(json.dumps(sorted(json.load(sys.stdin), key=lambda e: e["id"]), sort_keys=True))' >"$work/ref.json"
count=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$work/ref.json")
echo "reference: $count entries after an uninterrupted sync of $(find "$work/folder0" -name '*.twchange' | wc -l) files in ${took_ms} ms"
[ "$count" -gt 90 ] || { echo "the reference sync took in too little ($count entries)" >&2; exit 1; }

failures=0
killed=0
for n in $(seq "$kills"); do
    rm -rf "$work/b" "$work/f"
    cp -a "$work/laptop0" "$work/b"
    cp -a "$work/folder0" "$work/f"
    # A random moment within the whole run (start-up included), up to 20 % past its usual end.
    delay=$(awk -v max="$took_ms" -v seed="$n" 'BEGIN { srand(seed * 7919); printf "%.3f", rand() * max * 1.2 / 1000 }')
    printf '%s\n' "$alex" | "$cli" --data-dir "$work/b" --as Alex --passphrase-stdin sync --folder "$work/f" \
        >/dev/null 2>&1 &
    pid=$!
    sleep "$delay"
    if kill -9 "$pid" 2>/dev/null; then killed=$((killed + 1)); fi
    wait "$pid" 2>/dev/null || true
    if ! tw "$work/b" Alex "$alex" sync --folder "$work/f" >"$work/out" 2>&1; then
        echo "kill $n (after ${delay}s): the sync after the kill failed:"; cat "$work/out"; failures=$((failures + 1)); continue
    fi
    if ! tw "$work/b" Alex "$alex" verify >"$work/out" 2>&1; then
        echo "kill $n (after ${delay}s): verify failed:"; cat "$work/out"; failures=$((failures + 1)); continue
    fi
    tw "$work/b" Alex "$alex" entry list --json 2>/dev/null | python3 -c 'import json,sys; print(json.dumps(sorted(json.load(sys.stdin), key=lambda e: e["id"]), sort_keys=True))' >"$work/got.json"
    if ! cmp -s "$work/ref.json" "$work/got.json"; then
        echo "kill $n (after ${delay}s): the entries differ from an uninterrupted sync"; failures=$((failures + 1))
    fi
    # One writer per device folder and one file per sequence number in it.
    dup=$(find "$work/f/devices" -name '*.twchange' -printf '%h %f\n' | awk '{ print $1, substr($2, 1, 10) }' | sort | uniq -d)
    if [ -n "$dup" ]; then
        echo "kill $n (after ${delay}s): a sequence number was used twice: $dup"; failures=$((failures + 1))
    fi
done
echo "sync crash campaign: $kills runs, $killed killed before they finished, $failures failures"
[ "$failures" -eq 0 ]

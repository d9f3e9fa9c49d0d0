#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Trustwork developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: first-window-libraries-test.sh TRUSTWORK MODULE_DIR
# The program links none of the libraries only later screens need (issue 21: every library linked
# is loaded, relocated and bound before the first window): Qt Charts and its OpenGL libraries and
# Qt PrintSupport live in modules loaded on first use; SQLCipher and the OpenSSL it brings are loaded
# at the first database (tw/storage/SqlcipherOnFirstUse.h). Each module exports its one entry
# function and needs nothing of the program (built with --no-undefined).
set -euo pipefail
app=$1
modules=$2
status=0
needed=$(readelf -d "$app" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
[ -n "$needed" ] || { echo "no NEEDED entries read from $app: nothing was checked" >&2; exit 1; }
for lib in libQt6Charts libQt6PrintSupport libQt6OpenGL libQt6OpenGLWidgets libsqlcipher libcrypto; do
    if grep -q "^$lib\.so" <<<"$needed"; then
        echo "FAILED: $app links $lib, which only a module or a first use may load" >&2
        status=1
    fi
done
for pair in trustwork-charts.so:tw_charts_api_v1:libQt6Charts trustwork-print.so:tw_print_api_v1:libQt6PrintSupport; do
    IFS=: read -r file entry lib <<<"$pair"
    module="$modules/$file"
    [ -f "$module" ] || { echo "FAILED: $module is missing" >&2; status=1; continue; }
    nm -D --defined-only "$module" | grep -qw "$entry" || { echo "FAILED: $module does not export $entry" >&2; status=1; }
    readelf -d "$module" | grep -q "\[$lib\.so" || { echo "FAILED: $module does not link $lib" >&2; status=1; }
done
[ "$status" -eq 0 ] && echo "ok: $(wc -l <<<"$needed") libraries linked, none of Charts, OpenGL, PrintSupport, SQLCipher or OpenSSL; both modules export their entry"
exit "$status"

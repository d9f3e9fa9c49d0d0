#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Trustwork developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that `trustwork-cli content stats --json` counts words exactly as check_schema.py does.

The quality bar is judged by the C++ numbers, the writers track the Python ones; if the two ever
drift, one of the counters is missing a field.
"""
import json
import pathlib
import subprocess
import sys

import check_schema


def main(argv):
    cli = argv[1]
    root = pathlib.Path(__file__).resolve().parents[2]
    stats = json.loads(subprocess.run([cli, "--content-dir", str(root / "content"), "content", "stats", "--json"],
                                      check=True, capture_output=True, text=True).stdout)
    cpp = {m["id"]: m["words"] for m in stats["perModule"]}
    python = {}
    for path in sorted((root / "content/curriculum/en").glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        python[doc["id"]] = check_schema.words(doc)
    if not cpp or not python:
        print(f"nothing to compare: {len(cpp)} modules from the CLI, {len(python)} from the curriculum folder")
        return 1
    failures = 0
    for module in sorted(set(cpp) | set(python)):
        if cpp.get(module) != python.get(module):
            print(f"{module}: C++ counts {cpp.get(module)}, check_schema.py counts {python.get(module)}")
            failures += 1
    print(f"{len(python)} modules compared, {failures} differ; total C++ {stats['words']}, "
          f"Python {sum(python.values())}")
    return 1 if failures or stats["words"] != sum(python.values()) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

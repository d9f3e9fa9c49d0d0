#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Trustwork developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validates curriculum files against the published schema with python3-jsonschema.

This is deliberately independent of the C++ validator: if the two ever disagree about the
shipped curriculum, one of them is wrong. Each file is checked against the schema of its own
formatVersion (curriculum.schema.json for the current version 2, curriculum-v1.schema.json for
version 1), as Trustwork does. Prints a word count so writers can track the total.
"""
import json
import pathlib
import re
import sys

import jsonschema

NON_TEXT_KEYS = {"id", "kind", "mode", "section", "type", "$schema", "resources", "see", "roles", "concernGroup"}
CURRENT_VERSION = 2


def words(node, key=None):
    if isinstance(node, str):
        return 0 if key in NON_TEXT_KEYS else len(re.findall(r"[\w'’-]+", node))
    if isinstance(node, list):
        return sum(words(v, key) for v in node)
    if isinstance(node, dict):
        return sum(words(v, k) for k, v in node.items())
    return 0


def main(argv):
    root = pathlib.Path(__file__).resolve().parents[2]
    schemas = root / "content/schema"
    validators = {
        CURRENT_VERSION: jsonschema.Draft7Validator(json.loads((schemas / "curriculum.schema.json").read_text())),
        1: jsonschema.Draft7Validator(json.loads((schemas / "curriculum-v1.schema.json").read_text())),
    }
    # A folder stands for its modules (a pack's pack.json is its manifest, not a module).
    paths = [p for a in argv[1:] for p in (sorted(pathlib.Path(a).glob("*.json")) if pathlib.Path(a).is_dir()
                                          else [pathlib.Path(a)]) if p.name != "pack.json"]
    if not argv[1:]:
        paths = sorted((root / "content/curriculum/en").glob("*.json"))
    if not paths:
        print("no curriculum files found: nothing was checked")
        return 1
    failures = 0
    total = 0
    for path in paths:
        doc = json.loads(path.read_text(encoding="utf-8"))
        version = doc.get("formatVersion") if isinstance(doc, dict) else None
        validator = validators.get(version, validators[CURRENT_VERSION])
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
        for error in errors:
            pointer = "/" + "/".join(str(p) for p in error.absolute_path)
            print(f"{path}: {pointer}: {error.message[:200]}")
        failures += len(errors)
        count = words(doc)
        total += count
        print(f"{path.name}: {len(doc.get('exercises', []))} exercises, {count} words")
    print(f"total words: {total}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Trustwork developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a translatable string of src/app has no finished translation in a committed .ts file.

lupdate extracts the sources afresh into a temporary .ts, so a new tr() string that nobody has
translated yet, or a .ts that was never refreshed, fails here; so does an entry still marked
unfinished, vanished or obsolete, an empty translation, or a translation that lost a %1 placeholder
or an & shortcut. Refresh with `cmake --build <build dir> --target update_translations`, then translate
every entry of type="unfinished".
"""
import argparse
import pathlib
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:L?\d+|n)")


def messages(ts_path):
    """(context, source, comment) -> <message> element."""
    result = {}
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = (name, message.findtext("source"), message.findtext("comment") or "")
            result[key] = message
    return result


def translations_of(message):
    element = message.find("translation")
    forms = element.findall("numerusform")
    return element, [f.text or "" for f in forms] if forms else [element.text or ""]


def mnemonics(text):
    # "&&" is a literal ampersand, "&x" marks a shortcut.
    return len(re.findall(r"&(?!&)\S", text.replace("&&", "")))


def check(lupdate, ts_path, sources):
    problems = []
    files = sorted(str(p) for p in pathlib.Path(sources).rglob("*") if p.suffix in (".cpp", ".h"))
    with tempfile.TemporaryDirectory() as tmp:
        fresh_path = pathlib.Path(tmp) / ts_path.name
        subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "none", *files, "-ts", str(fresh_path)],
                       check=True, stdout=subprocess.DEVNULL)
        fresh = messages(fresh_path)
    committed = messages(ts_path)
    for key, message in fresh.items():
        where = f"{key[0]}: {key[1]!r}"
        if key not in committed:
            problems.append(f"{where} is not in {ts_path.name}; run the update_translations target and translate it")
            continue
        element, texts = translations_of(committed[key])
        kind = element.get("type")
        if kind in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where} is marked {kind}")
        if any(not t.strip() for t in texts):
            problems.append(f"{where} has an empty translation")
            continue
        wanted = set(PLACEHOLDER.findall(key[1]))
        for text in texts:
            if set(PLACEHOLDER.findall(text)) != wanted:
                problems.append(f"{where}: translation {text!r} has placeholders "
                                f"{sorted(set(PLACEHOLDER.findall(text)))}, the source {sorted(wanted)}")
            if mnemonics(text) != mnemonics(key[1]):
                problems.append(f"{where}: translation {text!r} does not keep the source's & shortcut")
    for key, message in committed.items():
        element, _ = translations_of(message)
        if key not in fresh and element.get("type") not in ("vanished", "obsolete"):
            problems.append(f"{key[0]}: {key[1]!r} is no longer in the sources; run the update_translations target")
    return len(fresh), problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--sources", required=True, help="folder scanned recursively for .cpp and .h files")
    parser.add_argument("ts", nargs="+", type=pathlib.Path)
    args = parser.parse_args()
    failed = False
    for ts_path in args.ts:
        count, problems = check(args.lupdate, ts_path, args.sources)
        for problem in problems:
            print(f"{ts_path}: {problem}")
        print(f"{ts_path.name}: {count} strings, {len(problems)} problems")
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Trustwork developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when curriculum text borrows wording from the reference texts in tests/content/originality.

Two rules, on the words only (case, punctuation and curly apostrophes are ignored):
- no sequence of 8 words may appear both in a curriculum text and in a reference line;
- no reference line of 3 to 7 words may appear whole in a curriculum text, since a short published
  phrase can never share 8 words with anything.

Usage: check_originality.py [FILE_OR_FOLDER ...]
Without arguments it checks every module file of the shipped curriculum (all languages) and the
example pack. Prints each overlap with its file and JSON pointer; exit status 1 when there is any.
"""
import json
import pathlib
import re
import sys

NGRAM = 8
SHORT_MIN = 3
NON_TEXT_KEYS = {"id", "kind", "mode", "section", "type", "$schema", "resources", "see", "roles", "concernGroup"}
ROOT = pathlib.Path(__file__).resolve().parents[2]
REFERENCES = ROOT / "tests/content/originality"


def tokens(text):
    return re.findall(r"[a-z0-9]+(?:'[a-z0-9]+)*", text.lower().replace("\u2019", "'"))


def references():
    """(8-grams -> source line, short lines as token tuples -> source line)"""
    grams, short = {}, {}
    for path in sorted(REFERENCES.glob("*.txt")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            words = tokens(line)
            where = f"{path.name}:{number}"
            if SHORT_MIN <= len(words) < NGRAM:
                short[tuple(words)] = where
            for i in range(len(words) - NGRAM + 1):
                grams.setdefault(tuple(words[i:i + NGRAM]), where)
    return grams, short


def texts(node, pointer="", key=None):
    """Every human-readable string of a module document with its JSON pointer."""
    if isinstance(node, str):
        if key not in NON_TEXT_KEYS:
            yield pointer, node
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from texts(value, f"{pointer}/{i}", key)
    elif isinstance(node, dict):
        for k, value in node.items():
            yield from texts(value, f"{pointer}/{k.replace('~', '~0').replace('/', '~1')}", k)


def contains(haystack, needle):
    n = len(needle)
    return any(tuple(haystack[i:i + n]) == needle for i in range(len(haystack) - n + 1))


def check_file(path, grams, short):
    found = []
    doc = json.loads(path.read_text(encoding="utf-8"))
    for pointer, text in texts(doc):
        words = tokens(text)
        hits = [i for i in range(len(words) - NGRAM + 1) if tuple(words[i:i + NGRAM]) in grams]
        # Overlapping windows of one copied passage are reported once, as the whole shared run.
        runs = []
        for i in hits:
            if runs and i <= runs[-1][1]:
                runs[-1][1] = i + NGRAM
            else:
                runs.append([i, i + NGRAM])
        for start, end in runs:
            source = grams[tuple(words[start:start + NGRAM])]
            found.append(f"{path}: {pointer}: shares '{' '.join(words[start:end])}' with {source}")
        for phrase, where in short.items():
            if contains(words, phrase):
                found.append(f"{path}: {pointer}: contains '{' '.join(phrase)}' from {where}")
    return found


def default_files():
    files = sorted((ROOT / "content/curriculum").glob("*/*.json"))
    files += sorted((ROOT / "content/packs").glob("*/*.json"))
    return files


def main(argv):
    grams, short = references()
    if not grams and not short:
        print(f"no reference texts found in {REFERENCES}")
        return 2
    paths = []
    for arg in argv[1:]:
        p = pathlib.Path(arg)
        paths += sorted(p.glob("*.json")) if p.is_dir() else [p]
    paths = paths or default_files()
    found = []
    for path in paths:
        found += check_file(path, grams, short)
    for line in found:
        print(line)
    print(f"{len(paths)} files checked against {len(grams)} eight-word sequences and {len(short)} short "
          f"phrases; {len(found)} overlaps")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

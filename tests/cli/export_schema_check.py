#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Trustwork developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs the real trustwork-cli to build a couple workbook and export it as JSON, then checks the
export against docs/export.schema.json (python3-jsonschema) and that it holds nothing the exporting
partner may not read. Run by ctest; exits non-zero on any failure."""

import argparse
import copy
import json
import os
import subprocess
import sys
import tempfile

import jsonschema

failures = []


def check(condition, message):
    print(("ok    " if condition else "FAIL  ") + message)
    if not condition:
        failures.append(message)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--schema", required=True)
    parser.add_argument("--content-dir", required=True)
    args = parser.parse_args()

    env = dict(os.environ, TRUSTWORK_INSECURE_FAST_KDF="1")
    with tempfile.TemporaryDirectory(prefix="tw-export-schema-") as tmp:
        data = os.path.join(tmp, "workbook")

        def cli(who, words, stdin=""):
            base = [args.cli, "--data-dir", data, "--content-dir", args.content_dir]
            if who:
                base += ["--as", who, "--passphrase-stdin"]
                stdin = {"Alex": "alex pass\n", "Sam": "sam pass\n"}[who] + stdin
            run = subprocess.run(base + words, input=stdin.encode(), capture_output=True, env=env, timeout=120)
            if run.returncode != 0:
                print(run.stderr.decode(), file=sys.stderr)
            check(run.returncode == 0, "trustwork-cli " + " ".join(words[:2]) + (" as " + who if who else ""))
            return run.stdout.decode()

        cli(None, ["create", "--partner", "Alex:hurt", "--partner", "Sam:involved", "--passphrase-stdin"],
            "alex pass\nsam pass\n")
        cli("Alex", ["entry", "add", "--exercise", "step1.impact-letter", "--private", "--text-file", "-"],
            "Alex private words")
        cli("Alex", ["entry", "add", "--exercise", "step1.impact-letter", "--shared", "--text-file", "-"],
            '{"letter": "a shared letter in JSON"}')
        cli("Alex", ["entry", "add", "--exercise", "retired.exercise", "--private", "--text-file", "-"], "old")
        cli("Alex", ["checkin", "add", "--trust", "7", "--connected", "5", "--note-file", "-"], "a calm week")
        cli("Sam", ["entry", "add", "--exercise", "step1.impact-letter", "--private", "--text-file", "-"],
            "CANARY-sam-private")
        cli("Sam", ["checkin", "add", "--trust", "3", "--shared"])
        cli("Sam", ["checkin", "add", "--trust", "9", "--note-file", "-"], "CANARY-sam-checkin")
        out = os.path.join(tmp, "alex.json")
        cli("Alex", ["export", "--format", "json", "--output", out])

        with open(out, encoding="utf-8") as f:
            raw = f.read()
        doc = json.loads(raw)
        with open(args.schema, encoding="utf-8") as f:
            schema = json.load(f)
        validator_class = jsonschema.validators.validator_for(schema)
        validator_class.check_schema(schema)
        validator = validator_class(schema)
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
        for e in errors:
            print("      at /%s: %s" % ("/".join(str(p) for p in e.path), e.message))
        check(not errors, "the export validates against " + os.path.basename(args.schema))
        check("CANARY-sam-private" not in raw, "Sam's private entry is not in Alex's export")
        check("CANARY-sam-checkin" not in raw, "Sam's private check-in is not in Alex's export")
        check("Alex private words" in raw, "Alex's own private entry is in Alex's export")
        kinds = [(e["author"], e["kind"], e["bodyFormat"]) for e in doc["entries"]]
        check(("Alex", "checkin", "json") in kinds and ("Sam", "checkin", "json") in kinds,
              "both visible check-ins are entries")
        check(doc["checkinTrend"]["partner"]["weeks"][0]["trust"] == 3, "Sam's shared check-in is Sam's trend")
        check(list(doc)[:2] == ["format", "version"], "format and version come first")

        # The schema must be strict enough to notice a changed export.
        for label, mutate in [
            ("an unknown top-level field", lambda d: d.update(extra=1)),
            ("an unknown entry field", lambda d: d["entries"][0].update(secret="x")),
            ("another version", lambda d: d.update(version=1)),
            ("a JSON body marked as text",
             lambda d: next(e for e in d["entries"] if e["bodyFormat"] == "json").update(bodyFormat="text")),
            ("a local time without Z", lambda d: d.update(exportedAt=d["exportedAt"].rstrip("Z"))),
            ("a trust mean above 10", lambda d: d["checkinTrend"]["mine"]["weeks"][0].update(trust=11)),
        ]:
            changed = copy.deepcopy(doc)
            mutate(changed)
            check(not validator.is_valid(changed), "the schema rejects " + label)

    passed_total = "%d failed" % len(failures)
    print(("export schema check: " + passed_total) if failures else "export schema check: all passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

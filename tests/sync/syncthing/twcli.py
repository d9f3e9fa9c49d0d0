# SPDX-FileCopyrightText: 2026 Trustwork developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""trustwork-cli-for-tests as the scenario's devices use it: one data directory per device, the
passphrase on standard input, fast key derivation (TRUSTWORK_INSECURE_FAST_KDF=1)."""

import hashlib
import json
import os
import subprocess
import time

import stcluster

# src/cli/ExitCodes.h
EXIT_OK = 0
EXIT_USAGE = 2
EXIT_WRONG_SECRET = 3
EXIT_DAMAGED = 4
EXIT_INVALID_INPUT = 7


class Cli:
    def __init__(self, path, home):
        self.path = path
        self.env = stcluster.child_env(home)
        self.env["TRUSTWORK_INSECURE_FAST_KDF"] = "1"
        self.calls = 0
        self.seconds = 0.0
        self.alarms = []  # "changed outside Trustwork" notices: device, command, first line

    def run(self, data_dir, args, stdin="", as_partner=None, timeout=180):
        argv = [self.path, "--data-dir", data_dir]
        if as_partner:
            argv += ["--as", as_partner]
        argv += ["--passphrase-stdin"] + list(args)
        start = time.monotonic()
        result = subprocess.run(argv, input=stdin.encode(), capture_output=True, env=self.env, timeout=timeout)
        self.calls += 1
        self.seconds += time.monotonic() - start
        err = result.stderr.decode("utf-8", "replace")
        for line in err.splitlines():
            if "outside Trustwork" in line and "[warning]" not in line:
                self.alarms.append(f"{os.path.basename(data_dir)} {' '.join(args[:2])}: {line.strip()[:160]}")
        return Result(argv, result.returncode, result.stdout.decode("utf-8", "replace"), err)

    def help(self, *words):
        result = subprocess.run([self.path] + list(words) + ["--help"], capture_output=True, env=self.env, timeout=60)
        return (result.stdout + result.stderr).decode("utf-8", "replace")


class Result:
    def __init__(self, argv, code, out, err):
        self.argv = argv
        self.code = code
        self.out = out
        self.err = err

    def describe(self):
        # The command without the program's path; the passphrase is never in argv.
        return f"`{' '.join(self.argv[1:])}` exited {self.code}: {self.err.strip()[:400]}"


class Device:
    """One computer's Trustwork data directory, used by one partner, synced through the folder of
    the Syncthing instance it runs next to."""

    def __init__(self, name, partner, data_dir, host):
        self.name = name
        self.partner = partner
        self.data_dir = data_dir
        self.host = host
        self.known = {}  # partner -> the passphrase this device's copy of the slots takes

    @property
    def folder(self):
        return self.host.folder


def parse_json(text):
    try:
        return json.loads(text)
    except ValueError:
        return None


def canonical_entries(entries):
    """Entries in a form that compares across devices: sorted by id, keys sorted."""
    rows = sorted(entries, key=lambda e: str(e.get("id")))
    return json.dumps(rows, sort_keys=True, ensure_ascii=False)


def entries_hash(entries):
    return hashlib.sha256(canonical_entries(entries).encode()).hexdigest()[:16]


_ID_KEYS = ("id", "deviceId", "device_id", "device")
_SELF_KEYS = ("self", "thisDevice", "this", "current", "isThisDevice", "isSelf", "local")


def device_rows(listing):
    if isinstance(listing, dict):
        listing = listing.get("devices", [])
    return [row for row in listing or [] if isinstance(row, dict)]


def device_id(row):
    for key in _ID_KEYS:
        if isinstance(row.get(key), str):
            return row[key]
    return None


def own_device_id(listing):
    """The listing's own device, when the listing marks it."""
    if isinstance(listing, dict):
        for key in ("self", "thisDevice", "deviceId", "this"):
            if isinstance(listing.get(key), str):
                return listing[key]
    for row in device_rows(listing):
        if any(row.get(key) is True for key in _SELF_KEYS):
            return device_id(row)
    return None


def change_file_header(data):
    """(plain header, length of the key-slot section) of a change file, or None for anything else.
    Layout (src/workbook/sync/ChangeFile.h): "TWCHANGE", then length-prefixed (u32 little-endian)
    sections: header JSON, the author's key slots, shared part, private part; then a signature."""
    magic = b"TWCHANGE"
    if not data.startswith(magic) or len(data) < len(magic) + 8:
        return None
    at = len(magic)
    length = int.from_bytes(data[at:at + 4], "little")
    at += 4
    header = parse_json(data[at:at + length].decode("utf-8", "replace"))
    at += length
    if not isinstance(header, dict) or len(data) < at + 4:
        return None
    return header, int.from_bytes(data[at:at + 4], "little")

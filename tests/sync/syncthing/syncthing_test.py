#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Trustwork developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Real Syncthing carries Trustwork's sync folder between three devices (issue 20).

  syncthing_test.py --self-test                 Syncthing alone: plain files carried, offline periods,
                                                deletions, and a deliberate conflict kept as a copy
  syncthing_test.py CLI                         the full scenario with trustwork-cli-for-tests at CLI:
                                                Alex on two computers, Sam on one, random work with
                                                offline periods, a passphrase change, a cloned home

Options: --syncthing PATH (default: syncthing on PATH), --seed N, --rounds N, --keep (keep the temp
folder even on success), --skip passwd,clone,pause,eager (leave parts of the story out, to narrow a
failure down). Everything runs under one temporary folder; all Syncthing instances listen
and talk on 127.0.0.1 only and are stopped on every exit path. Exits 0 when every check passed."""

import argparse
import os
import random
import shutil
import signal
import sys
import tempfile
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import stcluster  # noqa: E402
from checks import Checks, check_stopped  # noqa: E402
from stcluster import Cluster, HarnessError  # noqa: E402


def _raise_on_signal(signum, _frame):
    # ctest and Ctrl-C stop the run through the ordinary exit path, so every instance is stopped.
    raise SystemExit(f"stopped by signal {signum}")


def write_file(instance, relpath, data, mtime=None):
    path = os.path.join(instance.folder, relpath)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as fh:
        fh.write(data)
    if mtime is not None:
        os.utime(path, (mtime, mtime))


def read_file(instance, relpath):
    try:
        with open(os.path.join(instance.folder, relpath), "rb") as fh:
            return fh.read()
    except FileNotFoundError:
        return None


def self_test(root, syncthing, seed, checks):
    """Syncthing alone, with files laid out as Trustwork lays out its folder (one writer each)."""
    rng = random.Random(seed)
    names = ["A1", "A2", "S"]
    with Cluster(root, names, syncthing, log=checks.log) as cluster:
        cluster.start()
        cluster.wait_connected()
        checks.log("three instances connected")
        checks.check(cluster.audit_sockets() > 0, "every socket of every instance is on 127.0.0.1")
        a1, a2, s = cluster["A1"], cluster["A2"], cluster["S"]

        def blob(label):
            return f"{label}\n".encode() + rng.randbytes(rng.randint(200, 5000))

        files = {"FORMAT": b"trustwork-sync-folder 1\n"}
        files.update({f"devices/dev-A1/{n:06d}.twc": blob(f"A1 {n}") for n in range(1, 4)})
        for relpath, data in files.items():
            write_file(a1, relpath, data)
        took = cluster.wait_converged()
        checks.check(all(read_file(i, p) == d for i in (a2, s) for p, d in files.items()),
                     f"files written on A1 reach A2 and S ({took:.1f}s)")

        mine = {a2: {"devices/dev-A2/000001.twc": blob("A2 1")}, s: {"devices/dev-S/000001.twc": blob("S 1")}}
        for inst, written in mine.items():
            for relpath, data in written.items():
                write_file(inst, relpath, data)
        took = cluster.wait_converged()
        checks.check(all(read_file(i, p) == d for i in (a1, a2, s) for w in mine.values() for p, d in w.items()),
                     f"files written at once on A2 and S reach every device ({took:.1f}s)")

        cluster.pause("S")
        offline = {a1: ("devices/dev-A1/000004.twc", blob("A1 4")), s: ("devices/dev-S/000002.twc", blob("S 2"))}
        for inst, (relpath, data) in offline.items():
            write_file(inst, relpath, data)
        cluster.scan(["S"])
        took = cluster.wait_converged(["A1", "A2"])
        checks.check(read_file(a2, offline[a1][0]) == offline[a1][1] and read_file(s, offline[a1][0]) is None
                     and read_file(a1, offline[s][0]) is None,
                     f"while S is paused, A1's new file reaches A2 only and S's stays on S ({took:.1f}s)")
        cluster.resume("S")
        took = cluster.wait_converged()
        checks.check(all(read_file(i, p) == d for i in (a1, a2, s) for p, d in offline.values()),
                     f"after resuming S, the files of the offline period reach every device ({took:.1f}s)")

        grown = mine[a2]["devices/dev-A2/000001.twc"] + b"appended"
        write_file(a2, "devices/dev-A2/000001.twc", grown)
        os.remove(os.path.join(a1.folder, "devices/dev-A1/000001.twc"))
        took = cluster.wait_converged()
        checks.check(all(read_file(i, "devices/dev-A2/000001.twc") == grown
                         and read_file(i, "devices/dev-A1/000001.twc") is None for i in (a1, a2, s)),
                     f"a change by the file's only writer and a deletion reach every device ({took:.1f}s)")
        checks.check(not cluster.conflict_files(), "no conflict copies while every file has one writer")

        # The harness must be able to see a conflict copy, and maxConflicts must keep the losing edit:
        # two writers change one file while S is offline.
        cluster.pause("S")
        now = time.time()
        ours, theirs = b"edited on A1\n", b"edited on S while offline\n"
        write_file(a1, "FORMAT", ours, mtime=now - 60)
        write_file(s, "FORMAT", theirs, mtime=now)
        cluster.scan(["S"])
        cluster.wait_converged(["A1", "A2"])
        cluster.resume("S")
        took = cluster.wait_converged()
        conflicts = cluster.conflict_files()
        # Syncthing names a conflict copy by the clock of the device that makes it, and A1 and A2 each
        # make one of the losing edit: one name when both did so within the same second, two names
        # otherwise (seen on a loaded machine). Either way every device ends with the same names,
        # every copy holds the losing edit, and every device keeps the newer edit under its own name.
        names = {i.name: sorted(os.path.basename(p) for p in conflicts if p.startswith(i.folder + os.sep))
                 for i in (a1, a2, s)}
        copies = {open(p, "rb").read() for p in conflicts}
        checks.check(len(names["A1"]) in (1, 2) and names["A1"] == names["A2"] == names["S"]
                     and copies == {ours} and all(read_file(i, "FORMAT") == theirs for i in (a1, a2, s)),
                     f"two writers of one file: the newer edit wins and the other is kept as a conflict copy on "
                     f"every device ({len(names['A1'])} name(s), {len(conflicts)} copies, {took:.1f}s)")
        for path in conflicts:
            if path.startswith(a1.folder):
                os.remove(path)
        cluster.wait_converged()
        checks.check(not cluster.conflict_files(), "a conflict copy removed on one device is removed everywhere")
        checks.check(not cluster.temp_files(), "no Syncthing temporary files are left in any folder")
        checks.check(cluster.audit_sockets() > 0, "still only 127.0.0.1 sockets after pauses and resumes")
    check_stopped(cluster, checks)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cli", nargs="?", help="trustwork-cli-for-tests (omit with --self-test)")
    parser.add_argument("--self-test", action="store_true", help="Syncthing alone, no Trustwork CLI")
    parser.add_argument("--syncthing", default=shutil.which("syncthing") or "/usr/bin/syncthing")
    parser.add_argument("--seed", type=int, default=int(os.environ.get("TW_SYNC_SEED", "20")))
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder even on success")
    parser.add_argument("--skip", default="", help="narrow a failure down: any of passwd,clone,pause,eager")
    args = parser.parse_args()
    if not args.self_test and not args.cli:
        parser.error("give the path of trustwork-cli-for-tests, or --self-test")
    if args.cli and not args.self_test and not os.access(args.cli, os.X_OK):
        print(f"FAIL  no trustwork-cli-for-tests at {args.cli}: build it first")
        return 1
    if not os.access(args.syncthing, os.X_OK):
        print(f"FAIL  syncthing not found at {args.syncthing}: install Debian's syncthing package "
              "(or exclude these tests with ctest -LE syncthing)")
        return 1

    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(signum, _raise_on_signal)
    checks = Checks()
    root = tempfile.mkdtemp(prefix="tw-syncthing-")
    os.makedirs(os.path.join(root, "home"))
    checks.log(f"seed {args.seed}, folder {root}, {stcluster.syncthing_version(args.syncthing, root)}")
    finished = False
    try:
        if args.self_test:
            self_test(root, args.syncthing, args.seed, checks)
        else:
            import scenario  # noqa: E402 - only the full run needs the CLI side
            scenario.run(root, args.syncthing, args.cli, args.seed, args.rounds, checks,
                         [s for s in args.skip.split(",") if s])
        finished = True
    except HarnessError as error:
        checks.check(False, f"harness: {error}")
    except Exception:  # noqa: BLE001 - any failure is reported, after every instance was stopped
        traceback.print_exc()
        checks.check(False, "the run stopped on an unexpected error (traceback above)")
    finally:
        elapsed = time.monotonic() - checks.started
        if checks.failures or args.keep or not finished:
            print(f"kept {root} for inspection")
        else:
            shutil.rmtree(root, ignore_errors=True)
    print(f"{len(checks.failures)} failure(s) in {elapsed:.1f}s (seed {args.seed})")
    return 1 if checks.failures else 0


if __name__ == "__main__":
    sys.exit(main())

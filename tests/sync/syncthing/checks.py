# SPDX-FileCopyrightText: 2026 Trustwork developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Results of one run, and the checks every run ends with once its Syncthing instances are stopped."""

import time


class Checks:
    """Collects results so one run reports every failed promise, not just the first."""

    def __init__(self):
        self.failures = []
        self.started = time.monotonic()

    def log(self, message):
        print(f"[{time.monotonic() - self.started:7.1f}s] {message}", flush=True)

    def check(self, condition, message):
        print(("ok    " if condition else "FAIL  ") + message, flush=True)
        if not condition:
            self.failures.append(message)
        return condition


def check_stopped(cluster, checks):
    """After Cluster.stop(): clean exits, nothing left running, and (under strace) no address
    other than 127.0.0.1 touched at any moment of the run."""
    checks.check(all(i.exit_code == 0 for i in cluster.instances.values()),
                 "every Syncthing instance exits 0 on the REST shutdown: "
                 + ", ".join(f"{i.name} {i.exit_code}" for i in cluster.instances.values()))
    left = cluster.leftover_processes()
    checks.check(not left, "no Syncthing process is left running" + (f": {left}" if left else ""))
    seen, bad = cluster.traced_addresses()
    if seen is None:
        checks.log("not traced (no usable strace): only the socket snapshots checked 127.0.0.1")
        return
    checks.check(seen > 0 and not bad, f"strace: every address Syncthing bound, dialled or sent to in the whole run "
                 f"is 127.0.0.1 ({seen} seen)" + (": " + "; ".join(bad[:5]) if bad else ""))

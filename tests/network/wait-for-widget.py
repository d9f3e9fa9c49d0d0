#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Trustwork developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Usage: wait-for-widget.py NAME [SECONDS]

Waits until the running trustwork shows a widget whose accessible name is NAME (through AT-SPI, as
a screen reader sees it), so a scripted session knows which screen it is on instead of sleeping and
hoping. Exits 0 when it shows, 1 (printing the names it did see) when it has not after SECONDS
(default 60). Needs a session bus with the AT-SPI bus launched, and the app started with
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1.
"""
import sys
import time

import pyatspi


def names(node, found, budget, nodes=None):
    if node is None or budget[0] <= 0:
        return
    budget[0] -= 1
    try:
        state = node.getState()
        if not (state.contains(pyatspi.STATE_SHOWING) and state.contains(pyatspi.STATE_VISIBLE)):
            return
        if node.name:
            found.add(node.name)
            if nodes is not None:
                nodes.setdefault(node.name, node)
        for i in range(min(node.childCount, 500)):
            names(node.getChildAtIndex(i), found, budget, nodes)
    except Exception:  # a widget that went away while we looked
        return


def main(argv):
    wanted = argv[1]
    deadline = time.time() + (float(argv[2]) if len(argv) > 2 else 60.0)
    # "press": once it shows, do its first action (click a button, toggle a check box) through
    # AT-SPI, as a screen reader user would.
    press = len(argv) > 3 and argv[3] == "press"
    seen = set()
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == "trustwork":
                seen = set()
                nodes = {}
                names(app, seen, [20000], nodes)
                if wanted in seen:
                    print(f"showing: {wanted}")
                    if press:
                        nodes[wanted].queryAction().doAction(0)
                    return 0
        time.sleep(0.5)
    print(f"'{wanted}' did not show; showing: {', '.join(sorted(seen)[:40]) or 'nothing'}")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))

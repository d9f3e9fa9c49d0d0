#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Trustwork developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Starts Trustwork's demo workbook under Xvfb with AT-SPI on, walks the accessibility tree as a
screen reader would, and fails if any visible interactive widget has no accessible name.

It checks the unlock screen, then unlocks as the demo's first partner and checks Home, one
exercise of each kind that the path shows, every tab of the progress view and the search page.
Then it locks, unlocks as the second partner and opens what the first partner shared from Home:
the shared words must be in the exercise's accessible tree. On every screen, no visible text may
be an all-numeric date (12/9/26 reads as two different days in Britain and America).
Run under dbus-run-session (see run_atspi_check.sh).
"""
import os
import re
import subprocess
import sys
import time

import pyatspi

INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_TEXT,
    pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_SLIDER, pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_ENTRY, pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE,
    pyatspi.ROLE_LIST, pyatspi.ROLE_TABLE, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_DATE_EDITOR,
}


# 12/9/26, 2026-12-09, 09.12.2026: any date written only in numbers.
NUMERIC_DATE = re.compile(r"\b(\d{1,4}[./-]\d{1,2}[./-]\d{2,4})\b")
TEXT_ROLES = {pyatspi.ROLE_LABEL, pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_STATIC, pyatspi.ROLE_TABLE_CELL,
              pyatspi.ROLE_TREE_ITEM, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_PAGE_TAB}
# The first partner's shared impact letter in the demo workbook (src/app/DemoWorkbook.cpp).
SHARED_WORDS = "My hands went cold"


def find_app(name, timeout=30):
    deadline = time.time() + timeout
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == name:
                return app
        time.sleep(0.5)
    return None


def walk(node, problems, path, seen, named=None, texts=None):
    if node is None or seen[0] > 20000:
        return
    try:
        state = node.getState()
        role = node.getRole()
        name = node.name or ""
    except Exception:
        return
    seen[0] += 1
    showing = state.contains(pyatspi.STATE_SHOWING) and state.contains(pyatspi.STATE_VISIBLE)
    if not showing:
        return
    here = path + [f"{node.getRoleName()}:{name[:30]}"]
    if texts is not None and role in TEXT_ROLES:
        texts.append(name)
        try:
            description = node.description or ""
        except Exception:
            description = ""
        if description:
            texts.append(description)
    if role in INTERACTIVE:
        if not name.strip():
            problems.append(" > ".join(here[-4:]))
        elif named is not None:
            named.append(name)
    # Rows of a tree or list are named by their text; their children are not widgets.
    if role in (pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_LIST, pyatspi.ROLE_TABLE):
        return
    for i in range(min(node.childCount, 500)):
        walk(node.getChildAtIndex(i), problems, here, seen, named, texts)


def check(app, label, failures, must_show=(), timeout=10.0, must_read=()):
    # A busy machine can take a few seconds to show a screen: wait for the names it must show
    # (up to the timeout) before judging it, so a slow start is not reported as a missing widget.
    deadline = time.time() + timeout
    while True:
        problems = []
        named = []
        texts = []
        walk(app, problems, [], [0], named, texts)
        shown = "\n".join(texts)
        if (all(expected in named for expected in must_show) and all(words in shown for words in must_read)) \
                or time.time() > deadline:
            break
        time.sleep(0.5)
    for words in must_read:
        if words not in shown:
            failures.append(f"{label}: the words '{words}' are not in the accessible tree")
            print(f"    missing text '{words}'")
    for text in texts:
        match = NUMERIC_DATE.search(text)
        if match:
            failures.append(f"{label}: an all-numeric date '{match.group(1)}' in '{text[:60]}'")
            print(f"    numeric date '{match.group(1)}' in '{text[:60]}'")
    print(f"[{label}] {len(named)} named and {len(problems)} unnamed interactive widget(s)")
    if os.environ.get("TW_A11Y_VERBOSE"):
        print("    named: " + ", ".join(named))
    # Guards against a vacuous pass: the screen we think we are on must really be showing.
    for expected in must_show:
        if expected not in named:
            failures.append(f"{label}: expected a widget named '{expected}' on this screen")
            print(f"    missing expected widget '{expected}'")
    for p in problems:
        print(f"    {p}")
    failures.extend(f"{label}: {p}" for p in problems)


PATH_NAME = "The path: modules and exercises"


def find_named(node, name, budget):
    """The first showing node called @p name below @p node, or None."""
    if node is None or budget[0] <= 0:
        return None
    budget[0] -= 1
    try:
        if node.name == name:
            return node
        for i in range(min(node.childCount, 500)):
            found = find_named(node.getChildAtIndex(i), name, budget)
            if found is not None:
                return found
    except Exception:
        return None
    return None


def texts_outside_path(node, found, budget):
    """Every showing name (labels and headings too) except the path's own rows."""
    if node is None or budget[0] <= 0:
        return
    budget[0] -= 1
    try:
        state = node.getState()
        if not (state.contains(pyatspi.STATE_SHOWING) and state.contains(pyatspi.STATE_VISIBLE)):
            return
        if node.name == PATH_NAME:
            return
        if node.name:
            found.add(node.name.strip())
        for i in range(min(node.childCount, 500)):
            texts_outside_path(node.getChildAtIndex(i), found, budget)
    except Exception:
        return


def selected_in_path(app):
    """The text of the path's selected row, or None."""
    path = find_named(app, PATH_NAME, [20000])
    if path is None:
        return None
    try:
        for i in range(min(path.childCount, 2000)):
            child = path.getChildAtIndex(i)
            if child is not None and child.getState().contains(pyatspi.STATE_SELECTED) and child.name:
                return child.name.strip()
        # A module row that only got the keyboard focus is current without being selected.
        for i in range(min(path.childCount, 2000)):
            child = path.getChildAtIndex(i)
            if child is not None and child.getState().contains(pyatspi.STATE_FOCUSED) and child.name:
                return child.name.strip()
    except Exception:
        return None
    return None


# A row reads "Title, done", "Title, 2 of 7 done" or "Title, not done yet"; the page shows the title.
# Module rows ("2 of 7 done") are headings in the path: Return opens or closes them, no page.
ROW_STATUS = re.compile(r", (done|not done yet|\d+ of \d+ done)$")
MODULE_ROW = re.compile(r", \d+ of \d+ done$")


def check_path_step(app, label, failures, previous, timeout=10.0):
    """A path step must select a new row and open it: its title shows on the page beside the path."""
    deadline = time.time() + timeout
    while True:
        title = selected_in_path(app)
        shown = set()
        texts_outside_path(app, shown, [20000])
        heading = ROW_STATUS.sub("", title) if title else None
        module = title is not None and MODULE_ROW.search(title) is not None
        # Home lists some exercises by name too, so an exercise counts as open only once Home's
        # greeting ("Hello, Alex") is gone.
        on_home = any(text.startswith("Hello, ") for text in shown)
        opened = title is not None and title != previous and (
            module or (not on_home and any(heading in text for text in shown)))
        if opened or time.time() > deadline:
            break
        time.sleep(0.5)
    what = "a module heading" if module else ("shown" if opened else "NOT shown") + " beside the path"
    print(f"[{label}] selected '{title}', {what}")
    if title is None:
        failures.append(f"{label}: no row of the path is selected")
    elif title == previous:
        failures.append(f"{label}: the path did not move on from '{title}'")
    elif not opened:
        failures.append(f"{label}: '{title}' is selected but the page does not show '{heading}'")
    if not opened or os.environ.get("TW_A11Y_VERBOSE"):
        print("    beside the path: " + " | ".join(sorted(shown)[:30]))
    return title


def press(node, name, seen=None):
    """Activates the showing button called @p name through AT-SPI, as a screen reader user would."""
    seen = seen if seen is not None else [0]
    if node is None or seen[0] > 20000:
        return False
    seen[0] += 1
    try:
        if node.name == name and node.getRole() == pyatspi.ROLE_PUSH_BUTTON:
            node.queryAction().doAction(0)
            return True
        return any(press(node.getChildAtIndex(i), name, seen) for i in range(node.childCount))
    except Exception:
        return False


def press_radio(node, name, seen=None):
    """Selects the showing radio button called @p name through AT-SPI."""
    seen = seen if seen is not None else [0]
    if node is None or seen[0] > 20000:
        return False
    seen[0] += 1
    try:
        if node.name == name and node.getRole() == pyatspi.ROLE_RADIO_BUTTON:
            node.queryAction().doAction(0)
            return True
        return any(press_radio(node.getChildAtIndex(i), name, seen) for i in range(node.childCount))
    except Exception:
        return False


def focus_role(node, role, seen=None):
    """Gives keyboard focus to the first showing widget of @p role (the passphrase field)."""
    seen = seen if seen is not None else [0]
    if node is None or seen[0] > 20000:
        return False
    seen[0] += 1
    try:
        if node.getRole() == role and node.getState().contains(pyatspi.STATE_SHOWING):
            return node.queryComponent().grabFocus()
        return any(focus_role(node.getChildAtIndex(i), role, seen) for i in range(node.childCount))
    except Exception:
        return False


def xdotool(*args):
    subprocess.run(["xdotool", *args], check=False)


def main():
    binary = sys.argv[1]
    # English, whatever the machine's language: the names this script expects are the English ones.
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1", LANG="C.UTF-8",
               LANGUAGE="en", LC_ALL="C.UTF-8")
    app_proc = subprocess.Popen([binary, "--demo"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    failures = []
    try:
        app = find_app("trustwork")
        if app is None:
            print("trustwork did not appear on the accessibility bus")
            return 1
        time.sleep(1.5)
        check(app, "unlock", failures, must_show=("Passphrase", "Unlock", "I am Alex"))
        xdotool("type", "--delay", "10", "alex-demo-passphrase")
        xdotool("key", "Return")
        time.sleep(2.5)
        check(app, "home", failures, must_show=("Home", "The path: modules and exercises"))
        # Open the first few exercises through the path with the keyboard, as a screen reader user would.
        # Each step must land somewhere new, named as the path names it, or a walk that never left
        # Home would pass.
        xdotool("key", "Tab")
        # The first Down may only give the path a current row; start from wherever that lands.
        xdotool("key", "Down")
        deadline = time.time() + 10
        while selected_in_path(app) is None and time.time() < deadline:
            time.sleep(0.5)
        previous = selected_in_path(app)
        if previous is None:
            # On a loaded machine the keys can arrive before the window has the keyboard focus:
            # give the path the focus the way a screen reader does, and press Down once more.
            path = find_named(app, PATH_NAME, [20000])
            try:
                path.queryComponent().grabFocus()
            except Exception:
                pass
            xdotool("key", "Down")
            deadline = time.time() + 10
            while selected_in_path(app) is None and time.time() < deadline:
                time.sleep(0.5)
            previous = selected_in_path(app)
        if previous is None:
            failures.append("path: no row is current after Tab and Down")
        exercises = 0
        for step in range(12):
            xdotool("key", "Down")
            xdotool("key", "Return")
            previous = check_path_step(app, f"path item {step + 1}", failures, previous)
            exercises += previous is not None and MODULE_ROW.search(previous) is None
            check(app, f"path item {step + 1}", failures)
        if exercises < 8:
            failures.append(f"path: only {exercises} of 12 steps opened an exercise")
        if not press(app, "Progress"):
            failures.append("progress: no button called 'Progress' to open it")
        time.sleep(2.0)
        check(app, "progress", failures, must_show=("Trust over weeks", "My trigger patterns"))
        # Each tab holds a chart and its table alternative; Ctrl+Tab moves through them.
        for tab in range(4):
            xdotool("key", "ctrl+Tab")
            time.sleep(0.8)
            check(app, f"progress tab {tab + 2}", failures, must_show=("Trust over weeks", "My trigger patterns"))
        xdotool("key", "ctrl+f")
        time.sleep(1.0)
        # On a loaded machine the key press can reach the window before it has taken focus back from
        # the AT-SPI action above; the toolbar button is the screen reader's way to the same page.
        first_try = []
        check(app, "search (Ctrl+F)", first_try, must_show=("Search your workbook",))
        if first_try and not press(app, "Search"):
            failures.append("search: no button called 'Search' to open it")
        time.sleep(1.0)
        xdotool("type", "--delay", "10", "the")
        time.sleep(1.5)
        check(app, "search", failures, must_show=("Search your workbook",))
        # The second partner reads what the first one shared, from Home, in the exercise itself.
        xdotool("key", "ctrl+l")
        time.sleep(2.0)
        # As for Ctrl+F above: a key lost to a focus change on a loaded machine is not a missing
        # name; the toolbar's Lock button is the screen reader's way to the same screen.
        first_try = []
        check(app, "lock (Ctrl+L)", first_try, must_show=("Passphrase", "I am Sam"))
        if first_try and not press(app, "Lock"):
            failures.append("lock: no button called 'Lock'")
        check(app, "unlock again", failures, must_show=("Passphrase", "I am Sam"))
        if not press_radio(app, "I am Sam"):
            failures.append("unlock: no radio button 'I am Sam'")
        focus_role(app, pyatspi.ROLE_PASSWORD_TEXT)
        xdotool("type", "--delay", "10", "sam-demo-passphrase")
        xdotool("key", "Return")
        time.sleep(2.5)
        check(app, "home as Sam", failures, must_show=("Home", "The impact letter"))
        if not press(app, "The impact letter"):
            failures.append("home as Sam: no button leads to the impact letter Alex shared")
        time.sleep(2.0)
        check(app, "Alex's shared letter", failures, must_read=(SHARED_WORDS,))
    finally:
        app_proc.terminate()
        try:
            app_proc.wait(10)
        except subprocess.TimeoutExpired:
            app_proc.kill()
    if failures:
        print(f"FAILED: {len(failures)} problem(s):")
        for failure in failures:
            print(f"    {failure}")
        return 1
    print("OK: every visible interactive widget has an accessible name, no date is all numbers, and the second "
          "partner reads what the first shared")
    return 0


if __name__ == "__main__":
    sys.exit(main())

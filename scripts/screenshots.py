#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Trustwork developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Takes the screenshots of docs/screenshots/ from the real app, the way a person would get there.

Run through scripts/screenshots (it starts Xvfb, openbox and an AT-SPI bus). For every look given
(language, theme, text size) it starts the demo workbook, unlocks as Alex, and captures Home, the
exercise Sam shared with Alex, and the share preview of Alex's own reflection; then it opens a
therapist's practice made with trustwork-cli-for-tests and captures the client view. Buttons are
pressed through AT-SPI by their accessible names, keys and text go through xdotool, and the screen
is grabbed with ImageMagick's `import -window root`.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import pyatspi

SHOTS = ("home", "shared-answer", "share-preview", "therapist-client")


def find_app(name, timeout=40):
    deadline = time.time() + timeout
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == name:
                return app
        time.sleep(0.5)
    return None


def nodes(node, seen=None):
    seen = seen if seen is not None else [0]
    if node is None or seen[0] > 30000:
        return
    seen[0] += 1
    yield node
    try:
        count = node.childCount
    except Exception:
        return
    for i in range(min(count, 800)):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        yield from nodes(child, seen)


def showing(node):
    try:
        state = node.getState()
        return state.contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


def press(app, names, roles=(pyatspi.ROLE_PUSH_BUTTON,), timeout=8):
    """Presses the first showing widget whose accessible name is one of @p names."""
    names = [names] if isinstance(names, str) else names
    deadline = time.time() + timeout
    while time.time() < deadline:
        for node in nodes(app):
            try:
                if node.name in names and node.getRole() in roles and showing(node):
                    node.queryAction().doAction(0)
                    return True
            except Exception:
                continue
        time.sleep(0.4)
    print(f"    could not press any of {names}")
    return False


def select_row(app, text, timeout=8):
    deadline = time.time() + timeout
    while time.time() < deadline:
        for node in nodes(app):
            try:
                if node.getRole() in (pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TREE_ITEM) \
                        and node.name == text and showing(node):
                    parent = node.parent
                    while parent is not None and parent.getRole() not in (
                            pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_LIST, pyatspi.ROLE_TREE):
                        parent = parent.parent
                    if parent is not None:
                        parent.querySelection().selectChild(node.getIndexInParent())
                        return True
            except Exception:
                continue
        time.sleep(0.4)
    print(f"    no row called {text}")
    return False


def xdotool(*args):
    subprocess.run(["xdotool", *args], check=False)


def grab(path):
    # The pointer out of the way, so nothing shows a hover state by accident.
    xdotool("mousemove", "1279", "799")
    time.sleep(1.2)
    subprocess.run(["import", "-window", "root", path], check=True)
    subprocess.run(["mogrify", "-strip", "-define", "png:compression-level=9", path], check=False)
    print(f"    wrote {path}")


def write_config(home, lang, theme, size):
    folder = os.path.join(home, "trustwork")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "trustwork.conf"), "w") as f:
        f.write(f"[appearance]\ntheme={theme}\ntextSize={size}\nlanguage={lang}\n")


def start(binary, args, config_home, lang):
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1", XDG_CONFIG_HOME=config_home,
               LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE=lang)
    proc = subprocess.Popen([binary, *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return proc


def stop(proc):
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
    time.sleep(0.8)


def maximise():
    # openbox: the focused window fills the screen, as most people keep Trustwork.
    xdotool("key", "super+Up")
    out = subprocess.run(["xdotool", "search", "--onlyvisible", "--class", "trustwork"], capture_output=True,
                         text=True).stdout.split()
    for window in out:
        xdotool("windowsize", window, "100%", "100%")
        xdotool("windowmove", window, "0", "0")


def titles(root, lang):
    """Exercise titles in the shown language, falling back to English, from the content files."""
    found = {}
    for folder in ("en", lang):
        path = os.path.join(root, "content", "curriculum", folder)
        if not os.path.isdir(path):
            continue
        for name in sorted(os.listdir(path)):
            with open(os.path.join(path, name)) as f:
                module = json.load(f)
            for exercise in module.get("exercises", []):
                found[exercise["id"]] = exercise["title"]
    return found


def couple_shots(args, out, tag, config_home, lang):
    names = titles(args.root, lang)
    proc = start(args.app, ["--demo", *args.app_args.split()], config_home, lang)
    try:
        app = find_app("trustwork")
        if app is None:
            print("    trustwork did not appear on the accessibility bus")
            return
        time.sleep(2.0)
        maximise()
        xdotool("type", "--delay", "15", "alex-demo-passphrase")
        xdotool("key", "Return")
        time.sleep(3.0)
        grab(os.path.join(out, f"{tag}-home.png"))
        if "home-steps" in args.only.split(","):
            # Further down Home: the four steps as a journey, and help.
            xdotool("mousemove", "800", "450")
            xdotool("click", "--repeat", "12", "--delay", "20", "5")
            grab(os.path.join(out, f"{tag}-home-steps.png"))
        # Sam shared the apology rewrite; Home lists it under "Recently shared by Sam".
        apology = names.get("step1.apology", "An apology that names the harm")
        press(app, [apology, f"Read {apology}", f"{apology} lesen", f"Lies {apology}"])
        time.sleep(2.0)
        grab(os.path.join(out, f"{tag}-shared-answer.png"))
        # Alex's own private reflection, found by its words, then shared: the preview (or, before it
        # existed, the share happening at once).
        xdotool("key", "ctrl+f")
        time.sleep(1.0)
        xdotool("type", "--delay", "15", "demo answer")
        time.sleep(1.0)
        xdotool("key", "Return")
        xdotool("key", "Return")
        time.sleep(2.0)
        # Down to the share button and its status line first, then share: the preview, where there is
        # one, comes in front.
        xdotool("mousemove", "800", "450")
        xdotool("click", "--repeat", "40", "--delay", "20", "5")
        time.sleep(0.5)
        press(app, ["Share this answer with your partner", "Diese Antwort mit deiner Partnerin oder deinem Partner teilen"])
        time.sleep(1.5)
        grab(os.path.join(out, f"{tag}-share-preview.png"))
    finally:
        stop(proc)


def make_practice(args, work):
    """A practice with one client whose two partners each sent a report with their entries."""
    cli = args.cli
    practice = os.path.join(work, "practice")
    couple = os.path.join(work, "couple")
    env = dict(os.environ, LANG="C.UTF-8")

    def run(argv, stdin):
        r = subprocess.run([cli, *argv], input=stdin, capture_output=True, text=True, env=env)
        if r.returncode != 0:
            raise RuntimeError(f"{' '.join(argv)}: {r.stderr}")
        return r.stdout

    def as_(where, who, pw, argv, more=""):
        return run(["--data-dir", where, "--as", who, "--passphrase-stdin", *argv], pw + "\n" + more)

    run(["--data-dir", practice, "create-practice", "--name", "Dr Rivera", "--passphrase-stdin"], "rivera pass\n")
    out = as_(practice, "Dr Rivera", "rivera pass", ["identity"])
    fingerprint = [line.split(": ", 1)[1] for line in out.splitlines() if line.startswith("Fingerprint:")][0]
    as_(practice, "Dr Rivera", "rivera pass", ["client", "add", "--label", "Alex & Sam"])
    run(["--data-dir", couple, "create", "--partner", "Alex:hurt", "--partner", "Sam:involved",
         "--passphrase-stdin"], "alex pass\nsam pass\n")
    assignment = os.path.join(work, "week.twassign")
    as_(practice, "Dr Rivera", "rivera pass", ["assignment", "create", "--client", "Alex & Sam", "--item",
        "step1.impact-letter@2026-12-09", "--item", "step1.where-we-are", "--output", assignment])
    as_(couple, "Alex", "alex pass", ["assignment", "import", assignment, "--trust-fingerprint", fingerprint])
    with open(os.path.join(work, "letter.json"), "w") as f:
        json.dump({"prompts": {"discovery": "In the kitchen, with your phone in my hand. My hands went cold.",
                               "since": "I sleep badly and check the time you come home."}}, f)
    as_(couple, "Alex", "alex pass", ["entry", "add", "--exercise", "step1.impact-letter", "--shared",
        "--text-file", os.path.join(work, "letter.json")])
    as_(couple, "Alex", "alex pass", ["checkin", "add", "--trust", "4", "--note-file", "-"], "A calmer week.")
    for who, pw in (("Alex", "alex pass"), ("Sam", "sam pass")):
        report = os.path.join(work, f"{who}.twreport")
        as_(couple, who, pw, ["report", "export", "--include", "completion,checkins,shared,private",
            "--output", report])
        as_(practice, "Dr Rivera", "rivera pass", ["report", "import", report])
    return practice


def therapist_shot(args, out, tag, config_home, lang, practice):
    proc = start(args.app, ["--practice", "--data-dir", practice, *args.app_args.split()], config_home, lang)
    try:
        app = find_app("trustwork")
        if app is None:
            print("    trustwork did not appear on the accessibility bus")
            return
        time.sleep(2.0)
        maximise()
        xdotool("type", "--delay", "15", "rivera pass")
        xdotool("key", "Return")
        time.sleep(3.0)
        select_row(app, "Alex & Sam")
        time.sleep(1.0)
        press(app, ["Entries by date", "Einträge nach Datum"], roles=(pyatspi.ROLE_PAGE_TAB,))
        time.sleep(1.0)
        grab(os.path.join(out, f"{tag}-therapist-client.png"))
    finally:
        stop(proc)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True)
    parser.add_argument("--cli", required=True, help="trustwork-cli-for-tests (fast key derivation)")
    parser.add_argument("--app-args", default="", help="more arguments for the app, e.g. --content-dir DIR")
    parser.add_argument("--root", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--label", required=True, help="before or after")
    parser.add_argument("--looks", default="en-light-100,en-dark-200,de-light-200,de-dark-100")
    parser.add_argument("--only", default=",".join(SHOTS))
    args = parser.parse_args()
    only = set(args.only.split(","))
    work = tempfile.mkdtemp(prefix="tw-shots-")
    try:
        practice = make_practice(args, work) if "therapist-client" in only else None
        for look in args.looks.split(","):
            lang, theme, size = look.split("-")
            tag = f"{args.label}-{lang}-{theme}-{size}"
            print(f"== {tag}")
            config_home = os.path.join(work, f"config-{tag}")
            write_config(config_home, lang, theme, size)
            if only & {"home", "shared-answer", "share-preview"}:
                couple_shots(args, args.out, tag, config_home, lang)
            if practice:
                # The practice is changed by opening it; a copy per look keeps every look alike.
                copy = os.path.join(work, f"practice-{tag}")
                shutil.copytree(practice, copy)
                therapist_shot(args, args.out, tag, config_home, lang, copy)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

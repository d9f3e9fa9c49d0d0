#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Trustwork developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""check-man-page.py PAGE PROGRAM

Fails when the man page PAGE falls behind PROGRAM --help: every --option and every command that
the help lists must appear in the page, and `man --warnings` must render the page without a
single warning. Run by ctest (cmake/Packaging.cmake)."""

import os
import re
import subprocess
import sys

# A command line in trustwork-cli --help: two spaces, optional "--as NAME" and flags, then the
# command words (lower case), e.g. "  --as NAME entry add --exercise ID" -> "entry add".
COMMAND_LINE = re.compile(r"^  (?:--as [A-Z]+ )?(?:--[a-z-]+ )*([a-z][a-z-]*(?: [a-z][a-z-]*)?)\b")
OPTION = re.compile(r"(?<![\w-])(--[a-z][a-z-]*)")


def roff_to_text(source):
    """The page's words without roff markup: font escapes, macros and escaped hyphens removed."""
    lines = []
    for line in source.splitlines():
        if line.startswith('.\\"'):
            continue
        line = re.sub(r"^\.[A-Za-z]+\s?", "", line)
        line = re.sub(r"\\f[BIRP]", "", line)
        line = line.replace("\\-", "-").replace("\\(em", "-").replace('"', "")
        lines.append(line)
    return re.sub(r"\s+", " ", " ".join(lines))


def help_text(program):
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    run = subprocess.run([program, "--help"], capture_output=True, text=True, env=env, check=False)
    if run.returncode != 0:
        sys.exit(f"{program} --help exited with {run.returncode}: {run.stderr}")
    return run.stdout


def commands_in(help_output):
    commands = set()
    for line in help_output.splitlines():
        match = COMMAND_LINE.match(line)
        if match:
            commands.add(match.group(1))
    return commands


def man_warnings(page):
    env = dict(os.environ, MANWIDTH="80", LC_ALL="C.UTF-8")
    run = subprocess.run(["man", "--warnings", "-E", "UTF-8", "-l", page], capture_output=True, text=True,
                         env=env, check=False)
    return run.returncode, run.stderr.strip()


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    page, program = sys.argv[1], sys.argv[2]
    with open(page, encoding="utf-8") as f:
        text = roff_to_text(f.read())
    output = help_text(program)
    problems = []
    for option in sorted(set(OPTION.findall(output))):
        if option not in text:
            problems.append(f"option {option} is in {os.path.basename(program)} --help but not in the man page")
    commands = commands_in(output)
    for command in sorted(commands):
        if not re.search(r"(?<![\w-])" + re.escape(command) + r"(?![\w-])", text):
            problems.append(f"command '{command}' is in {os.path.basename(program)} --help but not in the man page")
    code, warnings = man_warnings(page)
    if code != 0 or warnings:
        problems.append(f"man --warnings reports (exit {code}): {warnings}")
    if problems:
        print(f"{page}:", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        sys.exit(1)
    print(f"{os.path.basename(page)}: {len(set(OPTION.findall(output)))} options and {len(commands)} commands "
          f"documented; no warnings from man")


if __name__ == "__main__":
    main()

#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Trustwork developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Usage: expect_output.py EXIT_STATUS REGEX COMMAND [ARG...]

Runs COMMAND and passes only if it exits with EXIT_STATUS and its output (stdout and stderr together)
matches REGEX (re.search, '.' also matches newlines). CTest's PASS_REGULAR_EXPRESSION ignores the
exit status, so a program that printed the right words and then crashed, or a checker that should
have failed, would pass; this checks both.
"""
import re
import subprocess
import sys


def main(argv):
    if len(argv) < 4:
        print(__doc__)
        return 2
    expected, pattern, command = int(argv[1]), argv[2], argv[3:]
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    print(result.stdout, end="")
    failed = False
    if result.returncode != expected:
        print(f"expect_output: exit status {result.returncode}, expected {expected}")
        failed = True
    if not re.search(pattern, result.stdout, re.S):
        print(f"expect_output: the output does not match {pattern!r}")
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Trustwork developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that the package lists name everything a configured build tree uses.

Usage: check-dependencies.py BUILD_DIR --build PKG... --test PKG...

Reads BUILD_DIR/dependency-paths.txt (written by cmake/DependencyReport.cmake), maps each path to the
Debian package that owns it (dpkg -S) and requires that package to be in the lists or pulled in by
their Depends (apt-cache depends --recurse --installed). A machine where a package was installed by
hand, or that happened to have it from something else, therefore cannot hide a missing list entry.
Exits 1 naming each missing package and the list to add it to; 2 on a usage error or no paths.
"""
import os
import re
import subprocess
import sys

# Folders that hundreds of packages share say nothing about which package a build needs; the files
# found inside them (reported separately) do.
SHARED_FOLDERS = {"/usr/include", "/usr/lib", "/usr/lib/x86_64-linux-gnu", "/usr/share", "/usr/bin", "/usr"}


def parse_arguments(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    build_dir, lists, current = argv[1], {"BUILD_PACKAGES": [], "TEST_PACKAGES": []}, None
    for argument in argv[2:]:
        if argument == "--build":
            current = "BUILD_PACKAGES"
        elif argument == "--test":
            current = "TEST_PACKAGES"
        elif current:
            lists[current].append(argument)
        else:
            sys.exit(__doc__)
    return build_dir, lists


def dpkg_owners(paths):
    """{path: [packages]} for the paths dpkg knows, in one call."""
    result = subprocess.run(["dpkg", "-S", *paths], capture_output=True, text=True)
    found = {}
    for line in result.stdout.splitlines():
        if line.startswith("diversion by") or ": " not in line:
            continue
        names, owned = line.split(": ", 1)
        if owned.strip() in paths:
            found.setdefault(owned.strip(), set()).update(name.strip().split(":")[0] for name in names.split(","))
    return found


def owners(paths):
    """{path: sorted packages that own it}, following symlinks such as /usr/bin/c++; [] if none."""
    found = dpkg_owners(sorted(set(paths)))
    unresolved = {path: os.path.realpath(path) for path in paths if path not in found}
    real = dpkg_owners(sorted(set(unresolved.values()))) if unresolved else {}
    return {path: sorted(found.get(path) or real.get(unresolved.get(path, ""), set())) for path in paths}


def closure(packages):
    """The listed packages and everything their Depends and Pre-Depends pull in, installed."""
    if not packages:
        return set()
    result = subprocess.run(
        ["apt-cache", "depends", "--recurse", "--installed", "--no-recommends", "--no-suggests",
         "--no-conflicts", "--no-breaks", "--no-replaces", "--no-enhances", *packages],
        capture_output=True, text=True, check=True)
    names = set()
    for line in result.stdout.splitlines():
        # "pkg", "  Depends: pkg", "  |Depends: <virtual>", "    provider" (of the virtual above)
        match = re.match(r"^\s+\|?[A-Za-z-]+: (.*)$", line)
        name = (match.group(1) if match else line).strip().strip("<>").split(":")[0]
        if name:
            names.add(name)
    return names


def main():
    build_dir, lists = parse_arguments(sys.argv)
    report = os.path.join(build_dir, "dependency-paths.txt")
    entries = []
    with open(report, encoding="utf-8") as stream:
        for line in stream:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and parts[2] not in SHARED_FOLDERS:
                entries.append(parts)
    if not entries:
        print(f"{report} lists no paths: nothing was checked", file=sys.stderr)
        return 2

    build_closure = closure(lists["BUILD_PACKAGES"])
    all_closure = build_closure | closure(lists["TEST_PACKAGES"])
    missing = {}  # package -> (list, [origins])
    owned = owners([path for _, _, path in entries])
    for kind, origin, path in entries:
        packages = owned[path]
        if not packages:
            missing.setdefault(f"(no Debian package owns {path})", ("either list", []))[1].append(origin)
            continue
        # Test tools may come from either list; what the build needs must come from BUILD_PACKAGES,
        # which is all scripts/run installs.
        wanted_list, allowed = (("TEST_PACKAGES", all_closure) if kind == "test-program"
                                else ("BUILD_PACKAGES", build_closure))
        if not any(package in allowed for package in packages):
            missing.setdefault(packages[0], (wanted_list, []))[1].append(f"{origin} -> {path}")

    print(f"checked {len(entries)} paths from {report}")
    if not missing:
        print("every package the build uses is in the lists or pulled in by them")
        return 0
    for package, (wanted_list, origins) in sorted(missing.items()):
        print(f"MISSING: {package}: add it to {wanted_list} in scripts/lib/common.sh (used by:"
              f" {'; '.join(sorted(set(origins))[:4])})", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())

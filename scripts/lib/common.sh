# SPDX-FileCopyrightText: 2026 Trustwork developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by scripts/run and scripts/test: the packages Trustwork needs and how to install them.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# The Debian release decides the few names that differ; Ubuntu uses the same names as Debian 12.
RELEASE=$( (. /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}") || true)

# What building and running needs.
BUILD_PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-charts-dev qt6-svg-dev libgl-dev
    libsqlcipher-dev libsodium-dev nlohmann-json3-dev libspdlog-dev libfmt-dev libvalijson-dev
    libzxcvbn-dev
    libgtest-dev libgmock-dev libbenchmark-dev libxcb1-dev
    fonts-dejavu-core fonts-noto-core qt6-translations-l10n
    librsvg2-bin
)
# What the test suite needs on top: a headless X server, the schema checker, tools the tests call,
# clang for the fuzz targets, and Syncthing for the two-device tests.
TEST_PACKAGES=(
    xvfb xauth x11-utils xdotool openbox imagemagick dbus-x11 at-spi2-core python3-pyatspi
    python3-jsonschema poppler-utils clang-format-19 clang-19 libclang-rt-19-dev sqlcipher strace
    lintian desktop-file-utils appstream dpkg-dev file man-db git syncthing
)
case "$RELEASE" in
trixie | forky | sid)
    # Debian 13 moved Qt's SVG plugins (the window icon, SVG images) out of libqt6svg6; Qt's OpenGL
    # development files are part of qt6-base-dev there.
    BUILD_PACKAGES+=(qt6-svg-plugins)
    ;;
*)
    # Debian 12 (and Ubuntu): qt6-charts-dev needs Qt6OpenGL's CMake files but does not depend on them.
    BUILD_PACKAGES+=(libqt6opengl6-dev)
    ;;
esac
# What scripts/check-fresh needs on the machine it runs on.
CHECK_FRESH_PACKAGES=(debootstrap debian-archive-keyring)
# Benchmarks only, never the build or the tests: the reference program bench/run-launch.sh compares
# Trustwork's launch with (issue 21), and the profiler of bench/launch/profile-unlock.sh.
LAUNCH_REFERENCE_PACKAGES=(keepassxc)
PROFILE_PACKAGES=(linux-perf)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# Installs whichever of the given Debian packages are missing, with sudo when not root.
ensure_packages() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "Trustwork's scripts install dependencies with apt on Debian 12 or 13 (or Ubuntu, same names)." >&2
        echo "On this system, install the equivalents of: ${missing[*]}" >&2
        echo "then configure and build with: cmake --preset release && cmake --build --preset release" >&2
        exit 1
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "These packages are missing and sudo is not available: ${missing[*]}" >&2
            echo "Ask an administrator to run: apt-get install ${missing[*]}" >&2
            exit 1
        fi
        sudo=(sudo)
    fi
    say "Installing ${#missing[@]} missing packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

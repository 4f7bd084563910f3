#!/usr/bin/env bash
# Installs the Debian (bookworm) packages Signalbox needs to build, run and test.
# Does nothing when they are all present; uses sudo when not run as root.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ pkg-config ccache
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev libqt6svg6 libgl-dev
    libsodium-dev libdtl-dev libsqlite3-dev libicu-dev
    # team mode: SCRAM verifiers for PostgreSQL passwords (PQencryptPasswordConn), server pings
    libpq-dev
    # run: the Qt platform plugins, store drivers, a font and Qt's own translations (Cancel,
    # Close, the file dialog and shortcut names in German and French)
    qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql fonts-dejavu-core qt6-translations-l10n
    # tests: a virtual display with a window manager and a system tray host, X tools to drive
    # and inspect windows (the end-to-end suite, run by python3), screenshots, a PostgreSQL
    # server, clang and its libFuzzer runtime for the fuzz targets
    xvfb xauth openbox trayer x11-utils imagemagick xdotool python3 postgresql clang
    libclang-rt-14-dev
    # tests of the desktop integration: a private session bus with a notification server
    dbus-daemon dunst
    # the .deb: its dependencies, and the checks of its desktop entry and AppStream file
    dpkg-dev desktop-file-utils appstream man-db bash-completion
    # tests: exports are validated against docs/export.schema.json
    python3-jsonschema
)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

sudo=""
[[ $(id -u) -eq 0 ]] || sudo="sudo"
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"

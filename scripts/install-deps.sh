#!/usr/bin/env bash
# Installs the Debian (bookworm) packages Signalbox needs to build, run and test.
# Does nothing when they are all present; uses sudo when not run as root.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev libqt6svg6 libgl-dev
    libsodium-dev libdtl-dev libsqlite3-dev
    # run: the Qt platform plugins, store drivers and a font
    qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql fonts-dejavu-core
    # tests: a virtual display with a system tray host, screenshots, a PostgreSQL server,
    # clang and its libFuzzer runtime for the fuzz targets
    xvfb xauth trayer imagemagick xdotool postgresql clang libclang-rt-14-dev
    # tests: exports are validated against docs/export.schema.json
    python3 python3-jsonschema
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

#!/usr/bin/env bash
# Builds the .deb from the build folder, installs it with apt-get, uses the installed programs
# from /usr/bin against a temporary store, and removes the package again.
#   scripts/test-package.sh [build folder]     (default: build)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
sudo=""
[[ $(id -u) -eq 0 ]] || sudo="sudo"

if dpkg-query -W -f='${Status}' signalbox 2>/dev/null | grep -q "install ok installed"; then
    echo "test-package.sh: a signalbox package is installed already; not touching it" >&2
    exit 1
fi

(cd "$build" && rm -f signalbox_*.deb && cpack -G DEB)
deb=$(ls "$build"/signalbox_*.deb)
echo "== $deb"
dpkg-deb --field "$deb" Package Version Depends
dpkg-deb --contents "$deb" | awk '{print $6}'

work=$(mktemp -d)
cleanup() {
    $sudo apt-get remove -y -qq signalbox >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$deb"

version=$(sed -n 's/^project(Signalbox VERSION \([0-9.]*\).*/\1/p' "$root/CMakeLists.txt")
[[ $(/usr/bin/signalbox-cli --version) == "signalbox-cli $version" ]]
[[ $(/usr/bin/signalbox --version) == "signalbox $version" ]]
for file in /usr/share/applications/signalbox.desktop \
            /usr/share/metainfo/org.example.Signalbox.metainfo.xml \
            /usr/share/icons/hicolor/scalable/apps/signalbox.svg \
            /usr/share/icons/hicolor/48x48/apps/signalbox.png \
            /usr/share/man/man1/signalbox.1.gz /usr/share/man/man1/signalbox-cli.1.gz \
            /usr/share/bash-completion/completions/signalbox-cli; do
    [[ -s $file ]] || { echo "test-package.sh: $file is missing" >&2; exit 1; }
done
desktop-file-validate /usr/share/applications/signalbox.desktop
appstreamcli validate --no-net /usr/share/metainfo/org.example.Signalbox.metainfo.xml

# A send/unread round trip with the installed CLI.
export SIGNALBOX_DB=$work/store.sqlite3
SIGNALBOX_PASSWORD=alice-package-password /usr/bin/signalbox-cli user add alice
SIGNALBOX_PASSWORD=bob-package-password /usr/bin/signalbox-cli user add bob
SIGNALBOX_PASSWORD=alice-package-password \
    /usr/bin/signalbox-cli send --as alice --to bob "sent with the installed package"
unread=$(SIGNALBOX_PASSWORD=bob-package-password /usr/bin/signalbox-cli --json unread --as bob)
echo "$unread"
grep -q '"sent with the installed package"' <<<"$unread"

$sudo apt-get remove -y -qq signalbox
[[ ! -e /usr/bin/signalbox && ! -e /usr/bin/signalbox-cli ]]
echo "test-package.sh: the package installs, works and goes again"

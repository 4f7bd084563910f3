#!/usr/bin/env bash
# Takes the screenshots in docs/screenshots/: signalbox --demo on a virtual 1280x800 display
# with a tray host (the first free display from $SIGNALBOX_XVFB_SERVERNUM, default 99), driven
# by xdotool (clicks at fixed places, keyboard shortcuts) and captured with ImageMagick's
# import; the last one in the dark appearance. Builds the application first when needed.
#   scripts/screenshots.sh [build folder]     (default: build)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
out=$root/docs/screenshots
app=$build/src/app/signalbox

for tool in xvfb-run trayer xdotool import convert; do
    command -v "$tool" >/dev/null || { echo "screenshots.sh: $tool is missing (scripts/install-deps.sh)" >&2; exit 1; }
done

# Builds only when there is no application yet: pass a fresh build folder to rebuild.
if [[ ! -x $app ]]; then
    cmake -S "$root" -B "$build" -G Ninja
    cmake --build "$build" --target signalbox
fi

mkdir -p "$out"
export SIGNALBOX_APP=$app SIGNALBOX_SHOTS=$out
export QT_QPA_PLATFORM=xcb LC_ALL=C.UTF-8

xvfb-run -a -n "${SIGNALBOX_XVFB_SERVERNUM:-99}" -s "-screen 0 1280x800x24" bash -euo pipefail -c '
    shot() { sleep 1; import -window root "$SIGNALBOX_SHOTS/$1.png"; }
    click() { xdotool mousemove "$1" "$2" click 1; sleep 0.5; }
    key() { xdotool key --clearmodifiers "$@"; sleep 0.7; }

    # Starts the demo in a language (further arguments go to signalbox), fills the screen with
    # its window, opens bob.
    start() {
        "$SIGNALBOX_APP" --demo --lang "$@" >/dev/null 2>&1 &
        pid=$!
        window=$(xdotool search --sync --onlyvisible --name Signalbox | head -1)
        sleep 2
        xdotool windowmove "$window" 0 0 windowsize "$window" 1280 800
        sleep 1
        click 150 172            # the conversation with bob, third in the list
        click 560 120            # into the reply tree ...
        key ctrl+Home            # ... scrolled to its first message
    }
    stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; }

    trayer --edge top --widthtype request >/dev/null 2>&1 &
    sleep 1

    start en
    shot main-window
    key ctrl+End             # the last root, edited, with its replies
    key Up Up Up
    key ctrl+h
    shot edit-history
    key Escape
    click 160 38             # the Unread tab
    shot unread-and-notifications
    stop

    start de
    shot main-window-de
    stop

    start en --appearance dark
    shot main-window-dark
    stop
'

# Small files: a 256-colour palette (plenty for a flat UI), no metadata.
for file in "$out"/*.png; do
    convert "$file" -strip -dither None -colors 256 -define png:compression-level=9 "PNG8:$file"
done
ls -l "$out"

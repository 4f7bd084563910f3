#!/usr/bin/env bash
# Renders a man page with every warning on: a warning (a bad macro, a missing glyph) fails.
set -euo pipefail
page=$1
warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings=all -l "$page" 2>&1 >/dev/null || true)
if [[ -n "$warnings" ]]; then
    echo "$warnings"
    exit 1
fi
LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$page" | head -3

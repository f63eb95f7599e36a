#!/usr/bin/env bash
# Screenshots of the real window in each language (English, Simplified and Traditional
# Chinese) under Xvfb, with the first lesson open: start, training (Space), the Boundary
# (Ctrl+5), Network (Ctrl+4) and Judge (Ctrl+6) views. A fresh settings folder per
# language, so the language follows LANG as on a first start. Look at the PNGs.
#
# Usage: scripts/screenshot_languages.sh [OUT_DIR]   (default: target/screenshots/languages)
# Env:   LAYERLAB_BIN (default: target/debug/layerlab, built if missing)
#        LESSON       lesson to open (default: new-cook)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT_DIR=${1:-target/screenshots/languages}
BIN=${LAYERLAB_BIN:-${CARGO_TARGET_DIR:-target}/debug/layerlab}
LESSON=${LESSON:-new-cook}
[ -x "$BIN" ] || cargo build --bin layerlab
mkdir -p "$OUT_DIR"
OUT_DIR=$(cd "$OUT_DIR" && pwd)
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")

for pair in en:en_US.UTF-8 zh-Hans:zh_CN.UTF-8 zh-Hant:zh_TW.UTF-8; do
    tag=${pair%%:*}
    locale=${pair#*:}
    SANDBOX=$(mktemp -d)
    mkdir -p "$SANDBOX/runtime" "$SANDBOX/data"
    chmod 700 "$SANDBOX/runtime"
    export XDG_RUNTIME_DIR="$SANDBOX/runtime" XDG_DATA_HOME="$SANDBOX/data" \
        LAYERLAB_RECOVERY_DIR="$SANDBOX/data" LANG="$locale" LC_ALL="$locale" \
        BIN OUT_DIR LESSON tag
    xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
        "$BIN" --lesson "$LESSON" >"$OUT_DIR/$tag.log" 2>&1 &
        pid=$!
        sleep 8
        import -window root "$OUT_DIR/$tag-start.png"
        # No window manager: give the window the keyboard by hand.
        wid=$(xdotool search --name layerlab | head -n 1)
        xdotool windowfocus "$wid" || true
        xdotool mousemove 900 640 click 1 || true
        sleep 1
        xdotool key space || true
        sleep 8
        import -window root "$OUT_DIR/$tag-training.png"
        xdotool key ctrl+5 || true
        sleep 2
        import -window root "$OUT_DIR/$tag-boundary.png"
        xdotool key ctrl+4 || true
        sleep 2
        import -window root "$OUT_DIR/$tag-network.png"
        xdotool key ctrl+6 || true
        sleep 2
        import -window root "$OUT_DIR/$tag-judge.png"
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    '
    rm -rf "$SANDBOX"
    echo "$tag: $(ls "$OUT_DIR"/"$tag"-*.png | wc -l) screenshots"
done

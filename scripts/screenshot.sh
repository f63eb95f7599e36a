#!/usr/bin/env bash
# Starts the real layerlab window under Xvfb (1280×800), takes screenshots, and checks that
# the window rendered (the image is not blank) and that the process stayed alive.
# Exits non-zero otherwise.
#
# Usage: scripts/screenshot.sh [OUT_DIR]          (default: target/screenshots)
# Env:   LAYERLAB_BIN       binary to run          (default: target/debug/layerlab, built if missing)
#        SCREENSHOT_WAIT    seconds before the first shot (default: 10)
#        LAYERLAB_RENDERER  glow (default) or wgpu
# Needs: xvfb xauth xdotool imagemagick mesa-vulkan-drivers libvulkan1 libgl1-mesa-dri libegl1
#        libgl1 libxkbcommon-x11-0 libxcursor1 libxrandr2 libxi6 libx11-xcb1
set -euo pipefail

cd "$(dirname "$0")/.."
OUT_DIR=${1:-target/screenshots}
BIN=${LAYERLAB_BIN:-${CARGO_TARGET_DIR:-target}/debug/layerlab}
WAIT=${SCREENSHOT_WAIT:-10}

for tool in xvfb-run import xdotool identify convert; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "screenshot: '$tool' is missing; install xvfb xauth xdotool imagemagick" >&2
        exit 2
    fi
done
if [ ! -x "$BIN" ]; then
    cargo build --bin layerlab
fi
mkdir -p "$OUT_DIR"
OUT_DIR=$(cd "$OUT_DIR" && pwd)
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")

# A private home for settings, recent files and the crash-recovery autosave, so earlier
# runs cannot show a recovery prompt, and the harmless runtime-dir warnings stay quiet.
SANDBOX=$(mktemp -d)
trap 'rm -rf "$SANDBOX"' EXIT
mkdir -p "$SANDBOX/runtime" "$SANDBOX/data"
chmod 700 "$SANDBOX/runtime"
export XDG_RUNTIME_DIR="$SANDBOX/runtime"
export XDG_DATA_HOME="$SANDBOX/data"
export LAYERLAB_RECOVERY_DIR="$SANDBOX/data"
export LAYERLAB_FRAME_LOG=1
export BIN OUT_DIR WAIT

xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    set -u
    "$BIN" >"$OUT_DIR/layerlab.log" 2>&1 &
    pid=$!
    sleep "$WAIT"
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "screenshot: layerlab exited during start-up; its output:" >&2
        cat "$OUT_DIR/layerlab.log" >&2
        exit 1
    fi
    import -window root "$OUT_DIR/start.png"
    # Click Train (top of the right panel; no window manager, so the window is at 0,0)
    # and let it train.
    xdotool mousemove 1015 78 click 1 || true
    sleep 10
    import -window root "$OUT_DIR/training.png"
    # Open the Data tab (the second tab title in the centre panel).
    xdotool mousemove 530 53 click 1 || true
    sleep 2
    import -window root "$OUT_DIR/data.png"
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "screenshot: layerlab died while training; its output:" >&2
        cat "$OUT_DIR/layerlab.log" >&2
        exit 1
    fi
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    exit 0
'

status=0
for shot in start training data; do
    png="$OUT_DIR/$shot.png"
    if [ ! -s "$png" ]; then
        echo "screenshot: $png was not written" >&2
        status=1
        continue
    fi
    colours=$(identify -format "%k" "$png")
    spread=$(convert "$png" -colorspace Gray -format "%[fx:standard_deviation]" info:)
    echo "$png: $colours colours, grey standard deviation $spread"
    # A blank (or single-colour) window has a handful of colours and no spread.
    if [ "$colours" -lt 50 ] || awk -v s="$spread" 'BEGIN { exit !(s < 0.02) }'; then
        echo "screenshot: $png looks blank: the window did not render" >&2
        status=1
    fi
done
grep "frame work" "$OUT_DIR/layerlab.log" | tail -n 3 || true
exit $status

#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks to build, test and run layerlab:
# the Rust toolchain is expected (rustup's cargo); this adds the system packages for the
# window (X11/Wayland client libraries, Mesa's software renderers) and the headless
# screenshot check (Xvfb, ImageMagick, xdotool), and QEMU's user-mode emulator, which runs
# the binary as processors without AVX-512 (tests/suite/cpu_dispatch.rs). Safe to run again.
set -euo pipefail
PKGS=(xvfb xauth xdotool imagemagick mesa-vulkan-drivers libvulkan1 libgl1-mesa-dri libegl1 libgl1
      libxkbcommon-x11-0 libxkbcommon0 libxcursor1 libxrandr2 libxi6 libx11-xcb1 libwayland-client0 pkg-config
      qemu-user)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
command -v cargo >/dev/null || { echo "cargo not found: install Rust from https://rustup.rs" >&2; exit 1; }

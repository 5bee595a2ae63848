#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks to build and test Stratmap. Safe to run again:
# it only installs what is missing. Sourced by demo.sh and test.sh.
set -euo pipefail

# Debian packages: the toolchain's C side, the Tauri/WebKitGTK build and run libraries, a virtual
# display and WebKit's WebDriver for the end-to-end tests, Chromium for the UI tests, and the
# export checkers (real readers of our PNG/PDF/SVG files), and what the .deb test asks about file
# types (shared-mime-info, the desktop database, xdg-mime, gio).
STRATMAP_DEBS=(
  build-essential pkg-config curl wget file ca-certificates
  libwebkit2gtk-4.1-dev libxdo-dev libssl-dev libayatana-appindicator3-dev librsvg2-dev
  xvfb xauth webkit2gtk-driver imagemagick x11-apps xdotool chromium chromium-driver
  poppler-utils qpdf pngcheck librsvg2-bin
  shared-mime-info desktop-file-utils xdg-utils libglib2.0-bin
)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing_debs() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

ensure_rust() {
  if ! command -v cargo >/dev/null 2>&1 && [ -x "$HOME/.cargo/bin/cargo" ]; then
    export PATH="$HOME/.cargo/bin:$PATH"
  fi
  if ! command -v cargo >/dev/null 2>&1; then
    echo "setup: installing the Rust toolchain (rustup)"
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal -c clippy,rustfmt
    export PATH="$HOME/.cargo/bin:$PATH"
  fi
  if command -v rustup >/dev/null 2>&1; then
    rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy
    rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt
  fi
}

ensure_node() {
  if ! command -v npm >/dev/null 2>&1; then
    install_missing_debs nodejs npm
  fi
  local major
  major=$(node --version | sed 's/^v\([0-9]*\).*/\1/')
  if [ "$major" -lt 20 ]; then
    echo "setup: Node.js 20 or newer is needed for the UI build (found $(node --version))" >&2
    exit 1
  fi
}

ensure_tauri_driver() {
  command -v tauri-driver >/dev/null 2>&1 || cargo install tauri-driver --locked --version 2.1.0
}

install_missing_debs "${STRATMAP_DEBS[@]}"
ensure_rust
ensure_node
ensure_tauri_driver

#!/usr/bin/env bash
# Prints the real app's figures on a 1 000-card canvas: start to first paint, memory, move round
# trip. Builds what it needs (release by default; `--debug` for a debug build) and runs under a
# virtual display. Figures only: nothing is asserted.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
profile=release
cargo_profile=(--release)
if [ "${1:-}" = "--debug" ]; then profile=debug; cargo_profile=(); fi
(cd ui && npm ci --no-audit --no-fund && npm run build)
cargo build --locked "${cargo_profile[@]}" -p stratmap-app -p stratmap-cli
cargo build --locked -p stratmap-e2e --bin bench-app
STRATMAP_PROFILE=$profile timeout -k 10 300 xvfb-run -a -s "-screen 0 1280x800x24" \
  "${CARGO_TARGET_DIR:-target}/debug/bench-app"

#!/usr/bin/env bash
# Prints the real app's figures on a 1 000-card canvas: start to first paint, memory, move round
# trip. Builds what it needs; runs under a virtual display. Figures only: nothing is asserted.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
(cd ui && npm ci --no-audit --no-fund && npm run build)
cargo build --locked -p stratmap-app -p stratmap-cli -p stratmap-e2e --bin bench-app
timeout -k 10 300 xvfb-run -a -s "-screen 0 1280x800x24" "${CARGO_TARGET_DIR:-target}/debug/bench-app"

#!/usr/bin/env bash
# Runs every check and test of Stratmap, installing what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

echo "== UI: install, build, type-check, lint, unit tests, browser tests"
(
  cd ui
  npm ci --no-audit --no-fund
  npm run build
  npm run check
  npm run lint
  npm test
  npm run test:browser
)

echo "== Rust: format and lints"
cargo fmt --all --check
cargo clippy --workspace --all-targets --locked -- -D warnings

echo "== Rust: every test, with the app built for the end-to-end tests (under a virtual display)"
cargo build --locked -p stratmap-app -p stratmap-cli

echo "== UI: the live session's pages in Chromium against the real stratmap host (127.0.0.1 only)"
target_dir="${CARGO_TARGET_DIR:-$PWD/target}"
(cd ui && STRATMAP_BIN="$target_dir/debug/stratmap" npm run test:live)
# The .deb from that debug build, for tests/e2e/bundle.rs (installs it, checks the .stratmap file
# type, removes it).
scripts/build-deb.sh --debug >/dev/null
log=$(mktemp)
# The display is larger than the app's 1280×800 window so the tests can park the real pointer
# outside every window (tests/e2e/lib.rs, park_pointer).
timeout -k 30 2400 xvfb-run -a -s "-screen 0 1600x1000x24" cargo test --workspace --locked 2>&1 | tee "$log"

# One closing line for every Rust test run above (the last runner line would otherwise be an
# empty doc-test run).
awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
     END { printf "Rust: %d passed, %d failed\n", p, f }' "$log"
rm -f "$log"

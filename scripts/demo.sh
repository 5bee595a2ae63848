#!/usr/bin/env bash
# Builds Stratmap and shows a demo canvas, installing what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

cargo build --release --locked -p stratmap-cli
stratmap=target/release/stratmap
if [ -n "${CARGO_TARGET_DIR:-}" ]; then stratmap="$CARGO_TARGET_DIR/release/stratmap"; fi

out=out
mkdir -p "$out"
demo="$out/demo.stratmap"
if [ ! -f "$demo" ]; then
  "$stratmap" new "$demo" --title "Demo offsite" --template full
  "$stratmap" import demo/initiatives.csv "$demo" >/dev/null
  "$stratmap" snapshot "$demo" "Before offsite"
  "$stratmap" set-target "$demo" --area "Growth strategy" --target 40
  "$stratmap" set-target "$demo" --area "Marketing strategy" --target 55
fi
"$stratmap" show "$demo"
"$stratmap" export "$demo" --json "$out/demo.json"
echo
echo "Demo canvas: $demo (JSON: $out/demo.json). Try: $stratmap --help"

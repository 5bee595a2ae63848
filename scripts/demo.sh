#!/usr/bin/env bash
# Builds Stratmap and starts it on a demo canvas, installing what is missing first.
# With no display, it says so and writes the demo canvas's PNG and PDF instead.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

(cd ui && npm ci --no-audit --no-fund && npm run build)
cargo build --locked -p stratmap-app -p stratmap-cli
bin="${CARGO_TARGET_DIR:-target}/debug"

out=out
mkdir -p "$out"
demo="$out/Demo offsite.stratmap"
if [ ! -f "$demo" ]; then
  "$bin/stratmap" new "$demo" --title "Demo offsite" --template full
  "$bin/stratmap" import demo/initiatives.csv "$demo" >/dev/null
  "$bin/stratmap" snapshot "$demo" "Before offsite"
  "$bin/stratmap" set-target "$demo" --area "Growth strategy" --target 40
  "$bin/stratmap" set-target "$demo" --area "Marketing strategy" --target 55
fi

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "Starting Stratmap on $demo"
  exec "$bin/stratmap-app" "$demo"
fi

echo "No display here, so the app cannot open a window. Writing the demo canvas's picture and summary instead:"
"$bin/stratmap" export "$demo" --png "$out/demo.png" --scale 2
"$bin/stratmap" export "$demo" --pdf "$out/demo.pdf"
"$bin/stratmap" show "$demo"
echo
echo "Wrote $out/demo.png and $out/demo.pdf from $demo"

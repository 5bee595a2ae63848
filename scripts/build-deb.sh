#!/usr/bin/env bash
# Builds Stratmap's Debian package with the Tauri bundler and prints the .deb's path (the only
# line on stdout; everything else goes to stderr), installing what is missing first.
#
#   scripts/build-deb.sh           release build, then the bundle
#   scripts/build-deb.sh --debug   debug bundle from the debug build (what scripts/test.sh made),
#                                  for the bundle test (tests/e2e/bundle.rs)
#
# Why a script: the Tauri CLI cannot find the app from the repository root (the root Cargo.toml is
# a workspace), so it is pointed at src-tauri/ (TAURI_APP_PATH), whose tauri.conf.json holds only
# the identifier; the real config is the root tauri.conf.json, passed with --config. The CLI
# resolves relative paths from src-tauri/ while the build macro resolves them from the root, so a
# second --config, generated here in a temp dir, gives the root config's paths as absolute ones.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
exec 3>&1 1>&2

profile=release
case "${1:-}" in
  "") ;;
  --debug) profile=debug ;;
  *) echo "usage: scripts/build-deb.sh [--debug]" >&2; exit 2 ;;
esac
cargo_profile=()
bundle_profile=()
if [ "$profile" = debug ]; then bundle_profile=(--debug); else cargo_profile=(--release); fi

source scripts/setup.sh

echo "== .deb: the UI, the app ($profile), the bundle"
(
  cd ui
  # The bundler is the npm package @tauri-apps/cli; scripts/test.sh's `npm ci` has installed it.
  [ -x node_modules/.bin/tauri ] || npm ci --no-audit --no-fund
  npm run build
)
# Plain cargo, with the same packages (so the same features) as test.sh's build: for --debug this
# reuses it.
cargo build --locked "${cargo_profile[@]}" -p stratmap-app -p stratmap-cli

target=$(cargo metadata --format-version 1 --no-deps | node -e \
  'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).target_directory))')
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The root config's file paths, made absolute (frontendDist, icons, the .desktop template, the
# files added to the package); and the start of the package's file name.
node - "$root" "$tmp/paths.json" <<'EOF' >"$tmp/deb-name"
const fs = require("fs"), path = require("path");
const [root, out] = process.argv.slice(2);
const conf = JSON.parse(fs.readFileSync(path.join(root, "tauri.conf.json"), "utf8"));
const abs = (p) => path.resolve(root, p);
const deb = conf.bundle.linux?.deb ?? {};
const paths = {
  build: { frontendDist: abs(conf.build.frontendDist) },
  bundle: {
    icon: conf.bundle.icon.map(abs),
    linux: {
      deb: {
        ...(deb.desktopTemplate ? { desktopTemplate: abs(deb.desktopTemplate) } : {}),
        files: Object.fromEntries(Object.entries(deb.files ?? {}).map(([dest, src]) => [dest, abs(src)])),
      },
    },
  },
};
fs.writeFileSync(out, JSON.stringify(paths, null, 2));
console.log(`${conf.productName}_${conf.version}_`);
EOF
deb="$target/$profile/bundle/deb/$(cat "$tmp/deb-name")$(dpkg --print-architecture).deb"
rm -f "$deb"

# `tauri bundle` packages the binary cargo just built (no second build with other settings).
TAURI_APP_PATH=src-tauri TAURI_FRONTEND_PATH=ui ui/node_modules/.bin/tauri bundle --ci \
  "${bundle_profile[@]}" --bundles deb --config "$root/tauri.conf.json" --config "$tmp/paths.json"

if [ ! -f "$deb" ]; then
  echo "build-deb: the bundler finished but $deb is not there" >&2
  exit 1
fi
# The bundler's staging copy of the package's files (as big as the .deb unpacked) is not needed.
rm -rf "${deb%.deb}"
echo "$deb" >&3

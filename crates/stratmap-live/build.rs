//! The live session's pages are embedded from `ui/dist-live/`; without them the host would serve
//! nothing, so the build stops and says how to make them.

use std::path::Path;

fn main() {
    // Read when the script runs, not when it was compiled: a build script compiled for one
    // checkout may be reused by another at a different path sharing the target directory.
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default();
    let pages = Path::new(&manifest_dir).join("../../ui/dist-live");
    println!("cargo:rerun-if-changed={}", pages.display());
    for page in ["live.html", "facilitator.html"] {
        if !pages.join(page).is_file() {
            panic!(
                "the live session's pages are not built ({} is missing): run `cd ui && npm ci && npm run build` first",
                pages.join(page).display()
            );
        }
    }
}

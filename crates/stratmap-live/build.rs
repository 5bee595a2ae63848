//! The live session's pages are embedded from `ui/dist-live/`; without them the host would serve
//! nothing, so the build stops and says how to make them.

use std::path::Path;

fn main() {
    let pages = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/dist-live");
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

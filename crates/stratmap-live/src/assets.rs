//! The participants' and facilitator's pages, built by `npm run build` in `ui/` into
//! `ui/dist-live/` and embedded in the binary: nothing beside the executable is needed to host.

use include_dir::{Dir, include_dir};

static PAGES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../ui/dist-live");

/// A built file and its content type.
pub fn file(path: &str) -> Option<(&'static [u8], &'static str)> {
    let file = PAGES.get_file(path)?;
    let kind = match path.rsplit('.').next() {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("woff2") => "font/woff2",
        Some("json") => "application/json",
        _ => "application/octet-stream",
    };
    Some((file.contents(), kind))
}

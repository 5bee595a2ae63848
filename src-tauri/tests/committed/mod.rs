//! Files generated from the core and committed for the UI: a test compares what it generates with
//! the committed file, and `STRATMAP_WRITE_BINDINGS=1` rewrites it.

use std::path::Path;

/// Fails, naming the first differing line, when `relative` (from `src-tauri`) is not `fresh`.
pub fn assert_committed(relative: &str, fresh: &str, test_name: &str) {
    let committed_path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    if std::env::var_os("STRATMAP_WRITE_BINDINGS").is_some() {
        std::fs::write(&committed_path, fresh).expect("write the generated file");
    }
    let committed = std::fs::read_to_string(&committed_path).unwrap_or_default();
    let first_difference = committed
        .lines()
        .zip(fresh.lines())
        .enumerate()
        .find(|(_, (old, new))| old != new)
        .map(|(n, (old, new))| format!("line {}: committed {old:?}, now {new:?}", n + 1));
    assert!(
        committed == fresh,
        "{first_difference:?}\n{relative} is out of date; regenerate it with \
         STRATMAP_WRITE_BINDINGS=1 cargo test -p stratmap-app --test {test_name}"
    );
}

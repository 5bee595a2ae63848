//! The UI's TypeScript bindings are generated from the shell's commands. This test regenerates
//! them and fails when the committed `ui/src/bindings.ts` differs, so the two never drift.
//! After changing a command: `STRATMAP_WRITE_BINDINGS=1 cargo test -p stratmap-app --test bindings`.

use std::path::Path;

#[test]
fn committed_bindings_match_the_commands() {
    let committed_path = Path::new(env!("CARGO_MANIFEST_DIR")).join(stratmap_app::BINDINGS_PATH);
    let fresh_dir = tempfile::tempdir().unwrap();
    let fresh_path = fresh_dir.path().join("bindings.ts");
    stratmap_app::specta_builder()
        .export(stratmap_app::typescript(), &fresh_path)
        .expect("bindings export");
    let fresh = std::fs::read_to_string(&fresh_path).unwrap();
    if std::env::var_os("STRATMAP_WRITE_BINDINGS").is_some() {
        std::fs::write(&committed_path, &fresh).unwrap();
    }
    let committed = std::fs::read_to_string(&committed_path).unwrap_or_default();
    assert!(
        committed == fresh,
        "ui/src/bindings.ts is out of date; regenerate it with STRATMAP_WRITE_BINDINGS=1 cargo test -p stratmap-app --test bindings"
    );
}

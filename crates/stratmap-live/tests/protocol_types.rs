//! The pages' TypeScript wire types are generated from `protocol.rs`. This test regenerates them
//! and fails when the committed `ui/src/live/protocol.ts` differs.
//! After changing a message: `STRATMAP_WRITE_BINDINGS=1 cargo test -p stratmap-live --test protocol_types`.

use std::path::Path;

#[test]
fn committed_protocol_types_match_the_rust_messages() {
    let committed_path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/live/protocol.ts");
    let fresh = stratmap_live::protocol::typescript().expect("the wire types export");
    if std::env::var_os("STRATMAP_WRITE_BINDINGS").is_some() {
        std::fs::write(&committed_path, &fresh).unwrap();
    }
    let committed = std::fs::read_to_string(&committed_path).unwrap_or_default();
    assert!(
        committed == fresh,
        "ui/src/live/protocol.ts is out of date; regenerate it with STRATMAP_WRITE_BINDINGS=1 cargo test -p stratmap-live --test protocol_types"
    );
}

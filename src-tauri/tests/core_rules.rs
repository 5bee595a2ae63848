//! The core's rules the UI's test double needs (`ui/mock/core-rules.ts`): the text limits, so the
//! mock refuses exactly what the core refuses. The test fails when the committed file differs.
//! After changing a limit: `STRATMAP_WRITE_BINDINGS=1 cargo test -p stratmap-app --test core_rules`.

use stratmap_core::model::validate::TEXT_LIMITS;

mod committed;

#[test]
fn committed_core_rules_are_the_cores() {
    let limits = serde_json::to_string_pretty(&TEXT_LIMITS).expect("limits as JSON");
    let fresh = format!(
        "// Generated from the core by src-tauri/tests/core_rules.rs: do not edit.\n\
         import type {{ TextLimits }} from \"../src/bindings\";\n\n\
         export const TEXT_LIMITS: TextLimits = {limits};\n"
    );
    committed::assert_committed("../ui/mock/core-rules.ts", &fresh, "core_rules");
}

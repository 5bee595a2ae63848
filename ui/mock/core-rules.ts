// Generated from the core by src-tauri/tests/core_rules.rs: do not edit.
import type { TextLimits } from "../src/bindings";

export const TEXT_LIMITS: TextLimits = {
  "title": 200,
  "notes": 10000,
  "name": 80,
  "owner": 100,
  "tag": 40,
  "pole": 500,
  "reason": 200
};

import { defineConfig } from "vitest/config";
import "./scripts/node20.mjs";

// Unit tests of the UI's pure logic (src/lib/*.ts) and of the mock's copies of core rules against
// the core's answers. The browser tests have their own config.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "mock/**/*.test.ts"],
    environment: "node",
  },
});

import { defineConfig } from "vitest/config";
import "./scripts/node20.mjs";

// Unit tests of the UI's pure logic (src/lib/*.ts). The browser tests have their own config.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
  },
});

import { defineConfig } from "vitest/config";
import "./scripts/node20.mjs";

// Browser tests: Debian's Chromium (playwright-core) on the mocked build in dist-mock/, which
// `npm run test:browser` builds first. One file at a time: each drives a real browser.
export default defineConfig({
  test: {
    include: ["tests/browser/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});

import { defineConfig } from "vitest/config";
import "./scripts/node20.mjs";

// The live session's pages in Debian's Chromium against the real host (`stratmap host`, whose
// binary embeds dist-live/: build the UI, then the CLI). One file at a time: each starts a host
// and a browser with several people in it.
export default defineConfig({
  test: {
    include: ["tests/live/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});

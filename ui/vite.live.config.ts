import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The live session's two pages, served by `stratmap host` (crates/stratmap-live embeds dist-live/):
// live.html for participants' phones and facilitator.html, their code under /assets/. The host's
// CSP allows 'self' only: no inline scripts or styles, so nothing is inlined.
export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  root: here("./live"),
  base: "/",
  build: {
    // Phones of the last few years (Safari 16, Chrome and Firefox of 2023).
    target: ["safari16", "chrome111", "firefox115"],
    outDir: here("./dist-live"),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    cssCodeSplit: false,
    rolldownOptions: {
      input: {
        live: here("./live/live.html"),
        facilitator: here("./live/facilitator.html"),
      },
      // The code both pages share (Svelte, the session, the board).
      output: { chunkFileNames: "assets/shared-[hash].js" },
    },
  },
});

import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The desktop app loads the built files through Tauri's custom protocol; there is no dev server.
// `--mode mock` builds the same app behind a fake backend (mock/) into dist-mock/, for the
// browser tests and the drag benchmark.
export default defineConfig(({ mode }) => ({
  plugins: [svelte()],
  clearScreen: false,
  root: mode === "mock" ? here("./mock") : here("."),
  build: {
    target: mode === "mock" ? "es2022" : "safari16",
    outDir: mode === "mock" ? here("./dist-mock") : here("./dist"),
    emptyOutDir: true,
    // No inline scripts or styles: the CSP allows 'self' only.
    assetsInlineLimit: 0,
    cssCodeSplit: false,
  },
}));

// Screenshots of the mocked UI for looking at it: node scripts/screenshots.mjs [out-dir]
// (run `npm run build:mock` first). Not a test.
import { mkdir } from "node:fs/promises";
import { launch } from "./browser.mjs";
import { MOCK_BUILD, serve } from "./serve.mjs";

const out = process.argv[2] ?? "test-results/screenshots";
await mkdir(out, { recursive: true });
const server = await serve(MOCK_BUILD);
const browser = await launch();
try {
  for (const scheme of /** @type {const} */ (["light", "dark"])) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: scheme });
    page.on("console", (message) => console.log(`[${scheme}] ${message.type()}: ${message.text()}`));
    await page.goto(`${server.url}?scenario=home`);
    await page.getByTestId("create-canvas").waitFor();
    await page.screenshot({ path: `${out}/home-${scheme}.png` });

    await page.goto(`${server.url}?scenario=offsite`);
    await page.getByRole("slider", { name: "Moonshot lab" }).waitFor();
    await page.screenshot({ path: `${out}/canvas-${scheme}.png` });

    await page.getByRole("slider", { name: "Customer success team" }).click();
    await page.getByTestId("details-panel").waitFor();
    await page.screenshot({ path: `${out}/details-${scheme}.png` });

    await page.getByTestId("zoom-fit").click();
    await page.waitForTimeout(100);
    await page.screenshot({ path: `${out}/fit-${scheme}.png` });

    await page.goto(`${server.url}?scenario=offsite-results`);
    await page.getByTestId("present").click();
    await page.getByTestId("presentation").waitFor();
    await page.screenshot({ path: `${out}/present-overview-${scheme}.png` });
    await page.keyboard.press("ArrowRight");
    await page.screenshot({ path: `${out}/present-area-${scheme}.png` });
    await page.keyboard.press("End");
    await page.screenshot({ path: `${out}/present-results-${scheme}.png` });
    await page.close();
  }

  // The theme chosen against the system's: Dark on a light system, the More menu open.
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: "light" });
  await page.addInitScript(() => localStorage.setItem("stratmap.theme", "dark"));
  await page.goto(`${server.url}?scenario=home`);
  await page.getByTestId("create-canvas").waitFor();
  await page.screenshot({ path: `${out}/home-chosen-dark.png` });
  await page.goto(`${server.url}?scenario=offsite`);
  await page.getByRole("slider", { name: "Moonshot lab" }).waitFor();
  await page.getByTestId("more").click();
  await page.screenshot({ path: `${out}/more-theme-chosen-dark.png` });
  await page.close();
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots in ${out}`);

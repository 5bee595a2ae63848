// Landmarks, names that start with the visible label, and Escape on the details panel, in
// Chromium on the mocked build (part of the accessibility pass). Keyboard only where it matters:
// no mouse event is sent in the Escape test.
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { openApp } from "./harness";

/** Buttons whose accessible name leaves out their visible words (speech input says those); a
 *  button showing only a symbol ("+", "−") is named by its purpose instead. */
async function namesWithoutTheirLabel(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("button[aria-label]")]
      .filter((button) => button.getClientRects().length > 0)
      .map((button) => ({
        visible: (button.textContent ?? "").replace(/\s+/g, " ").trim().replace(/…$/, "").toLowerCase(),
        name: (button.getAttribute("aria-label") ?? "").toLowerCase(),
      }))
      .filter(({ visible, name }) => /\p{L}/u.test(visible) && !name.includes(visible))
      .map(({ visible, name }) => `"${visible}" is named "${name}"`),
  );
}

describe("landmarks and names", () => {
  test("the canvas has one main region and one banner, the toolbar; lanes' headers are not banners", async () => {
    const app = await openApp("basic");
    await app.card("Best product").waitFor();
    expect(await app.page.getByRole("main").count()).toBe(1);
    expect(await app.page.getByRole("banner").count()).toBe(1);
    expect(await app.page.getByRole("banner").getByTestId("canvas-title").count()).toBe(1);
    expect(await app.page.getByRole("main").getByRole("group", { name: "End goal" }).count()).toBe(1);
  });

  test("the home screen is one main region", async () => {
    const app = await openApp("home");
    await app.page.getByTestId("library").waitFor();
    expect(await app.page.getByRole("main").count()).toBe(1);
  });

  test("every button's name holds the words it shows, on the board and in the snapshots panel", async () => {
    const app = await openApp("basic");
    await app.card("Best product").waitFor();
    expect(await namesWithoutTheirLabel(app.page)).toEqual([]);
    await app.page.getByRole("button", { name: "Add initiative to End goal" }).waitFor();
    await app.page.getByTestId("tool-snapshots").click();
    await app.page.getByLabel("Take a snapshot of the canvas as it is now").fill("Day 1");
    await app.page.keyboard.press("Enter");
    await app.page.getByRole("button", { name: "Compare with now: “Day 1”" }).waitFor();
    expect(await namesWithoutTheirLabel(app.page)).toEqual([]);
  });
});

describe("the details panel by keyboard", () => {
  test("Escape closes it and gives the keyboard back to its card", async () => {
    const app = await openApp("basic");
    const card = app.card("Best product");
    await card.focus();
    await app.page.keyboard.press(" ");
    const panel = app.page.getByTestId("details-panel");
    await panel.waitFor();
    // Into the panel by keyboard: Tab until the focus is inside it.
    for (let i = 0; i < 80 && !(await panel.evaluate((p) => p.contains(document.activeElement))); i += 1) {
      await app.page.keyboard.press("Tab");
    }
    expect(await panel.evaluate((p) => p.contains(document.activeElement))).toBe(true);
    await app.page.keyboard.press("Escape");
    await expect.poll(() => panel.count()).toBe(0);
    await expect.poll(() => card.evaluate((c) => c === document.activeElement)).toBe(true);
  });
});

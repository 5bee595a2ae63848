// The page zoomed to 200 % (WCAG 1.4.4 and 1.4.10): a 1440×900 window is then 720×450 CSS pixels
// at two device pixels each. On the "long-title" canvas: every control above the board is whole
// on screen, the title is readable, the page never scrolls sideways (the board scrolls inside
// itself), and the board keeps its text at its CSS size instead of fitting it back down.
import { describe, expect, test } from "vitest";
import { openApp, type App } from "./harness";

const TITLE = "Q3 leadership offsite — customer focus";
const ZOOMED = { viewport: { width: 720, height: 450 }, deviceScaleFactor: 2 };

async function openZoomed(colorScheme: "light" | "dark"): Promise<App> {
  const app = await openApp("long-title", { ...ZOOMED, colorScheme });
  await app.card("Best product").waitFor();
  return app;
}

/** Controls above the board that are cut, outside the window, or drawn on top of one another. */
function cutControls(app: App): Promise<string[]> {
  return app.page.evaluate(() => {
    const name = (el: Element) => el.getAttribute("aria-label") ?? el.textContent?.trim() ?? el.tagName;
    const boxes = [...document.querySelectorAll(".toolbar button, .toolbar input, .tools button")].map((el) => ({ el, box: el.getBoundingClientRect() }));
    const problems = boxes.flatMap(({ el, box }) => {
      if (box.left < 0 || box.top < 0 || box.right > innerWidth || box.bottom > innerHeight) return [`${name(el)} is outside the window (${Math.round(box.left)}–${Math.round(box.right)} of ${innerWidth})`];
      return el.tagName === "BUTTON" && el.scrollWidth > el.clientWidth ? [`${name(el)} shows its label cut`] : [];
    });
    for (const [index, a] of boxes.entries()) {
      for (const b of boxes.slice(index + 1)) {
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        if (a.box.left < b.box.right && b.box.left < a.box.right && a.box.top < b.box.bottom && b.box.top < a.box.bottom) problems.push(`${name(a.el)} overlaps ${name(b.el)}`);
      }
    }
    return problems;
  });
}

describe("the canvas at 200 % page zoom (720×450 CSS pixels)", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`(${colorScheme}) nothing above the board is cut off, and every action is shown or in More`, async () => {
      const app = await openZoomed(colorScheme);
      expect(await cutControls(app)).toEqual([]);
      for (const action of ["Present", "Live session", "Snapshots", "Fit", "More"]) {
        expect(await app.page.getByRole("button", { name: action, exact: true }).isVisible(), action).toBe(true);
      }
      await app.page.getByRole("button", { name: "More", exact: true }).click();
      const inMore = (await app.page.getByRole("menu").getByRole("menuitem").allTextContents()).map((text) => text.trim());
      expect(inMore).toEqual(expect.arrayContaining(["Save a copy…", "Import…", "Export…"]));
      const menu = await app.page.getByRole("menu").boundingBox();
      expect(menu && menu.x >= 0 && menu.x + menu.width <= 720).toBe(true);
    });
  }

  test("Export… from More opens its panel whole inside the window", async () => {
    const app = await openZoomed("light");
    await app.page.getByRole("button", { name: "More", exact: true }).click();
    await app.page.getByRole("menuitem", { name: "Export…" }).click();
    const box = await app.page.getByRole("dialog", { name: "Export" }).boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 720 && box.y + box.height <= 450).toBe(true);
  });

  test("the page does not scroll sideways, with or without a side panel open", async () => {
    const app = await openZoomed("light");
    const pageScrollsSideways = () => app.page.evaluate(() => document.scrollingElement!.scrollWidth > innerWidth);
    expect(await pageScrollsSideways()).toBe(false);
    await app.page.getByTestId("tool-snapshots").click();
    await app.page.getByTestId("snapshots-panel").waitFor();
    expect(await pageScrollsSideways()).toBe(false);
  });

  test("the title is readable: most of it shown, the whole of it on hover", async () => {
    const app = await openZoomed("light");
    const title = app.page.getByTestId("canvas-title");
    expect(await title.getAttribute("title")).toBe(TITLE);
    const shown = await title.evaluate((el) => el.clientWidth / el.scrollWidth);
    expect(shown).toBeGreaterThan(0.6);
  });

  test("the board's text keeps its CSS size: the board opens at 100 % and scrolls inside itself", async () => {
    const app = await openZoomed("light");
    const title = app.card("Best product").locator(".title");
    // The scale it is drawn at: its height on screen over its height in CSS pixels.
    const scale = await title.evaluate((el) => el.getBoundingClientRect().height / (el as HTMLElement).offsetHeight);
    expect(scale).toBeGreaterThanOrEqual(1);
    expect(await app.page.getByTestId("board").evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  });
});

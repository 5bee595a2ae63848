// The canvas toolbar at the window sizes it is used at (a laptop, a projector at 1024×768, a
// mirrored screen at 900×600), on the mocked build's "long-title" canvas: every action is either
// whole on screen, overlapping nothing, or in the More menu and working from there.
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { openApp, type App } from "./harness";

const TITLE = "Q3 leadership offsite — customer focus";
const SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
  { width: 900, height: 600 },
];

/** Every action above the board, by the name a user (or a screen reader) knows it by. */
const ACTIONS = [
  "Home", "Undo", "Redo", "Zoom out", "Zoom in", "Fit", "Title and axis labels…", "Save a copy…", "Import…", "Export…",
  "Snapshots", "Self-assessment", "Dot voting", "Decision log", "Live session", "Present",
];

/** Resizes the window and lets two frames pass: media queries report changes in the next one. */
async function resize(page: Page, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

async function openAt(size: { width: number; height: number }, colorScheme: "light" | "dark" = "light"): Promise<App> {
  const app = await openApp("long-title", { colorScheme });
  await app.page.getByTestId("canvas-title").waitFor({ state: "attached" });
  await resize(app.page, size);
  return app;
}

/**
 * What is wrong with the controls above the board as they are drawn: any that sticks out of the
 * window, overlaps another, or shows its text cut. The title may be shortened only where it
 * carries its whole text for hover.
 */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const name = (el: Element) => el.getAttribute("aria-label") ?? el.getAttribute("data-testid") ?? el.textContent?.trim() ?? el.tagName;
    const controls = [...document.querySelectorAll<HTMLElement>(".toolbar button, .toolbar input, .toolbar .percent, .toolbar [role=status], .tools button")];
    const boxes = controls.map((el) => ({ el, box: el.getBoundingClientRect() }));
    for (const { el, box } of boxes) {
      if (box.width === 0 || box.height === 0) problems.push(`${name(el)} is not drawn`);
      if (box.left < 0 || box.top < 0 || box.right > innerWidth || box.bottom > innerHeight) {
        problems.push(`${name(el)} sticks out of the window (${Math.round(box.left)}–${Math.round(box.right)} of ${innerWidth})`);
      }
      if (el.tagName === "BUTTON" && el.scrollWidth > el.clientWidth) problems.push(`${name(el)} shows its label cut`);
    }
    for (const [index, a] of boxes.entries()) {
      for (const b of boxes.slice(index + 1)) {
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const overlap = a.box.left < b.box.right && b.box.left < a.box.right && a.box.top < b.box.bottom && b.box.top < a.box.bottom;
        if (overlap) problems.push(`${name(a.el)} overlaps ${name(b.el)}`);
      }
    }
    // The title's two lines stay inside their button (not behind the search box).
    const titleButton = document.querySelector("[data-testid=edit-canvas]")!.getBoundingClientRect();
    for (const line of document.querySelectorAll<HTMLElement>("[data-testid=edit-canvas] > *")) {
      const box = line.getBoundingClientRect();
      if (box.left < titleButton.left || box.right > titleButton.right) problems.push(`"${line.textContent}" spills out of the title`);
      if (line.scrollWidth > line.clientWidth && line.title !== line.textContent) problems.push(`"${line.textContent}" is cut with no hover text`);
    }
    // The search box's hint fits whole: typed out, the same text needs no scrolling.
    const search = document.querySelector<HTMLInputElement>("[data-testid=search]")!;
    const typed = search.value;
    search.value = search.placeholder;
    if (search.scrollWidth > search.clientWidth) problems.push(`the search box is too narrow for "${search.placeholder}"`);
    search.value = typed;
    return problems;
  });
}

/** The actions shown in the toolbar rows, and those in the More menu (opened, read, closed). */
async function reachableActions(app: App): Promise<{ shown: string[]; inMore: string[] }> {
  const shown: string[] = [];
  for (const action of ACTIONS) {
    const control = app.page.locator(".toolbar, .tools").getByRole("button", { name: action, exact: true });
    if ((await control.count()) === 1 && (await control.isVisible())) shown.push(action);
  }
  const more = app.page.getByRole("button", { name: "More", exact: true });
  if ((await more.count()) === 0) return { shown, inMore: [] };
  await more.click();
  const inMore = await app.page.getByRole("menu").getByRole("menuitem").allTextContents();
  await app.page.keyboard.press("Escape");
  return { shown, inMore: inMore.map((text) => text.trim()) };
}

describe("the toolbar at every window size", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    for (const size of SIZES) {
      test(`${size.width}×${size.height} (${colorScheme}): every control is whole on screen and overlaps no other`, async () => {
        const app = await openAt(size, colorScheme);
        expect(await layoutProblems(app.page)).toEqual([]);
        // Filtering adds the count of matches beside the search box.
        await app.page.getByTestId("search").fill("owner:ana");
        await app.page.getByTestId("match-count").waitFor();
        expect(await layoutProblems(app.page)).toEqual([]);
      });

      test(`${size.width}×${size.height} (${colorScheme}): every action is in the toolbar or in More, once`, async () => {
        const app = await openAt(size, colorScheme);
        const { shown, inMore } = await reachableActions(app);
        expect([...shown, ...inMore].sort()).toEqual([...ACTIONS].sort());
      });
    }
  }

  test("the title shows whole at 1440 and 1280, and carries its whole text for hover at every size", async () => {
    const app = await openAt(SIZES[0]!);
    const title = app.page.getByTestId("canvas-title");
    for (const size of SIZES) {
      await resize(app.page, size);
      expect(await title.getAttribute("title")).toBe(TITLE);
      const cut = await title.evaluate((el) => el.scrollWidth > el.clientWidth);
      if (size.width >= 1280) expect(cut, `the title is cut at ${size.width}`).toBe(false);
    }
  });

  test("at 1280×800 Import… and Export… stay whole in the toolbar, one click away", async () => {
    const app = await openAt(SIZES[1]!);
    for (const control of [app.page.getByTestId("import"), app.page.getByTestId("export")]) {
      const box = await control.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= SIZES[1]!.width).toBe(true);
    }
    await app.page.getByTestId("import").click();
    await expect.poll(() => app.calls("import_dialog").then((calls) => calls.length)).toBe(1);
    await app.page.getByTestId("export").click();
    expect(await app.page.getByRole("dialog", { name: "Export" }).isVisible()).toBe(true);
  });
});

describe("the More menu", () => {
  test("at 900×600 Export… from More opens the export panel, whole on screen, and exports", async () => {
    const app = await openAt(SIZES[3]!);
    await app.page.getByRole("button", { name: "More", exact: true }).click();
    await app.page.getByRole("menuitem", { name: "Export…" }).click();
    const panel = app.page.getByRole("dialog", { name: "Export" });
    const box = await panel.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 900 && box.y + box.height <= 600).toBe(true);
    expect(await app.page.getByRole("menu").count()).toBe(0);
    await app.page.getByTestId("export-pdf").check();
    await app.page.getByTestId("export-run").click();
    await expect.poll(() => app.page.getByTestId("notice").textContent()).toContain(".pdf");
    const calls = await app.calls("export_dialog");
    expect(calls[0]?.args.request).toEqual({ kind: "pdf", page: "a4", compare: null });
  });

  test("at 900×600 Import…, Save a copy… and the title dialog work from More", async () => {
    const app = await openAt(SIZES[3]!);
    const more = app.page.getByRole("button", { name: "More", exact: true });
    await more.click();
    await app.page.getByRole("menuitem", { name: "Import…" }).click();
    await expect.poll(() => app.calls("import_dialog").then((calls) => calls.length)).toBe(1);
    await more.click();
    await app.page.getByRole("menuitem", { name: "Save a copy…" }).click();
    await expect.poll(() => app.calls("save_copy_dialog").then((calls) => calls.length)).toBe(1);
    await more.click();
    await app.page.getByRole("menuitem", { name: "Title and axis labels…" }).click();
    expect(await app.page.getByTestId("canvas-title-input").inputValue()).toBe(TITLE);
  });

  test("opens with Enter or Space, arrows move, Escape closes and gives the focus back", async () => {
    const app = await openAt(SIZES[3]!);
    const more = app.page.getByRole("button", { name: "More", exact: true });
    const focused = () => app.page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
    expect(await more.getAttribute("aria-haspopup")).toBe("menu");
    expect(await more.getAttribute("aria-expanded")).toBe("false");

    await more.focus();
    await app.page.keyboard.press("Enter");
    await expect.poll(() => more.getAttribute("aria-expanded")).toBe("true");
    // The actions, then the theme's choices (menu item radios): the arrows go through them all.
    const items = (await app.page.getByRole("menu").locator('[role="menuitem"], [role="menuitemradio"]').allTextContents()).map((text) => text.trim());
    expect(items.slice(-3).map((text) => text.replace("✓", ""))).toEqual(["System", "Light", "Dark"]);
    await expect.poll(focused).toBe(items[0]);
    await app.page.keyboard.press("ArrowDown");
    await expect.poll(focused).toBe(items[1]);
    await app.page.keyboard.press("ArrowUp");
    await app.page.keyboard.press("ArrowUp");
    await expect.poll(focused).toBe(items.at(-1));
    await app.page.keyboard.press("Home");
    await expect.poll(focused).toBe(items[0]);
    await app.page.keyboard.press("Escape");
    await expect.poll(() => app.page.getByRole("menu").count()).toBe(0);
    expect(await more.getAttribute("aria-expanded")).toBe("false");
    expect(await more.evaluate((el) => el === document.activeElement)).toBe(true);

    await app.page.keyboard.press(" ");
    await expect.poll(focused).toBe(items[0]);
    await app.page.keyboard.press("Escape");
    await expect.poll(() => more.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  test("Export… chosen with the keyboard puts the focus in the panel; Escape gives it back to More", async () => {
    const app = await openAt(SIZES[3]!);
    const more = app.page.getByRole("button", { name: "More", exact: true });
    await more.focus();
    await app.page.keyboard.press("ArrowDown");
    // Export… is the last action, before the theme's three choices.
    await app.page.keyboard.press("End");
    for (let step = 0; step < 3; step += 1) await app.page.keyboard.press("ArrowUp");
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Export…");
    await app.page.keyboard.press("Enter");
    await expect.poll(() => app.page.getByTestId("export-png").evaluate((el) => el === document.activeElement)).toBe(true);
    await app.page.keyboard.press("Escape");
    await expect.poll(() => app.page.getByRole("dialog", { name: "Export" }).count()).toBe(0);
    expect(await more.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  test("a click outside closes it", async () => {
    const app = await openAt(SIZES[2]!);
    await app.page.getByRole("button", { name: "More", exact: true }).click();
    await expect.poll(() => app.page.getByRole("menu").count()).toBe(1);
    await app.page.getByText("Drag cards along the axis").click();
    await expect.poll(() => app.page.getByRole("menu").count()).toBe(0);
  });
});

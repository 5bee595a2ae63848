// The board's scale and scrolling as a user sees them, in Chromium on the mocked build ("offsite":
// the full template, eight lanes, taller than the window at any readable zoom).
import type { Locator } from "playwright-core";
import { describe, expect, test } from "vitest";
import { bandBox, openApp, type App } from "./harness";

type Box = { x: number; y: number; width: number; height: number };

async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox();
  if (!found) throw new Error("not on screen");
  return found;
}

/** The percentage the toolbar shows. */
const zoomShown = (app: App) => app.page.getByRole("group", { name: "Zoom" }).getByText(/^\d+%$/).textContent();

const board = (app: App) => app.page.getByTestId("board");

/** The part of the board the user can see (without its scrollbars). */
function visibleArea(app: App): Promise<Box> {
  return board(app).evaluate((element) => {
    const rect = element.getBoundingClientRect();
    return { x: rect.left, y: rect.top, width: element.clientWidth, height: element.clientHeight };
  });
}

function inside(inner: Box, outer: Box): boolean {
  return inner.x >= outer.x - 0.5 && inner.y >= outer.y - 0.5 && inner.x + inner.width <= outer.x + outer.width + 0.5 && inner.y + inner.height <= outer.y + outer.height + 0.5;
}

const lanes = (app: App) => app.page.locator("section.lane");

function scrollBoard(app: App, to: { left?: number; top?: number }): Promise<void> {
  return board(app).evaluate((element, target) => {
    element.scrollTo({ ...target, behavior: "instant" });
  }, to);
}

/** Waits until the board has redrawn at `percent`, after a zoom (which scrolls on the next frame). */
async function zoomedTo(app: App, percent: string): Promise<void> {
  await expect.poll(() => zoomShown(app)).toBe(percent);
  await app.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

describe("a side panel opening or closing", () => {
  test("the details panel leaves the zoom and the cards' size and place alone", async () => {
    const app = await openApp("offsite");
    const card = app.card("Best-in-class hardware");
    const zoom = await zoomShown(app);
    const before = await box(card);
    await card.click();
    await app.page.getByTestId("details-panel").waitFor();
    expect(await zoomShown(app)).toBe(zoom);
    const open = await box(card);
    expect(open.width).toBeCloseTo(before.width, 1);
    expect(open.height).toBeCloseTo(before.height, 1);
    expect(Math.abs(open.x - before.x)).toBeLessThan(2);
    expect(Math.abs(open.y - before.y)).toBeLessThan(2);

    await app.page.getByTestId("close-details").click();
    await app.page.getByTestId("details-panel").waitFor({ state: "detached" });
    expect(await zoomShown(app)).toBe(zoom);
    const closed = await box(card);
    expect(closed.width).toBeCloseTo(before.width, 1);
    expect(Math.abs(closed.x - before.x)).toBeLessThan(2);
  });

  test("the self-assessment panel leaves the zoom and the cards' size alone", async () => {
    const app = await openApp("offsite");
    const card = app.card("Moonshot lab");
    const zoom = await zoomShown(app);
    const before = await box(card);
    await app.page.getByTestId("tool-assessment").click();
    await app.page.getByTestId("assessment-panel").waitFor();
    expect(await zoomShown(app)).toBe(zoom);
    const open = await box(card);
    expect(open.width).toBeCloseTo(before.width, 1);
    expect(Math.abs(open.x - before.x)).toBeLessThan(2);

    await app.page.getByTestId("tool-assessment").click();
    await app.page.getByTestId("assessment-panel").waitFor({ state: "detached" });
    expect(await zoomShown(app)).toBe(zoom);
    expect((await box(card)).width).toBeCloseTo(before.width, 1);
  });

  test("a narrower window keeps the zoom; the board scrolls sideways instead", async () => {
    const app = await openApp("offsite");
    const card = app.card("Moonshot lab");
    const zoom = await zoomShown(app);
    const before = await box(card);
    await app.page.setViewportSize({ width: 1000, height: 800 });
    await expect.poll(() => board(app).evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    expect(await zoomShown(app)).toBe(zoom);
    expect((await box(card)).width).toBeCloseTo(before.width, 1);
  });

  test("a card near the right edge stays in sight when its details open beside the board", async () => {
    const app = await openApp("offsite");
    const card = app.card("NPS in every KPI");
    await card.click();
    await app.page.getByTestId("details-panel").waitFor();
    await expect.poll(async () => inside(await box(card), await visibleArea(app))).toBe(true);
  });
});

describe("Fit", () => {
  test("fits the board's width to the window and leaves the rest to vertical scrolling", async () => {
    const app = await openApp("offsite");
    await app.page.getByTestId("zoom-in").click();
    await app.page.getByTestId("zoom-in").click();
    await app.page.getByTestId("zoom-fit").click();
    const area = await visibleArea(app);
    const lane = await box(lanes(app).first());
    // The whole width is in view and uses most of it.
    expect(lane.x).toBeGreaterThanOrEqual(area.x);
    expect(lane.x + lane.width).toBeLessThanOrEqual(area.x + area.width);
    expect(lane.width).toBeGreaterThan(area.width * 0.9);
    // The last lane is below the fold, and scrolling down brings it fully into view.
    const last = lanes(app).last();
    expect((await box(last)).y).toBeGreaterThan(area.y + area.height);
    await scrollBoard(app, { top: 1e6 });
    await expect.poll(async () => inside(await box(last), await visibleArea(app))).toBe(true);
    expect(await board(app).evaluate((element) => element.scrollLeft)).toBe(0);
  });
});

describe("zoom shortcuts", () => {
  test("Ctrl with = or +, - and 0 zoom the board, not the page", async () => {
    const app = await openApp("offsite");
    // Whether the app kept the key from the browser (which would zoom the whole page).
    await app.page.evaluate(() => {
      window.addEventListener("keydown", (event) => {
        (window as unknown as { prevented: boolean }).prevented = event.defaultPrevented;
      });
    });
    const prevented = () => app.page.evaluate(() => (window as unknown as { prevented: boolean }).prevented);
    const card = app.card("Moonshot lab");
    const start = Number((await zoomShown(app))?.replace("%", ""));

    await app.page.keyboard.press("Control+Equal");
    await expect.poll(async () => Number((await zoomShown(app))?.replace("%", ""))).toBeGreaterThan(start);
    expect(await prevented()).toBe(true);
    const zoomedIn = Number((await zoomShown(app))?.replace("%", ""));
    await app.page.keyboard.press("Control+Shift+Equal"); // "+" on a US layout
    await expect.poll(async () => Number((await zoomShown(app))?.replace("%", ""))).toBeGreaterThan(zoomedIn);

    await app.page.keyboard.press("Control+Minus");
    await expect.poll(async () => Number((await zoomShown(app))?.replace("%", ""))).toBe(zoomedIn);
    expect(await prevented()).toBe(true);
    await app.page.keyboard.press("Meta+Minus");
    await expect.poll(async () => Number((await zoomShown(app))?.replace("%", ""))).toBeLessThan(zoomedIn);

    // Ctrl+0: actual size, a card at its designed width.
    await app.page.keyboard.press("Control+Digit0");
    await zoomedTo(app, "100%");
    expect(await prevented()).toBe(true);
    expect((await box(card)).width).toBeCloseTo(176, 0);
  });
});

describe("the axis", () => {
  /** The on-screen box of a tick's number on the axis ruler. */
  const tick = (app: App, label: string) => box(app.page.getByTestId("axis").getByText(label, { exact: true }));
  const centre = (b: Box) => b.x + b.width / 2;

  async function expectAlignedWith(app: App, lane: Locator): Promise<void> {
    const band = await bandBox(lane);
    const area = await visibleArea(app);
    for (const [label, x] of [
      ["\u2212100", band.x],
      ["0", band.x + band.width / 2],
      ["+100", band.x + band.width],
    ] as const) {
      const number = await tick(app, label);
      if (x < area.x || x > area.x + area.width) continue; // scrolled out sideways, like the lane
      expect(Math.abs(centre(number) - x)).toBeLessThan(1.5);
    }
  }

  test.each(["light", "dark"] as const)("stays at the top of the board over the last lane, aligned with its track (%s)", async (colorScheme) => {
    const app = await openApp("offsite", { colorScheme });
    const last = lanes(app).last();
    await scrollBoard(app, { top: 1e6 });
    await expect.poll(async () => inside(await box(last), await visibleArea(app))).toBe(true);
    const area = await visibleArea(app);
    for (const label of ["\u2212100", "0", "+100"]) expect(inside(await tick(app, label), area)).toBe(true);
    await expectAlignedWith(app, last);
    // The ruler is drawn over the lanes scrolled under it, not mixed with them.
    const zero = await tick(app, "0");
    const onTop = await app.page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest("[data-testid='axis']") !== null,
      { x: centre(zero) + 40, y: zero.y + zero.height / 2 },
    );
    expect(onTop).toBe(true);
  });

  test("stays aligned with the lanes when zoomed in and scrolled sideways", async () => {
    const app = await openApp("offsite");
    await app.page.getByTestId("zoom-in").click();
    await app.page.getByTestId("zoom-in").click();
    await expect.poll(() => board(app).evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    await scrollBoard(app, { left: 300, top: 900 });
    await expectAlignedWith(app, lanes(app).nth(4));
    const zero = await tick(app, "0");
    expect(inside(zero, await visibleArea(app))).toBe(true);
  });

  test("leaves the first lane uncovered at the top of the board", async () => {
    const app = await openApp("offsite");
    const axis = await box(app.page.getByTestId("axis"));
    const first = await box(lanes(app).first());
    expect(first.y).toBeGreaterThanOrEqual(axis.y + axis.height);
  });
});

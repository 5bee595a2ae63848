// A drag across lanes as a facilitator makes it, and the keyboard after a drag or a lane change,
// in Chromium on the mocked build ("basic": Best product at −40 in End goal, Customer success
// team at +10 in Growth strategy, Referral programme at +70 in Marketing strategy).
import { describe, expect, test } from "vitest";
import { bandBox, drag, openApp, type App } from "./harness";

/** Presses on `title` and carries it, without letting go, to the middle of lane `to`. */
async function carry(app: App, title: string, to: string): Promise<{ x: number; y: number }> {
  const box = await app.card(title).boundingBox();
  const target = await bandBox(app.lane(to));
  if (!box) throw new Error(`no card ${title}`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await app.page.mouse.move(x, y);
  await app.page.mouse.down();
  const end = { x: x + 40, y: target.y + target.height / 2 };
  await app.page.mouse.move(end.x, end.y, { steps: 14 });
  return end;
}

const selectedText = (app: App) => app.page.evaluate(() => window.getSelection()?.toString() ?? "");

describe("dragging across lanes", () => {
  test("the card follows the pointer over another lane, which is highlighted; nothing gets selected", async () => {
    const app = await openApp("basic");
    const at = await carry(app, "Best product", "Marketing strategy");
    // What is under the pointer is the carried card, drawn above the lane it is over.
    const under = await app.page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest("[data-card-id]")?.getAttribute("aria-label") ?? null,
      at,
    );
    expect(under).toBe("Best product");
    expect(await app.lane("Marketing strategy").getAttribute("class")).toContain("drop-target");
    expect(await app.lane("Growth strategy").getAttribute("class")).not.toContain("drop-target");
    expect(await selectedText(app)).toBe("");
    await app.page.mouse.up();
    await expect.poll(() => app.lane("Marketing strategy").getByRole("slider", { name: "Best product" }).count()).toBe(1);
    expect(await app.lane("Marketing strategy").getAttribute("class")).not.toContain("drop-target");
    expect(await selectedText(app)).toBe("");
  });

  test("Escape during a drag cancels it: the card stays, nothing is written", async () => {
    const app = await openApp("basic");
    await app.clearCalls();
    await carry(app, "Best product", "Marketing strategy");
    await app.page.keyboard.press("Escape");
    await app.page.mouse.up();
    expect(await app.lane("End goal").getByRole("slider", { name: "Best product" }).count()).toBe(1);
    expect(await app.card("Best product").getAttribute("aria-valuenow")).toBe("-40");
    expect(await app.calls("move_initiatives")).toEqual([]);
    expect(await app.lane("Marketing strategy").getAttribute("class")).not.toContain("drop-target");
    // Its drawn place is its own again.
    expect(await app.card("Best product").evaluate((el) => (el as HTMLElement).style.translate)).toBe("");
  });
});

describe("the keyboard after a move", () => {
  test("after a drag and a saved reason, the arrow keys go on moving the card", async () => {
    const app = await openApp("basic");
    const band = await bandBox(app.lane("End goal"));
    await drag(app.page, app.card("Best product"), band.width * 0.1, 0);
    await expect.poll(() => app.card("Best product").getAttribute("aria-valuenow")).toBe("-20");
    await app.page.getByTestId("why-input").fill("Customers asked for it");
    await app.page.keyboard.press("Enter");
    await expect.poll(() => app.page.getByTestId("why-prompt").count()).toBe(0);
    await app.page.keyboard.press("ArrowRight");
    await expect.poll(() => app.card("Best product").getAttribute("aria-valuenow")).toBe("-15");
  });

  test("after skipping the reason, the arrow keys go on moving the card", async () => {
    const app = await openApp("basic");
    const band = await bandBox(app.lane("End goal"));
    await drag(app.page, app.card("Best product"), band.width * 0.1, 0);
    await app.page.getByRole("button", { name: "Skip" }).click();
    await app.page.keyboard.press("ArrowLeft");
    await expect.poll(() => app.card("Best product").getAttribute("aria-valuenow")).toBe("-25");
  });

  test("after Alt+↓ takes a card into the next lane, it keeps the focus and the keys", async () => {
    const app = await openApp("basic");
    await app.card("Best product").focus();
    await app.page.keyboard.press("Alt+ArrowDown");
    const moved = app.lane("Growth strategy").getByRole("slider", { name: "Best product" });
    await expect.poll(() => moved.count()).toBe(1);
    await expect.poll(() => moved.evaluate((el) => el === document.activeElement)).toBe(true);
    await app.page.keyboard.press("ArrowRight");
    await expect.poll(() => moved.getAttribute("aria-valuenow")).toBe("-35");
    await app.page.keyboard.press("Alt+ArrowDown");
    const again = app.lane("Marketing strategy").getByRole("slider", { name: "Best product" });
    await expect.poll(() => again.count()).toBe(1);
    await expect.poll(() => again.evaluate((el) => el === document.activeElement)).toBe(true);
  });
});

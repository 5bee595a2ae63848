// The canvas in Chromium, on the mocked build: drag, keyboard, text-not-HTML, undo, errors.
// The "basic" scenario has three cards: Best product (−40, End goal), Customer success team
// (+10, Growth strategy), Referral programme (+70, Marketing strategy).
import { describe, expect, test } from "vitest";
import { bandBox, drag, openApp, type App } from "./harness";

/** Adds "First idea" and "Second idea" with the Add button: both land at 0, in the middle. */
async function addTwoIdeas(app: App): Promise<void> {
  for (const title of ["First idea", "Second idea"]) {
    await app.page.getByTestId("add-initiative-Marketing strategy").click();
    await app.page.getByTestId("initiative-title-input").fill(title);
    await app.page.keyboard.press("Enter");
    await expect.poll(() => app.card(title).count()).toBe(1);
  }
}

describe("the canvas", () => {
  test("lanes and cards carry the accessibility contract", async () => {
    const app = await openApp("basic");
    await expect(app.lane("End goal").count()).resolves.toBe(1);
    const card = app.lane("Marketing strategy").getByRole("slider", { name: "Referral programme" });
    expect(await card.getAttribute("aria-valuemin")).toBe("-100");
    expect(await card.getAttribute("aria-valuemax")).toBe("100");
    expect(await card.getAttribute("aria-valuenow")).toBe("70");
    expect(await card.getAttribute("aria-valuetext")).toBe("+70, customer-centric, Marketing strategy");
    expect(await card.getAttribute("tabindex")).toBe("0");
    expect(await app.card("Best product").getAttribute("aria-valuetext")).toBe("-40, product-centric, Growth strategy".replace("Growth strategy", "End goal"));
    // No target yet: a button that sets one, not a slider reporting a value it does not have.
    await expect(app.page.getByRole("button", { name: "Set target for End goal: no target yet" }).count()).resolves.toBe(1);
    await expect(app.page.getByRole("slider", { name: "Target for End goal" }).count()).resolves.toBe(0);
  });

  test("dragging a card along the axis moves it, in one operation", async () => {
    const app = await openApp("basic");
    const card = app.card("Best product");
    const band = await bandBox(app.lane("End goal"));
    // 30 % of the track's width is 60 steps: −40 → +20.
    await drag(app.page, card, band.width * 0.3, 0);
    await expect.poll(() => card.getAttribute("aria-valuenow")).toBe("20");
    const moves = await app.calls("move_initiatives");
    expect(moves).toHaveLength(1);
    const [move] = moves[0]?.args.moves as { position: number; area_id: string }[];
    expect(move?.position).toBe(20);
    expect(await card.getAttribute("aria-valuetext")).toBe("+20, customer-centric, End goal");
  });

  test("dragging a card into another lane changes its area", async () => {
    const app = await openApp("basic");
    const from = await bandBox(app.lane("End goal"));
    const to = await bandBox(app.lane("Growth strategy"));
    await drag(app.page, app.card("Best product"), 0, to.y + to.height / 2 - (from.y + from.height * 0.2));
    const moved = app.lane("Growth strategy").getByRole("slider", { name: "Best product" });
    await expect.poll(() => moved.count()).toBe(1);
    expect(await app.lane("End goal").locator("[data-card-id]").count()).toBe(0);
    expect(await moved.getAttribute("aria-valuetext")).toBe("-40, product-centric, Growth strategy");
    const moves = await app.calls("move_initiatives");
    expect(moves).toHaveLength(1);
    const growth = await app.page.evaluate(
      () => (window as unknown as { __fake: { core: { open: { areas: { id: string; name: string }[] } } } }).__fake.core.open.areas[1]?.id,
    );
    expect((moves[0]?.args.moves as { area_id: string }[])[0]?.area_id).toBe(growth);
  });

  test("a click is not a move", async () => {
    const app = await openApp("basic");
    await app.card("Best product").click();
    await expect.poll(() => app.page.getByTestId("details-panel").count()).toBe(1);
    expect(await app.calls("move_initiatives")).toHaveLength(0);
  });

  test("arrow keys move a focused card by 5, with Shift by 20, one operation per press", async () => {
    const app = await openApp("basic");
    const card = app.card("Customer success team");
    await card.focus();
    const steps: [string, string][] = [
      ["ArrowRight", "15"],
      ["Shift+ArrowRight", "35"],
      ["ArrowLeft", "30"],
      ["Shift+ArrowLeft", "10"],
    ];
    for (const [key, value] of steps) {
      await app.page.keyboard.press(key);
      await expect.poll(() => card.getAttribute("aria-valuenow")).toBe(value);
    }
    expect(await app.calls("move_initiatives")).toHaveLength(4);
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Customer success team");
  });

  test("a selection moves together: shift-click two cards, drag one", async () => {
    const app = await openApp("basic");
    await app.card("Best product").click();
    await app.card("Customer success team").click({ modifiers: ["Shift"] });
    const band = await bandBox(app.lane("End goal"));
    await drag(app.page, app.card("Best product"), band.width * 0.1, 0);
    await expect.poll(() => app.card("Best product").getAttribute("aria-valuenow")).toBe("-20");
    expect(await app.card("Customer success team").getAttribute("aria-valuenow")).toBe("30");
    const moves = await app.calls("move_initiatives");
    expect(moves).toHaveLength(1);
    expect(moves[0]?.args.moves).toHaveLength(2);
  });

  test("a title with HTML in it shows as literal text", async () => {
    const app = await openApp("basic");
    const title = "<img src=x onerror=alert(1)>";
    await app.page.getByTestId("add-initiative-End goal").click();
    await app.page.getByTestId("initiative-title-input").fill(title);
    await app.page.keyboard.press("Enter");
    const card = app.card(title);
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.locator(".title").textContent()).toBe(title);
    expect(await app.page.locator("img").count()).toBe(0);
    expect(await app.calls("add_initiative")).toHaveLength(1);
    // The harness fails the test if an alert opened or the page raised an error.
  });

  test("two initiatives added in the same place do not cover each other", async () => {
    const app = await openApp("basic");
    await addTwoIdeas(app);
    const first = await app.card("First idea").boundingBox();
    const second = await app.card("Second idea").boundingBox();
    if (!first || !second) throw new Error("a card is not on screen");
    expect(first.x).toBe(second.x);
    const apart = first.y + first.height <= second.y || second.y + second.height <= first.y;
    expect(apart, `${JSON.stringify(first)} and ${JSON.stringify(second)} overlap`).toBe(true);
    // Both stay inside their lane's band.
    const band = await bandBox(app.lane("Marketing strategy"));
    for (const box of [first, second]) {
      expect(box.y).toBeGreaterThanOrEqual(band.y - 1);
      expect(box.y + box.height).toBeLessThanOrEqual(band.y + band.height + 1);
    }
  });

  test("dragging cards drawn apart along the axis keeps each on the row it is drawn on", async () => {
    const app = await openApp("basic");
    await addTwoIdeas(app);
    await app.card("First idea").click();
    await app.card("Second idea").click({ modifiers: ["Shift"] });
    const band = await bandBox(app.lane("Marketing strategy"));
    await drag(app.page, app.card("First idea"), band.width * 0.1, 0);
    await expect.poll(() => app.card("First idea").getAttribute("aria-valuenow")).toBe("20");
    const [call] = await app.calls("move_initiatives");
    const offsets = (call?.args.moves as { lane_offset: number }[]).map((move) => move.lane_offset).sort();
    // Stored where they were drawn (top and bottom rows), not both back in the middle.
    expect(offsets).toEqual([0, 1]);
    const first = await app.card("First idea").boundingBox();
    const second = await app.card("Second idea").boundingBox();
    if (!first || !second) throw new Error("a card is not on screen");
    expect(first.y + first.height <= second.y || second.y + second.height <= first.y).toBe(true);
  });

  test("undo restores the previous position; redo applies it again", async () => {
    const app = await openApp("basic");
    const card = app.card("Referral programme");
    await card.focus();
    await app.page.keyboard.press("Shift+ArrowLeft");
    await expect.poll(() => card.getAttribute("aria-valuenow")).toBe("50");
    await app.page.getByTestId("undo").click();
    await expect.poll(() => card.getAttribute("aria-valuenow")).toBe("70");
    await app.page.keyboard.press("Control+Shift+Z");
    await expect.poll(() => card.getAttribute("aria-valuenow")).toBe("50");
    await app.page.keyboard.press("Control+Z");
    await expect.poll(() => card.getAttribute("aria-valuenow")).toBe("70");
    expect(await app.calls("undo")).toHaveLength(2);
    expect(await app.calls("redo")).toHaveLength(1);
  });

  test("an error from the backend shows its message and keeps the last good view", async () => {
    const app = await openApp("basic");
    const message = "/tmp/a.stratmap: open for editing elsewhere (another Stratmap window or command holds it); close it there and try again";
    await app.page.evaluate((text) => (window as unknown as { __fake: { failNext(c: string, code: string, m: string): void } }).__fake.failNext("move_initiatives", "open_elsewhere", text), message);
    const card = app.card("Customer success team");
    await card.focus();
    await app.page.keyboard.press("ArrowRight");
    await expect.poll(() => app.page.getByTestId("error-message").textContent()).toBe(message);
    expect(await card.getAttribute("aria-valuenow")).toBe("10");
  });

  test("the details panel saves owner, status, impact, tags and notes", async () => {
    const app = await openApp("basic");
    await app.card("Best product").click();
    await app.page.getByTestId("details-owner").fill("Priya");
    await app.page.getByTestId("details-status").selectOption("done");
    await app.page.getByText("3 · High").click();
    await app.page.getByTestId("details-tags").fill("priority, q3");
    await app.page.getByTestId("details-notes").fill("Board asked for this.");
    await app.page.getByTestId("details-save").click();
    await expect.poll(async () => (await app.calls("edit_initiative")).length).toBe(1);
    const [edit] = await app.calls("edit_initiative");
    expect(edit?.args.details).toMatchObject({ title: "Best product", owner: "Priya", status: "done", impact: 3, tags: ["priority", "q3"], notes: "Board asked for this.", target: null });
    await expect.poll(() => app.card("Best product").textContent()).toContain("Priya");
  });

  test("keyboard only: rename with Enter, delete with Delete after confirming", async () => {
    const app = await openApp("basic");
    await app.card("Best product").focus();
    await app.page.keyboard.press("Enter");
    await app.page.getByTestId("card-title-input").fill("Best product, renamed");
    await app.page.keyboard.press("Enter");
    const renamed = app.card("Best product, renamed");
    await expect.poll(() => renamed.count()).toBe(1);
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Best product, renamed");
    await app.page.keyboard.press("Delete");
    await app.page.getByTestId("confirm-delete").waitFor();
    await app.page.keyboard.press("Enter");
    await expect.poll(() => renamed.count()).toBe(0);
    expect(await app.calls("delete_initiatives")).toHaveLength(1);
  });

  test("Escape cancels an inline rename", async () => {
    const app = await openApp("basic");
    await app.card("Best product").focus();
    await app.page.keyboard.press("Enter");
    await app.page.getByTestId("card-title-input").fill("Something else");
    await app.page.keyboard.press("Escape");
    await expect.poll(() => app.card("Best product").count()).toBe(1);
    expect(await app.calls("edit_initiative")).toHaveLength(0);
  });

  test("Alt+↓ moves a card into the next lane", async () => {
    const app = await openApp("basic");
    await app.card("Best product").focus();
    await app.page.keyboard.press("Alt+ArrowDown");
    await expect.poll(() => app.lane("Growth strategy").getByRole("slider", { name: "Best product" }).count()).toBe(1);
  });

  test("the target marker is a slider once set: keys and drag set the area's target", async () => {
    const app = await openApp("basic");
    const target = app.page.getByTestId("target-End goal");
    await target.focus();
    // From no target, an arrow key sets one (from 0) and the marker becomes a slider.
    await app.page.keyboard.press("Shift+ArrowRight");
    await expect.poll(() => target.getAttribute("aria-valuenow")).toBe("20");
    expect(await target.getAttribute("role")).toBe("slider");
    const band = await bandBox(app.lane("End goal"));
    await drag(app.page, target, band.width * 0.2, 0);
    await expect.poll(() => target.getAttribute("aria-valuenow")).toBe("60");
    const sets = await app.calls("set_area_target");
    expect(sets.map((call) => call.args.target)).toEqual([20, 60]);
    await app.page.keyboard.press("Delete");
    await expect.poll(() => target.getAttribute("aria-valuenow")).toBe(null);
    expect(await target.getAttribute("role")).toBe("button");
  });

  test("double-click on empty lane space adds a card there", async () => {
    const app = await openApp("basic");
    const band = await bandBox(app.lane("Growth strategy"));
    await app.page.mouse.dblclick(band.x + band.width * 0.9, band.y + band.height - 8);
    await app.page.getByTestId("initiative-title-input").fill("Advocacy programme");
    await app.page.keyboard.press("Enter");
    const card = app.lane("Growth strategy").getByRole("slider", { name: "Advocacy programme" });
    await expect.poll(() => card.count()).toBe(1);
    const [add] = await app.calls("add_initiative");
    expect(add?.args.position).toBe(80);
    expect(add?.args.laneOffset).toBe(1);
  });

  test("search dims the cards that do not match", async () => {
    const app = await openApp("basic");
    await app.page.getByTestId("search").fill("owner:ana");
    await expect.poll(() => app.page.getByTestId("match-count").textContent()).toBe("1 of 3");
    await expect.poll(() => app.page.locator(".dimmed").count()).toBe(2);
  });

  test("a change made elsewhere shows up", async () => {
    const app = await openApp("basic");
    await app.page.evaluate(() => (window as unknown as { __fake: { moveElsewhere(t: string, p: number): Promise<void> } }).__fake.moveElsewhere("Referral programme", -25));
    await expect.poll(() => app.card("Referral programme").getAttribute("aria-valuenow")).toBe("-25");
  });
});

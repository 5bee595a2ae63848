// Snapshots and compare in Chromium, on the mocked build. The "basic" scenario has three cards:
// Best product (−40, End goal), Customer success team (+10, Growth strategy), Referral programme
// (+70, Marketing strategy).
import { describe, expect, test } from "vitest";
import { drag, openApp, type App } from "./harness";

async function openSnapshots(app: App): Promise<void> {
  await app.page.getByTestId("tool-snapshots").click();
  await app.page.getByTestId("snapshots-panel").waitFor();
}

async function takeSnapshot(app: App, name: string): Promise<void> {
  const field = app.page.getByLabel("Take a snapshot of the canvas as it is now");
  await field.fill(name);
  // Enter submits, as the button does.
  await field.press("Enter");
}

/** Moves "Customer success team" from +10 to +50 with Shift+→ twice (two operations). */
async function moveCustomerSuccess(app: App): Promise<string> {
  const card = app.card("Customer success team");
  await card.focus();
  await app.page.keyboard.press("Shift+ArrowRight");
  await expect.poll(() => card.getAttribute("aria-valuenow")).toBe("30");
  await app.page.keyboard.press("Shift+ArrowRight");
  await expect.poll(() => card.getAttribute("aria-valuenow")).toBe("50");
  return (await card.getAttribute("data-card-id")) ?? "";
}

describe("snapshots and compare", () => {
  test("take a snapshot, move a card, compare with now: a ghost, an arrow and the distance", async () => {
    const app = await openApp("basic");
    await openSnapshots(app);
    await takeSnapshot(app, "Before offsite");
    const listed = app.page.getByTestId("snapshot");
    await expect.poll(() => listed.count()).toBe(1);
    expect(await listed.locator(".name").textContent()).toBe("Before offsite");
    expect(await app.page.getByTestId("snapshot-name").inputValue()).toBe("");
    expect((await app.calls("take_snapshot")).map((call) => call.args.name)).toEqual(["Before offsite"]);

    const id = await moveCustomerSuccess(app);
    await app.page.getByRole("button", { name: "Compare with now: “Before offsite”" }).click();

    const ghost = app.page.locator(`[data-testid="compare-ghost"][data-card-id="${id}"]`);
    const arrow = app.page.locator(`[data-testid="compare-arrow"][data-card-id="${id}"]`);
    await ghost.waitFor();
    expect(await ghost.isVisible()).toBe(true);
    expect(await arrow.isVisible()).toBe(true);
    expect(await ghost.textContent()).toContain("Customer success team");

    // The ghost sits where the card was (+10); the arrow points right, towards the card at +50.
    const ghostBox = await ghost.boundingBox();
    const cardBox = await app.card("Customer success team").boundingBox();
    const arrowBox = await arrow.boundingBox();
    expect(ghostBox && cardBox && ghostBox.x < cardBox.x).toBe(true);
    const middle = (box: { x: number; width: number } | null) => (box ? box.x + box.width / 2 : NaN);
    expect(middle(arrowBox)).toBeGreaterThan(middle(ghostBox));
    expect(middle(arrowBox)).toBeLessThan(middle(cardBox));

    const row = app.page.locator(`[data-testid="change-row"][data-card-id="${id}"]`);
    expect(await row.textContent()).toMatch(/Customer success team\s*\+10 → \+50[\s\S]*\+40\s*towards customer-centric/);
    expect(await app.page.getByTestId("change-row").count()).toBe(1);
    // The areas whose stance the core says changed: only Growth strategy.
    expect(await app.page.locator(".stances li").allTextContents()).toEqual(["Growth strategy+10 → +50"]);
    expect(await app.calls("compare_states")).toEqual([{ cmd: "compare_states", args: { from: "Before offsite", to: "current" } }]);

    // The decorations never take the pointer: the real card is still dragged and moved.
    await drag(app.page, app.card("Customer success team"), -60, 0);
    await expect.poll(async () => (await app.calls("move_initiatives")).length).toBe(3);

    await app.page.getByTestId("clear-comparison").click();
    await expect.poll(() => app.page.getByTestId("compare-overlay").count()).toBe(0);
  });

  test("the From/To chooser compares two snapshots; a comparison with now follows edits", async () => {
    const app = await openApp("basic");
    await openSnapshots(app);
    await takeSnapshot(app, "Day 1");
    await expect.poll(() => app.page.getByTestId("snapshot").count()).toBe(1);
    await moveCustomerSuccess(app);
    await takeSnapshot(app, "Day 2");
    await expect.poll(() => app.page.getByTestId("snapshot").count()).toBe(2);

    await app.page.getByLabel("From", { exact: true }).selectOption("Day 1");
    await app.page.getByLabel("To", { exact: true }).selectOption("Day 2");
    await app.page.getByTestId("compare").click();
    await app.page.getByTestId("compare-results").waitFor();
    expect(await app.page.locator("#compare-heading").textContent()).toBe("Changes “Day 1” → “Day 2”");
    expect(await app.page.getByTestId("change-row").count()).toBe(1);

    // Compared with now, a further move is asked for again and shown.
    await app.page.getByLabel("To", { exact: true }).selectOption("current");
    await app.page.getByTestId("compare").click();
    await expect.poll(() => app.page.locator("#compare-heading").textContent()).toBe("Changes “Day 1” → now");
    const card = app.card("Referral programme");
    await card.focus();
    await app.page.keyboard.press("ArrowLeft");
    await expect.poll(() => app.page.getByTestId("change-row").count()).toBe(2);
  });

  test("viewing a snapshot shows its positions read-only: no key or drag moves a card", async () => {
    const app = await openApp("basic");
    await openSnapshots(app);
    await takeSnapshot(app, "Before offsite");
    await expect.poll(() => app.page.getByTestId("snapshot").count()).toBe(1);
    await moveCustomerSuccess(app);

    await app.page.getByRole("button", { name: "View “Before offsite”" }).click();
    const banner = app.page.getByTestId("snapshot-banner");
    await banner.waitFor();
    expect(await banner.textContent()).toContain("Viewing snapshot “Before offsite” (read-only)");
    const card = app.card("Customer success team");
    await expect.poll(() => card.getAttribute("aria-valuenow")).toBe("10");
    expect(await card.getAttribute("aria-readonly")).toBe("true");
    expect(await app.page.getByRole("button", { name: "Add initiative to End goal" }).count()).toBe(0);

    await app.clearCalls();
    await card.focus();
    await app.page.keyboard.press("ArrowRight");
    await app.page.keyboard.press("Alt+ArrowDown");
    await app.page.keyboard.press("Delete");
    await app.page.keyboard.press("Control+z");
    await drag(app.page, card, 120, 0);
    await app.page.waitForTimeout(200);
    expect(await card.getAttribute("aria-valuenow")).toBe("10");
    const edits = (await app.calls()).filter((call) => !["snapshots", "compare_states"].includes(call.cmd));
    expect(edits).toEqual([]);
    expect(await app.page.getByRole("dialog").count()).toBe(0);

    await app.page.getByTestId("back-to-live").click();
    await expect.poll(() => banner.count()).toBe(0);
    await expect.poll(() => card.getAttribute("aria-valuenow")).toBe("50");
    expect(await card.getAttribute("aria-readonly")).toBeNull();
  });

  test("restore asks in the app, puts the snapshot back, and Undo moves the card again", async () => {
    const app = await openApp("basic");
    await openSnapshots(app);
    await takeSnapshot(app, "Before offsite");
    await expect.poll(() => app.page.getByTestId("snapshot").count()).toBe(1);
    await moveCustomerSuccess(app);
    const card = app.card("Customer success team");

    await app.page.getByRole("button", { name: "Restore “Before offsite”…" }).click();
    const dialog = app.page.getByRole("dialog", { name: "Restore “Before offsite”?" });
    await dialog.waitFor();
    // Cancel first: nothing changes.
    await app.page.getByTestId("cancel-restore").click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await app.calls("restore_snapshot")).toHaveLength(0);

    await app.page.getByRole("button", { name: "Restore “Before offsite”…" }).click();
    await app.page.getByTestId("confirm-restore").click();
    await expect.poll(() => card.getAttribute("aria-valuenow")).toBe("10");
    expect(await app.calls("restore_snapshot")).toHaveLength(1);
    expect(await app.page.getByTestId("notice").textContent()).toContain("Restored snapshot “Before offsite”");

    await app.page.keyboard.press("Control+z");
    await expect.poll(() => card.getAttribute("aria-valuenow")).toBe("50");
  });

  test("a duplicate or empty snapshot name shows the core's error", async () => {
    const app = await openApp("basic");
    await openSnapshots(app);
    await takeSnapshot(app, "Day 1");
    await expect.poll(() => app.page.getByTestId("snapshot").count()).toBe(1);
    await takeSnapshot(app, "Day 1");
    const error = app.page.getByTestId("error-message");
    await error.waitFor();
    expect(await error.textContent()).toBe('a snapshot named "Day 1" already exists on this canvas; choose another name');
    // The name stays in the field to be corrected.
    expect(await app.page.getByTestId("snapshot-name").inputValue()).toBe("Day 1");
    expect(await app.page.getByTestId("snapshot").count()).toBe(1);

    await app.page.getByTestId("snapshot-name").fill("");
    await app.page.getByTestId("take-snapshot").click();
    await expect.poll(() => error.textContent()).toBe("snapshot name must not be empty");
  });

  test("closing the panel leaves the compare and snapshot views", async () => {
    const app = await openApp("basic");
    await openSnapshots(app);
    await takeSnapshot(app, "Day 1");
    await expect.poll(() => app.page.getByTestId("snapshot").count()).toBe(1);
    await app.page.getByRole("button", { name: "View “Day 1”" }).click();
    await app.page.getByTestId("snapshot-banner").waitFor();
    await app.page.getByTestId("close-snapshots").click();
    await expect.poll(() => app.page.getByTestId("snapshot-banner").count()).toBe(0);
    expect(await app.page.getByTestId("snapshots-panel").count()).toBe(0);
  });
});

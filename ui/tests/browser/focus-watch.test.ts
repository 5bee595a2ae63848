// When the focused control goes away under the keyboard (disabled, replaced, deleted), the focus
// moves to a sensible neighbour, never to <body>. Keyboard only: no mouse event is sent.
// "basic": Best product (End goal), Customer success team (Growth strategy), Referral programme
// (Marketing strategy); "offsite": three cards in End goal.
import { describe, expect, test } from "vitest";
import { openApp, type App } from "./harness";

async function pressOn(app: App, testid: string, key = "Enter"): Promise<void> {
  await app.page.getByTestId(testid).focus();
  await app.page.keyboard.press(key);
}

const focusedIn = (app: App, testid: string) =>
  app.page.evaluate((id) => document.querySelector(`[data-testid="${id}"]`)?.contains(document.activeElement) ?? false, testid);

const focusedCardLane = (app: App) =>
  app.page.evaluate(() => {
    const active = document.activeElement;
    if (!active?.matches("[data-card-id]")) return null;
    return active.closest("[role=group]")?.getAttribute("aria-label") ?? null;
  });

/** Opens the voting panel and a round of `allowance` votes, by keyboard. */
async function startRound(app: App, allowance: number): Promise<void> {
  await pressOn(app, "tool-voting");
  await app.page.getByTestId("voting-allowance").focus();
  await app.page.keyboard.press("Control+A");
  await app.page.keyboard.type(String(allowance));
  await app.page.keyboard.press("Enter");
  await app.page.getByTestId("voting-round").waitFor();
}

describe("a control disabled under the keyboard", () => {
  test("Undo, once there is nothing left to undo, hands the focus to Redo", async () => {
    const app = await openApp("basic");
    await app.card("Best product").focus();
    await app.page.keyboard.press("ArrowRight");
    await expect.poll(() => app.card("Best product").getAttribute("aria-valuenow")).toBe("-35");
    await pressOn(app, "undo");
    await expect.poll(() => app.card("Best product").getAttribute("aria-valuenow")).toBe("-40");
    await expect.poll(() => app.page.getByTestId("undo").isDisabled()).toBe(true);
    await expect.poll(() => app.focused()).toBe("redo");
  });

  test("a ballot's +, once the votes are spent, hands the focus to the − beside it", async () => {
    const app = await openApp("basic");
    await startRound(app, 2);
    await app.page.getByTestId("voter-name").focus();
    await app.page.keyboard.type("Lea");
    await app.page.keyboard.press("Enter");
    await app.page.getByRole("button", { name: "Add a vote to Referral programme" }).focus();
    await app.page.keyboard.press("Enter");
    await app.page.keyboard.press("Enter");
    await expect.poll(() => app.page.getByTestId("votes-left").textContent()).toBe("0 of 2 votes left");
    await expect.poll(() => app.focused()).toBe("Remove a vote from Referral programme");
  });
});

describe("a control replaced or removed under the keyboard", () => {
  test("a deleted card hands the focus to a card of its lane", async () => {
    const app = await openApp("offsite");
    await app.card("Whole-journey experience").focus();
    await app.page.keyboard.press("Delete");
    await app.page.getByRole("dialog", { name: "Delete this initiative?" }).waitFor();
    // Delete has the focus in the question.
    await app.page.keyboard.press("Enter");
    await expect.poll(() => app.card("Whole-journey experience").count()).toBe(0);
    await expect.poll(() => focusedCardLane(app)).toBe("End goal");
  });

  test("deleted from the details panel, the card hands the focus to a card of its lane", async () => {
    const app = await openApp("offsite");
    await app.card("Service bundles").focus();
    await app.page.keyboard.press(" ");
    await pressOn(app, "details-delete");
    await app.page.getByRole("dialog", { name: "Delete this initiative?" }).waitFor();
    await app.page.keyboard.press("Enter");
    await expect.poll(() => app.card("Service bundles").count()).toBe(0);
    await expect.poll(() => focusedCardLane(app)).toBe("End goal");
  });

  test("a snapshot's View hands the focus to Back to live, and that back to View", async () => {
    const app = await openApp("basic");
    await pressOn(app, "tool-snapshots");
    await app.page.getByTestId("snapshot-name").focus();
    await app.page.keyboard.type("Day 1");
    await app.page.keyboard.press("Enter");
    await pressOn(app, "view-snapshot");
    await app.page.getByTestId("snapshot-banner").waitFor();
    await expect.poll(() => app.focused()).toBe("stop-viewing");
    await app.page.keyboard.press("Enter");
    await expect.poll(() => app.page.getByTestId("snapshot-banner").count()).toBe(0);
    await expect.poll(() => app.focused()).toBe("view-snapshot");
  });

  test("Start round, gone once the round is open, hands the focus to the first voter's name", async () => {
    const app = await openApp("basic");
    await startRound(app, 3);
    await expect.poll(() => app.focused()).toBe("voter-name");
    // A new round asks first; confirmed, the form goes again, and so does the focus.
    await pressOn(app, "voting-new-round");
    await expect.poll(() => app.focused()).not.toBe("BODY");
    await pressOn(app, "voting-start");
    await app.page.getByTestId("confirm-new-round").waitFor();
    await app.page.keyboard.press("Enter");
    await expect.poll(async () => (await app.calls("start_voting")).length).toBe(2);
    await expect.poll(() => app.focused()).toBe("voter-name");
  });

  test("Reveal votes…, gone once the votes are revealed, leaves the focus in the voting panel", async () => {
    const app = await openApp("basic");
    await startRound(app, 1);
    await app.page.getByTestId("voter-name").focus();
    await app.page.keyboard.type("Ana");
    await app.page.keyboard.press("Enter");
    await app.page.getByRole("button", { name: "Add a vote to Best product" }).focus();
    await app.page.keyboard.press("Enter");
    await pressOn(app, "cast-ballot");
    await expect.poll(async () => (await app.calls("cast_ballot")).length).toBe(1);
    await pressOn(app, "voting-reveal");
    await app.page.getByTestId("confirm-reveal").waitFor();
    await app.page.keyboard.press("Enter");
    await expect.poll(() => app.page.getByTestId("voting-reveal").count()).toBe(0);
    await expect.poll(() => focusedIn(app, "voting-panel")).toBe(true);
    expect(await app.focused()).not.toBe("BODY");
  });
});

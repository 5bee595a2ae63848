// Tab goes through a lane's cards left to right along the axis (as the eye reads the lane), not
// in the order they were added, and a screen reader browses them in that order too. Keyboard
// only: no mouse event is sent. "offsite": End goal's cards were added as Best-in-class
// hardware (−70), Whole-journey experience (+45), Service bundles (+20).
import { describe, expect, test } from "vitest";
import { axNodes, openApp, type App } from "./harness";

/** What Tab reaches after the lane's Add initiative button, up to its target marker. */
async function tabThroughLane(app: App, lane: string): Promise<string[]> {
  await app.page.getByTestId(`add-initiative-${lane}`).focus();
  const reached: string[] = [];
  for (let i = 0; i < 10; i += 1) {
    await app.page.keyboard.press("Tab");
    const now = await app.focused();
    if (now === `target-${lane}`) return reached;
    reached.push(now);
  }
  throw new Error(`Tab never reached the target of ${lane}: ${reached.join(", ")}`);
}

describe("the keyboard order of a lane's cards", () => {
  test("Tab goes left to right along the axis", async () => {
    const app = await openApp("offsite");
    expect(await tabThroughLane(app, "End goal")).toEqual(["Best-in-class hardware", "Service bundles", "Whole-journey experience"]);
    // Shift+Tab goes back the same way.
    await app.page.keyboard.press("Shift+Tab");
    expect(await app.focused()).toBe("Whole-journey experience");
    await app.page.keyboard.press("Shift+Tab");
    expect(await app.focused()).toBe("Service bundles");
  });

  test("a screen reader meets the cards in the same order", async () => {
    const app = await openApp("offsite");
    const lane = axNodes(await app.accessibilityTree()).find((node) => node.role === "group" && node.name === "End goal");
    if (!lane) throw new Error("no End goal group in the accessibility tree");
    const sliders = axNodes(lane).filter((node) => node.role === "slider" && !node.name.startsWith("Target"));
    expect(sliders.map((node) => node.name)).toEqual(["Best-in-class hardware", "Service bundles", "Whole-journey experience"]);
  });

  test("a card moved past another by keyboard keeps the focus and takes its new place in the order", async () => {
    const app = await openApp("offsite");
    const card = app.card("Best-in-class hardware");
    await card.focus();
    // −70 → +30, past Service bundles at +20: five presses, each landing on the card.
    for (let i = 0; i < 5; i += 1) await app.page.keyboard.press("Shift+ArrowRight");
    await expect.poll(() => card.getAttribute("aria-valuenow")).toBe("30");
    expect(await app.calls("move_initiatives")).toHaveLength(5);
    expect(await app.focused()).toBe("Best-in-class hardware");
    await app.page.keyboard.press("ArrowRight");
    await expect.poll(() => card.getAttribute("aria-valuenow")).toBe("35");
    expect(await tabThroughLane(app, "End goal")).toEqual(["Service bundles", "Best-in-class hardware", "Whole-journey experience"]);
  });

  test("a card another window moves past its neighbour keeps the keyboard while the lane re-orders", async () => {
    const app = await openApp("offsite");
    const card = app.card("Service bundles");
    await card.focus();
    // +20 → +90, past Whole-journey experience, changed in another window: the lane re-orders
    // under the keyboard, which nobody here asked for.
    await app.page.evaluate(() => (window as unknown as { __fake: { moveElsewhere(t: string, p: number): Promise<void> } }).__fake.moveElsewhere("Service bundles", 90));
    await expect.poll(() => card.getAttribute("aria-valuenow")).toBe("90");
    await expect.poll(() => app.focused()).toBe("Service bundles");
    await app.page.keyboard.press("ArrowRight");
    await expect.poll(() => card.getAttribute("aria-valuenow")).toBe("95");
  });
});

// What a screen reader is given, read from Chromium's accessibility tree: a card's description
// (owner, status, impact, target, votes, and whether the search leaves it out), an area's target
// marker (a button when there is no target, never a slider reporting 0), and names that start
// with the words a control shows. Keyboard only: no mouse event is sent.
// "offsite": Next-gen product line (Jonas, active, impact 3, target −20); Time horizon has no
// target, End goal +40. "offsite-results": Customer success team has 5 votes.
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { axNodes, openApp, type App, type AxNode } from "./harness";

async function node(app: App, role: string, name: string): Promise<AxNode | undefined> {
  return axNodes(await app.accessibilityTree()).find((candidate) => candidate.role === role && candidate.name === name);
}

/** Buttons whose name does not start with the words they show (speech input says those). */
function namesNotStartingWithTheirLabel(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("button, [role=button]")]
      .filter((button) => button.getClientRects().length > 0 && button.closest("[inert]") === null)
      .map((button) => ({
        shown: (button.textContent ?? "").replace(/\s+/g, " ").trim().replace(/…$/, "").toLowerCase(),
        name: (button.getAttribute("aria-label") ?? button.textContent ?? "").replace(/\s+/g, " ").trim().toLowerCase(),
      }))
      .filter(({ shown, name }) => /\p{L}/u.test(shown) && !name.startsWith(shown))
      .map(({ shown, name }) => `"${shown}" is named "${name}"`),
  );
}

describe("cards", () => {
  test("a card's description carries its owner, status, impact and target", async () => {
    const app = await openApp("offsite");
    const card = await node(app, "slider", "Next-gen product line");
    expect(card?.description).toBe("owner Jonas, status active, impact high, target -20");
    expect(card?.value).toBe("-55");
    // With no target of its own, none is read out.
    expect((await node(app, "slider", "Service bundles"))?.description).toBe("owner Ana, status idea, impact low");
  });

  test("a card left out by the search says so; a matching one does not", async () => {
    const app = await openApp("offsite");
    await app.page.getByTestId("search").focus();
    await app.page.keyboard.type("owner:ana");
    await app.page.getByTestId("match-count").waitFor();
    await expect.poll(async () => (await node(app, "slider", "Next-gen product line"))?.description).toContain("not matching the filter");
    expect((await node(app, "slider", "Service bundles"))?.description).not.toContain("not matching");
    // Cleared, nothing is left out.
    await app.page.keyboard.press("Control+A");
    await app.page.keyboard.press("Delete");
    await expect.poll(async () => (await node(app, "slider", "Next-gen product line"))?.description).not.toContain("not matching");
  });

  test("a card's votes are read out once revealed", async () => {
    const app = await openApp("offsite-results");
    expect((await node(app, "slider", "Customer success team"))?.description).toBe("owner Ana, status planned, impact medium, 5 votes");
    expect((await node(app, "slider", "Moonshot lab"))?.description).toContain("1 vote");
    expect((await node(app, "slider", "Service bundles"))?.description).not.toContain("vote");
  });
});

describe("an area's target marker", () => {
  test("with no target it is a button saying so, not a slider at 0; pressing it sets one at 0", async () => {
    const app = await openApp("offsite");
    expect(await node(app, "slider", "Target for Time horizon")).toBeUndefined();
    expect((await node(app, "button", "Set target for Time horizon: no target yet"))?.value).toBe("");
    const set = await node(app, "slider", "Target for End goal");
    expect(set?.value).toBe("40");
    // (Chromium's tree over CDP leaves aria-valuetext empty: read from the page.)
    const valueText = (area: string) => app.page.getByTestId(`target-${area}`).getAttribute("aria-valuetext");
    expect(await valueText("End goal")).toBe("target +40, customer-centric, End goal");

    await app.page.getByTestId("target-Time horizon").focus();
    await app.page.keyboard.press("Enter");
    await expect.poll(async () => (await node(app, "slider", "Target for Time horizon"))?.value).toBe("0");
    expect(await valueText("Time horizon")).toBe("target 0, balanced, Time horizon");
    expect((await app.calls("set_area_target")).map((call) => call.args.target)).toEqual([0]);
    // The same control, now a slider, keeps the keyboard: the arrows move the new target.
    expect(await app.focused()).toBe("target-Time horizon");
    await app.page.keyboard.press("ArrowRight");
    await expect.poll(async () => (await node(app, "slider", "Target for Time horizon"))?.value).toBe("5");
  });
});

describe("names", () => {
  test("every button's name starts with the words it shows: board, details, snapshots, voting, presentation", async () => {
    const app = await openApp("offsite");
    await app.card("Moonshot lab").waitFor();
    expect(await namesNotStartingWithTheirLabel(app.page)).toEqual([]);
    expect(await node(app, "button", "Add initiative to End goal")).toBeDefined();

    await app.card("Moonshot lab").focus();
    await app.page.keyboard.press(" ");
    await app.page.getByTestId("details-panel").waitFor();
    expect(await namesNotStartingWithTheirLabel(app.page)).toEqual([]);
    await app.page.keyboard.press("Escape");

    await app.page.getByTestId("tool-snapshots").focus();
    await app.page.keyboard.press("Enter");
    await app.page.getByTestId("snapshot-name").focus();
    await app.page.keyboard.type("Day 1");
    await app.page.keyboard.press("Enter");
    await app.page.getByTestId("snapshot").waitFor();
    expect(await node(app, "button", "Compare with now: “Day 1”")).toBeDefined();
    expect(await namesNotStartingWithTheirLabel(app.page)).toEqual([]);

    await app.page.getByTestId("tool-voting").focus();
    await app.page.keyboard.press("Enter");
    await app.page.getByTestId("voting-start").focus();
    await app.page.keyboard.press("Enter");
    await app.page.getByTestId("voter-name").focus();
    await app.page.keyboard.type("Ana");
    await app.page.keyboard.press("Enter");
    await app.page.getByTestId("ballot").waitFor();
    expect(await namesNotStartingWithTheirLabel(app.page)).toEqual([]);

    await app.page.getByTestId("present").focus();
    await app.page.keyboard.press("Enter");
    await app.page.getByTestId("presentation").waitFor();
    expect(await namesNotStartingWithTheirLabel(app.page)).toEqual([]);
  });
});

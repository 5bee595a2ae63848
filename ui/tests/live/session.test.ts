// Two participants and a facilitator through a whole session against the real host: silent
// placement (each sees only their own cards), the reveal, dot voting with hidden totals, and the
// reveal of the votes on every page.
import type { Browser } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { makeCanvas, startHost, type Canvas, type Host } from "./host";
import { addCard, browser, facilitator, participant, phase, row, shot, shows, SEEN_MS, type Person } from "./people";

let chromium: Browser;
let canvas: Canvas;
let host: Host;
const people: Person[] = [];

beforeAll(async () => {
  canvas = await makeCanvas();
  host = await startHost(canvas.file);
  chromium = await browser();
});

afterEach(async () => {
  const seen = people.flatMap((person) => person.problems);
  await Promise.all(people.splice(0).map((person) => person.close()));
  expect(seen).toEqual([]);
});

afterAll(async () => {
  await chromium?.close();
  await host?.stop();
  await canvas?.remove();
});

/** The vote badges on a page's cards, by title. */
async function badges(person: Person): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  for (const card of await person.page.getByRole("slider").all()) {
    const badge = card.getByTestId("votes-badge");
    if ((await badge.count()) > 0) found[(await card.getAttribute("aria-label")) ?? ""] = (await badge.innerText()).replace(/\s+/g, " ").trim();
  }
  return found;
}

describe("a live session", () => {
  test("silent placement, reveal, dot voting and the reveal of the votes", async () => {
    const ana = await participant(chromium, host, "Ana");
    const bo = await participant(chromium, host, "Bo");
    const lead = await facilitator(chromium, host);
    people.push(ana, bo, lead);

    await shows(row(lead, "Ana"), /(^|\s)connected/);
    await shows(row(lead, "Bo"), /(^|\s)connected/);
    await phase(ana, "Lobby");

    await lead.button("Start silent placement").click();
    await phase(ana, "Silent placement");
    await phase(bo, "Silent placement");
    await addCard(ana, "End goal", "Ana's loyalty idea");
    await addCard(bo, "Growth strategy", "Bo's referral idea");

    // Each sees their own card only; the facilitator sees how many, never what.
    await shows(row(lead, "Ana"), /1 draft\b/);
    await shows(row(lead, "Bo"), /1 draft\b/);
    expect(await ana.page.content()).not.toContain("Bo's referral idea");
    expect(await bo.page.content()).not.toContain("Ana's loyalty idea");
    const leadPage = await lead.page.content();
    expect(leadPage).not.toContain("Ana's loyalty idea");
    expect(leadPage).not.toContain("Bo's referral idea");
    expect(await ana.card("Ana's loyalty idea").getAttribute("aria-readonly")).toBeNull();

    await lead.button("Reveal").click();
    for (const person of [ana, bo, lead]) {
      await person.card("Ana's loyalty idea").waitFor({ timeout: SEEN_MS });
      await person.card("Bo's referral idea").waitFor({ timeout: SEEN_MS });
    }
    // Public now: nobody but the facilitator moves them.
    expect(await ana.card("Ana's loyalty idea").getAttribute("aria-readonly")).toBe("true");
    expect(await ana.lane("Growth strategy").getByRole("slider", { name: "Bo's referral idea" }).count()).toBe(1);

    // The facilitator moves a card during the discussion: everyone sees it move.
    await lead.card("Bo's referral idea").focus();
    await lead.card("Bo's referral idea").press("ArrowRight");
    await lead.card("Bo's referral idea").press("ArrowRight");
    for (const person of [ana, bo]) {
      await expect.poll(() => person.card("Bo's referral idea").getAttribute("aria-valuenow"), { timeout: SEEN_MS }).toBe("10");
    }

    expect(await lead.page.getByRole("spinbutton", { name: "Votes per person" }).inputValue()).toBe("3");
    await lead.button("Start dot voting").click();
    await phase(ana, "Dot voting");
    await ana.button("Vote for Bo's referral idea").click();
    await ana.button("Vote for Bo's referral idea").click();
    await shows(ana.page.getByTestId("votes-left"), /^1 vote left$/);
    await ana.button("Submit votes").click();
    await ana.page.getByTestId("votes-submitted").waitFor({ timeout: SEEN_MS });
    await shot(ana, "voting-laptop");
    await phase(bo, "Dot voting");
    await bo.button("Vote for Ana's loyalty idea").click();
    await bo.button("Vote for Bo's referral idea").click();
    await bo.button("Remove vote for Bo's referral idea").click();
    await shows(bo.page.getByTestId("votes-left"), /^2 votes left$/);
    await bo.button("Submit votes").click();
    await shows(row(lead, "Ana"), /\bvoted\b/);
    await shows(row(lead, "Bo"), /\bvoted\b/);

    // No totals anywhere before the reveal.
    for (const person of [ana, bo, lead]) expect(await badges(person)).toEqual({});

    await lead.button("Reveal votes").click();
    for (const person of [ana, bo, lead]) {
      await phase(person, "Votes revealed");
      await expect
        .poll(() => badges(person), { timeout: SEEN_MS })
        .toEqual({ "Ana's loyalty idea": "● 1 vote", "Bo's referral idea": "● 2 votes" });
    }
    await shot(lead, "votes-revealed-facilitator");
  });
});

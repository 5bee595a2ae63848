// Titles and names are text everywhere: markup in them shows literally, runs nothing, and breaks
// neither the CSP nor the page.
import type { Browser } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { makeCanvas, startHost, type Canvas, type Host } from "./host";
import { addCard, browser, facilitator, participant, phase, row, shows, SEEN_MS, type Person } from "./people";

const HOSTILE = "<img src=x onerror=alert(1)>";
const PUBLIC = '"><script>alert(2)</script>';

let chromium: Browser;
let canvas: Canvas;
let host: Host;
const people: Person[] = [];

beforeAll(async () => {
  canvas = await makeCanvas([{ area: "End goal", title: PUBLIC, position: -40 }]);
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

describe("hostile text", () => {
  test("markup in a card's title and a participant's name shows as text", async () => {
    const lead = await facilitator(chromium, host);
    const eve = await participant(chromium, host, "<b>Eve</b>");
    people.push(lead, eve);
    await shows(row(lead, "<b>Eve</b>"), /connected/);

    await lead.button("Start silent placement").click();
    await phase(eve, "Silent placement");
    await addCard(eve, "Growth strategy", HOSTILE);
    expect(await eve.card(HOSTILE).innerText()).toContain(HOSTILE);
    expect(await eve.card(PUBLIC).innerText()).toContain(PUBLIC);

    await lead.button("Reveal").click();
    for (const person of [eve, lead]) {
      // Eve's own card is on her page before the reveal: wait for the reveal to name its owner.
      await shows(person.card(HOSTILE), /<b>Eve<\/b>/);
      expect(await person.card(HOSTILE).innerText()).toContain(HOSTILE);
      // Nothing was parsed as markup: no image, no script beyond the page's own, no bold name.
      expect(await person.page.locator("img").count()).toBe(0);
      expect(await person.page.locator("b").count()).toBe(0);
      expect(await person.page.locator("body script").count()).toBe(0);
    }

    await lead.button("Start dot voting").click();
    await phase(eve, "Dot voting");
    await eve.button(`Vote for ${HOSTILE}`).click();
    await eve.button("Submit votes").click();
    await eve.page.getByTestId("votes-submitted").waitFor({ timeout: SEEN_MS });
    await lead.button("Reveal votes").click();
    await phase(eve, "Votes revealed");
    await shows(eve.page.getByRole("region", { name: "Vote totals" }), /<img src=x onerror=alert\(1\)> Growth strategy 1 vote/);
    // Give a late onerror or script a moment to show itself before the problems are counted.
    await eve.page.waitForTimeout(300);
  });
});

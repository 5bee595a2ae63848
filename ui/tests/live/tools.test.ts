// The facilitator's tools as participants notice them: the timer on every device, a summon that
// brings a lane into view, the lobby closing, a removal; and refusals said in words while the
// host goes on serving.
import type { Browser } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { makeCanvas, startHost, type Canvas, type Host } from "./host";
import { browser, facilitator, noSidewaysScroll, openLink, participant, phase, PHONE, row, shot, shows, SEEN_MS, tinyTargets, type Person } from "./people";

let chromium: Browser;
let canvas: Canvas;
let host: Host;
const people: Person[] = [];

beforeAll(async () => {
  // Cards close together stack in rows: the lanes grow, and the last one starts below a phone's fold.
  canvas = await makeCanvas([
    ...[-10, 0, 10, 20].map((position, index) => ({ area: "End goal", title: `Goal ${index + 1}`, position })),
    ...[-30, -25, -20].map((position, index) => ({ area: "Growth strategy", title: `Growth ${index + 1}`, position })),
  ]);
  host = await startHost(canvas.file);
  chromium = await browser();
});

afterEach(async () => {
  // A refused join is an HTTP error status, which Chromium logs; nothing else may go wrong.
  const seen = people
    .flatMap((person) => person.problems)
    .filter((problem) => !/Failed to load resource: the server responded with a status of 422/.test(problem));
  await Promise.all(people.splice(0).map((person) => person.close()));
  expect(seen).toEqual([]);
});

afterAll(async () => {
  await chromium?.close();
  await host?.stop();
  await canvas?.remove();
});

describe("the facilitator's tools", () => {
  test("timer, summon, refusals, the lobby and removing a participant", async () => {
    const lead = await facilitator(chromium, host);
    const ana = await participant(chromium, host, "Ana", PHONE);
    const bo = await participant(chromium, host, "Bo");
    people.push(lead, ana, bo);

    // A timer shows on every device as mm:ss, counting down; a short one says when time is up.
    await lead.button("3 min").click();
    await lead.button("Start timer").click();
    for (const person of [ana, bo, lead]) await shows(person.page.getByRole("timer"), /^0[23]:\d\d$/);
    await shot(ana, "timer-phone");
    await lead.page.getByRole("spinbutton", { name: "Minutes" }).fill("0.05");
    await lead.button("Start timer").click();
    await shows(ana.page.getByTestId("timer"), /Time is up/);
    await lead.button("Stop timer").click();
    await ana.page.getByRole("timer").waitFor({ state: "detached", timeout: SEEN_MS });

    // Summoned: the lane comes into view on the phone and says so.
    await lead.button("Summon to Marketing strategy").click();
    const lane = ana.lane("Marketing strategy");
    await shows(lane, /Everyone is here/);
    await expect
      .poll(async () => {
        const box = await lane.boundingBox();
        return box !== null && box.y >= 0 && box.y + box.height <= 844;
      }, { timeout: SEEN_MS })
      .toBe(true);
    expect(await ana.page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await lead.button("Stop summoning").click();
    await lane.getByText("Everyone is here").waitFor({ state: "detached", timeout: SEEN_MS });

    // A refused request is said in words; the session goes on.
    await lead.button("Start silent placement").click();
    await phase(ana, "Silent placement");
    await ana.button("Add to End goal").tap();
    const title = ana.page.getByRole("textbox", { name: "Title", exact: true });
    await title.fill("x".repeat(201));
    await title.press("Enter");
    await shows(ana.page.getByRole("alert"), /title/i);
    expect(await tinyTargets(ana.page)).toEqual([]);
    await shot(ana, "refused-phone");
    await noSidewaysScroll(ana.page);
    await title.fill("Quarterly customer panel");
    await title.press("Enter");
    await ana.card("Quarterly customer panel").waitFor({ timeout: SEEN_MS });
    await ana.button("Dismiss").tap();
    expect((await ana.page.getByRole("alert").innerText()).trim()).toBe("");
    // And deleted again from the phone.
    await ana.card("Quarterly customer panel").tap();
    await ana.button("Delete Quarterly customer panel").tap();
    await ana.card("Quarterly customer panel").waitFor({ state: "detached", timeout: SEEN_MS });
    await shows(row(lead, "Ana"), /0 drafts\b/);

    // Joining: an empty name is refused beside the field; a closed lobby lets nobody new in.
    const cy = await openLink(chromium, host.participants);
    people.push(cy);
    await cy.button("Join").click();
    await shows(cy.page.locator("#join-error"), /name/i);
    await lead.button("Close lobby").click();
    await lead.button("Open lobby").waitFor({ timeout: SEEN_MS });
    await cy.page.getByRole("textbox", { name: "Your name" }).fill("Cy");
    await cy.button("Join").click();
    await shows(cy.page.locator("#join-error"), /lobby is closed/);
    expect(await cy.page.getByRole("textbox", { name: "Your name" }).getAttribute("aria-invalid")).toBe("true");

    // Removing someone ends their session on their device, and takes them off the list.
    await lead.button("Remove Bo").click();
    await lead.button("Yes, remove Bo").click();
    await shows(bo.page.locator("main"), /removed you/);
    await bo.button("Join again").waitFor({ timeout: SEEN_MS });
    await row(lead, "Bo").waitFor({ state: "detached", timeout: SEEN_MS });
    await shows(row(lead, "Ana"), /(^|\s)connected/);
  });
});


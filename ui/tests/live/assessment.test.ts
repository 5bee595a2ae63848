// The self-assessment on people's own devices: fourteen radio groups answered by keyboard (and by
// tapping), submitted, and the team result on everyone's page once the facilitator shows it.
import type { Browser } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { makeCanvas, startHost, type Canvas, type Host } from "./host";
import { browser, facilitator, noSidewaysScroll, participant, phase, PHONE, row, shot, shows, SEEN_MS, tinyTargets, type Person } from "./people";

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

describe("the self-assessment", () => {
  test("answered by keyboard on one device and by touch on another; the results show on both", async () => {
    const lead = await facilitator(chromium, host);
    const ana = await participant(chromium, host, "Ana");
    const bo = await participant(chromium, host, "Bo", PHONE);
    people.push(lead, ana, bo);

    await lead.button("Start self-assessment").click();
    await phase(ana, "Self-assessment");
    const groups = ana.page.getByRole("radiogroup");
    await groups.first().waitFor({ timeout: SEEN_MS });
    expect(await groups.count()).toBe(14);
    const submit = ana.button("Submit answers");
    expect(await submit.isDisabled()).toBe(true);

    // Ana by keyboard: the product-centric statements (1st, 3rd, …) 1, the customer-centric 3:
    // +50 on the axis. Tab into each group, Space checks its first radio, → moves the answer up.
    await ana.page.getByRole("radio", { name: "0", exact: true }).first().focus();
    for (let index = 0; index < 14; index += 1) {
      const group = groups.nth(index);
      if (index > 0) await ana.page.keyboard.press("Tab");
      expect(await group.getByRole("radio", { name: "0", exact: true }).evaluate((radio) => radio === document.activeElement)).toBe(true);
      await ana.page.keyboard.press("Space");
      const wanted = index % 2 === 0 ? 1 : 3;
      for (let step = 0; step < wanted; step += 1) await ana.page.keyboard.press("ArrowRight");
      expect(await group.getByRole("radio", { name: String(wanted), exact: true }).isChecked()).toBe(true);
    }
    expect(await submit.isDisabled()).toBe(false);
    await submit.focus();
    await ana.page.keyboard.press("Enter");
    await ana.page.getByTestId("answers-submitted").waitFor({ timeout: SEEN_MS });
    await shows(row(lead, "Ana"), /\banswered\b/);

    // Bo taps "2" everywhere: balanced, 0.
    await phase(bo, "Self-assessment");
    const boGroups = bo.page.getByRole("radiogroup");
    await boGroups.first().waitFor({ timeout: SEEN_MS });
    for (let index = 0; index < 14; index += 1) await boGroups.nth(index).getByRole("radio", { name: "2", exact: true }).tap();
    expect(await tinyTargets(bo.page)).toEqual([]);
    await noSidewaysScroll(bo.page);
    await bo.page.evaluate(() => window.scrollTo(0, 0));
    await shot(bo, "assessment-phone");
    await bo.button("Submit answers").tap();
    await shows(row(lead, "Bo"), /\banswered\b/);
    // The other's answers never reach a page.
    expect(await ana.page.getByTestId("team-result").count()).toBe(0);

    await lead.button("Show results").click();
    for (const person of [ana, bo, lead]) {
      await phase(person, "Self-assessment results");
      const result = person.page.getByTestId("team-result");
      await shows(result, /Team average \+25/);
      const text = (await result.innerText()).replace(/\s+/g, " ");
      expect(text).toContain("Ana +50");
      expect(text).toContain("Bo 0");
      expect(await result.getByTestId("participant-marker").count()).toBe(2);
    }
    await noSidewaysScroll(bo.page);
    expect(await tinyTargets(bo.page)).toEqual([]);
    await shot(bo, "results-phone");
    await shot(lead, "results-facilitator");
  });
});

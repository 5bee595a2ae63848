// axe-core (WCAG 2.2 AA, target size on) on the live session's own pages against the real host:
// the participant's page on a phone and a laptop, and the facilitator's page, through every
// phase of a session, in light and dark. A serious or critical finding on any of them fails.
import type { Browser } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { describeFindings, seriousFindings } from "../browser/axe";
import { makeCanvas, startHost, type Canvas, type Host } from "./host";
import { addCard, browser, connected, LAPTOP, openLink, phase, PHONE, row, shows, SEEN_MS, type Person } from "./people";

/** A page under audit, with the device it is on for the failure message. */
type Seen = Person & { device: string };

let chromium: Browser;
const canvases: Canvas[] = [];
const hosts: Host[] = [];
const people: Person[] = [];

beforeAll(async () => {
  chromium = await browser();
});

afterEach(async () => {
  const seen = people.flatMap((person) => person.problems);
  await Promise.all(people.splice(0).map((person) => person.close()));
  await Promise.all(hosts.splice(0).map((host) => host.stop()));
  await Promise.all(canvases.splice(0).map((canvas) => canvas.remove()));
  expect(seen).toEqual([]);
});

afterAll(async () => {
  await chromium?.close();
});

describe.each(["light", "dark"] as const)("the live pages in the %s theme", (colorScheme) => {
  test("pass axe in every phase, on a phone, a laptop and the facilitator's page", async () => {
    const canvas = await makeCanvas([{ area: "End goal", title: "Best product in the market", position: -60 }]);
    canvases.push(canvas);
    const host = await startHost(canvas.file);
    hosts.push(host);
    const findings: string[] = [];
    const audit = async (screen: string, ...audited: Seen[]) => {
      for (const person of audited) {
        const found = await seriousFindings(person.page);
        if (found.length > 0) findings.push(`${screen}, ${person.device}:\n${describeFindings(found)}`);
      }
    };

    const lead = { ...(await openLink(chromium, host.facilitator, { ...LAPTOP, colorScheme })), device: "facilitator" };
    const phone = { ...(await openLink(chromium, host.participants, { ...PHONE, colorScheme })), device: "phone" };
    const laptop = { ...(await openLink(chromium, host.participants, { ...LAPTOP, colorScheme })), device: "laptop" };
    people.push(lead, phone, laptop);
    await connected(lead);
    await phone.page.getByRole("textbox", { name: "Your name", exact: true }).waitFor({ timeout: SEEN_MS });
    await audit("join form", phone, laptop);
    for (const [person, name] of [
      [phone, "Ana"],
      [laptop, "Bo"],
    ] as const) {
      await person.page.getByRole("textbox", { name: "Your name", exact: true }).fill(name);
      await person.button("Join").click();
      await connected(person);
    }
    await shows(row(lead, "Bo"), /(^|\s)connected/);
    await audit("lobby", lead, phone, laptop);

    await lead.button("Start silent placement").click();
    await phase(phone, "Silent placement");
    await addCard(phone, "Growth strategy", "Ana's referral idea");
    await addCard(laptop, "Marketing strategy", "Bo's community idea");
    await phone.button("Add to End goal").click();
    await audit("silent placement, a title being typed", phone);
    await phone.page.getByRole("textbox", { name: "Title", exact: true }).press("Escape");
    await shows(row(lead, "Bo"), /1 draft\b/);
    await audit("silent placement", lead, phone, laptop);

    await lead.button("Reveal").click();
    await phone.card("Bo's community idea").waitFor({ timeout: SEEN_MS });
    await audit("revealed", lead, phone, laptop);

    await lead.button("Start dot voting").click();
    await phase(phone, "Dot voting");
    await phone.button("Vote for Bo's community idea").click();
    await audit("dot voting, one vote cast", lead, phone, laptop);
    await phone.button("Submit votes").click();
    await phone.page.getByTestId("votes-submitted").waitFor({ timeout: SEEN_MS });
    await audit("dot voting, votes submitted", phone);
    await lead.button("Reveal votes").click();
    await phase(phone, "Votes revealed");
    await audit("votes revealed", lead, phone, laptop);

    await lead.button("Start self-assessment").click();
    await phase(phone, "Self-assessment");
    const groups = phone.page.getByRole("radiogroup");
    await groups.first().waitFor({ timeout: SEEN_MS });
    await audit("self-assessment", lead, phone, laptop);
    for (let index = 0; index < (await groups.count()); index += 1) {
      await groups.nth(index).getByRole("radio", { name: "2", exact: true }).tap();
    }
    await phone.button("Submit answers").click();
    await phone.page.getByTestId("answers-submitted").waitFor({ timeout: SEEN_MS });
    await shows(row(lead, "Ana"), /\banswered\b/);
    await lead.button("Show results").click();
    await phase(phone, "Self-assessment results");
    await phone.page.getByTestId("team-result").waitFor({ timeout: SEEN_MS });
    await audit("self-assessment results", lead, phone, laptop);

    expect(findings.join("\n\n")).toBe("");
  });
});

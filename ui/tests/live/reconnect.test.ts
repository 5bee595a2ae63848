// The host stops (SIGTERM) and starts again on the same file and port: every page says it is
// reconnecting, then comes back by itself as the same person, their private drafts still there.
import type { Browser } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { makeCanvas, startHost, type Canvas, type Host } from "./host";
import { addCard, browser, connected, facilitator, participant, phase, row, shows, SEEN_MS, type Person } from "./people";

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
  // While the host was down the browser logged failed connections; only page errors and dialogs
  // count here.
  const seen = people.flatMap((person) => person.problems).filter((problem) => !problem.startsWith("console error:"));
  await Promise.all(people.splice(0).map((person) => person.close()));
  expect(seen).toEqual([]);
});

afterAll(async () => {
  await chromium?.close();
  await host?.stop();
  await canvas?.remove();
});

describe("a host restart", () => {
  test("pages reconnect by themselves, as the same people, with their drafts", async () => {
    const lead = await facilitator(chromium, host);
    const ana = await participant(chromium, host, "Ana");
    people.push(lead, ana);
    await lead.button("Start silent placement").click();
    await phase(ana, "Silent placement");
    await addCard(ana, "End goal", "Net promoter goal");
    await shows(row(lead, "Ana"), /1 draft\b/);
    const joins: string[] = [];
    ana.page.on("request", (request) => {
      if (request.url().endsWith("/api/join")) joins.push(request.url());
    });

    const port = host.port;
    await host.stop();
    for (const person of [ana, lead]) {
      await person.page.getByTestId("connection").filter({ hasText: "Reconnecting…" }).waitFor({ timeout: SEEN_MS });
    }
    host = await startHost(canvas.file, port);
    expect(host.port).toBe(port);

    // Back by themselves (the backoff is at most 5 s), still in silent placement.
    for (const person of [ana, lead]) {
      await person.page.getByTestId("connection").filter({ hasText: /^Connected$/ }).waitFor({ timeout: 20_000 });
      await connected(person);
    }
    await phase(ana, "Silent placement");
    await ana.card("Net promoter goal").waitFor({ timeout: SEEN_MS });
    expect(await ana.page.getByRole("textbox", { name: "Your name" }).count()).toBe(0);
    expect(joins).toEqual([]);
    await shows(row(lead, "Ana"), /(^|\s)connected\b.*1 draft\b/);

    // And the session goes on: the draft can still be moved.
    await ana.card("Net promoter goal").focus();
    await ana.card("Net promoter goal").press("ArrowLeft");
    await expect.poll(() => ana.card("Net promoter goal").getAttribute("aria-valuenow"), { timeout: SEEN_MS }).toBe("-5");
  });
});

// A participant on a phone: joining, adding a card, moving it by touch-sized controls and the
// keyboard, with no sideways scrolling and every control big enough for a thumb. Screenshots of
// the phone and a laptop go to /tmp/live-shots/ for a person to look at (not committed).
import type { Browser } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { makeCanvas, startHost, type Canvas, type Host } from "./host";
import { addCard, browser, facilitator, LAPTOP, noSidewaysScroll, participant, phase, PHONE, SEEN_MS, shot, tinyTargets, type Person } from "./people";

let chromium: Browser;
let canvas: Canvas;
let host: Host;
const people: Person[] = [];

beforeAll(async () => {
  canvas = await makeCanvas([
    { area: "End goal", title: "Best product in the market", position: -60 },
    { area: "Marketing strategy", title: "Personalised onboarding", position: 45 },
  ]);
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

describe("on a phone", () => {
  test("a participant joins and places a card with big targets and no sideways scroll", async () => {
    const lead = await facilitator(chromium, host, LAPTOP);
    const phone = await participant(chromium, host, "Carla Mendes", PHONE);
    const laptop = await participant(chromium, host, "Dev", LAPTOP);
    people.push(lead, phone, laptop);

    await lead.button("Start silent placement").click();
    await phase(phone, "Silent placement");
    // Escape closes the title field without adding anything, back on the button.
    await phone.button("Add to End goal").tap();
    await phone.page.getByRole("textbox", { name: "Title", exact: true }).press("Escape");
    await phone.page.getByRole("textbox", { name: "Title" }).waitFor({ state: "detached", timeout: SEEN_MS });
    expect(await phone.button("Add to End goal").evaluate((button) => button === document.activeElement)).toBe(true);
    await addCard(phone, "Growth strategy", "Customer advisory board");
    await addCard(phone, "Growth strategy", "Win-back campaign for lapsed customers");
    await addCard(laptop, "Marketing strategy", "Usage-based nudges");

    const card = phone.card("Customer advisory board");
    expect(await card.getAttribute("aria-valuenow")).toBe("0");
    // Moving along the axis with a tap and the keyboard: one's own draft only.
    await card.focus();
    await card.press("ArrowRight");
    await expect.poll(() => card.getAttribute("aria-valuenow"), { timeout: SEEN_MS }).toBe("5");
    await card.press("Shift+ArrowRight");
    await expect.poll(() => card.getAttribute("aria-valuenow"), { timeout: SEEN_MS }).toBe("25");
    await card.press("Alt+ArrowDown");
    await phone.lane("Marketing strategy").getByRole("slider", { name: "Customer advisory board" }).waitFor({ timeout: SEEN_MS });
    expect(await phone.card("Best product in the market").getAttribute("aria-readonly")).toBe("true");

    // Tapping a card offers renaming and deleting it.
    await phone.card("Win-back campaign for lapsed customers").tap();
    await phone.button("Rename Win-back campaign for lapsed customers").tap();
    const title = phone.page.getByRole("textbox", { name: "Title", exact: true });
    await title.fill("Win-back campaign");
    await title.press("Enter");
    await phone.card("Win-back campaign").waitFor({ timeout: SEEN_MS });

    await noSidewaysScroll(phone.page);
    expect(await tinyTargets(phone.page)).toEqual([]);
    await phone.page.evaluate(() => window.scrollTo(0, 0));
    await shot(phone, "participant-phone");

    // On a laptop, a mouse drag along the axis moves the card.
    const usage = laptop.card("Usage-based nudges");
    const box = await usage.boundingBox();
    if (!box) throw new Error("the card is not on screen");
    await laptop.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await laptop.page.mouse.down();
    await laptop.page.mouse.move(box.x + box.width / 2 + 200, box.y + box.height / 2, { steps: 10 });
    await laptop.page.mouse.up();
    await expect.poll(async () => Number(await usage.getAttribute("aria-valuenow")), { timeout: SEEN_MS }).toBeGreaterThan(20);
    await noSidewaysScroll(laptop.page);
    await shot(laptop, "participant-laptop");
    await shot(lead, "facilitator-laptop");

    // Dark phones, and the facilitator's page on a phone: no sideways scroll either.
    await phone.page.emulateMedia({ colorScheme: "dark" });
    await shot(phone, "participant-phone-dark");
    await lead.page.setViewportSize({ width: 390, height: 844 });
    await noSidewaysScroll(lead.page);
    await shot(lead, "facilitator-phone");
  });
});

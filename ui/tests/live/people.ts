// People in the live session, each in their own Chromium context (their own cookies: their own
// device), with whatever went wrong in their page collected: page errors, console errors (CSP
// violations among them) and dialogs.
import { mkdir } from "node:fs/promises";
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { launch } from "../../scripts/browser.mjs";
import type { Host } from "./host";

export const SHOTS = "/tmp/live-shots";

/** How long a test waits for the page to show what the host sent. */
export const SEEN_MS = 10_000;

export interface Person {
  context: BrowserContext;
  page: Page;
  problems: string[];
  lane(name: string): Locator;
  card(title: string): Locator;
  button(name: string): Locator;
  status(): Locator;
  close(): Promise<void>;
}

export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};
export const LAPTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };

export function browser(): Promise<Browser> {
  return launch();
}

/** Someone opens `url` (a link the host printed) on a device of their own. */
export async function openLink(browser: Browser, url: string, options: BrowserContextOptions = LAPTOP): Promise<Person> {
  const context = await browser.newContext({ colorScheme: "light", ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("dialog", (dialog) => {
    problems.push(`dialog: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  // Nothing may leave for anywhere but the host.
  await context.route(/^(?!(https?|wss?):\/\/127\.0\.0\.1[:/])/, (route) => {
    problems.push(`request off the host: ${route.request().url()}`);
    return route.abort();
  });
  await page.goto(url);
  return {
    context,
    page,
    problems,
    lane: (name) => page.getByRole("group", { name, exact: true }),
    card: (title) => page.getByRole("slider", { name: title, exact: true }),
    button: (name) => page.getByRole("button", { name, exact: true }),
    status: () => page.getByRole("status"),
    close: () => context.close(),
  };
}

/** Someone opens the participants link and joins as `name`. */
export async function participant(browser: Browser, host: Host, name: string, options: BrowserContextOptions = LAPTOP): Promise<Person> {
  const person = await openLink(browser, host.participants, options);
  await person.page.getByRole("textbox", { name: "Your name", exact: true }).fill(name);
  await person.button("Join").click();
  await connected(person);
  return person;
}

export async function facilitator(browser: Browser, host: Host, options: BrowserContextOptions = LAPTOP): Promise<Person> {
  const person = await openLink(browser, host.facilitator, options);
  await connected(person);
  return person;
}

/** Waits until the page says it is connected. */
export async function connected(person: Person): Promise<void> {
  await person.page.getByTestId("connection").filter({ hasText: /^Connected$/ }).waitFor({ timeout: SEEN_MS });
}

/** Waits until the page's phase status reads `text` (a part of it). */
export async function phase(person: Person, text: string): Promise<void> {
  await person.status().filter({ hasText: text }).waitFor({ timeout: SEEN_MS });
}

/** A participant adds a card to a lane through "Add to …", "Title", Enter. */
export async function addCard(person: Person, area: string, title: string): Promise<void> {
  await person.button(`Add to ${area}`).click();
  await person.page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  await person.page.getByRole("textbox", { name: "Title", exact: true }).press("Enter");
  await person.lane(area).getByRole("slider", { name: title, exact: true }).waitFor({ timeout: SEEN_MS });
}

/** The facilitator's row for a participant. */
export function row(facilitator: Person, name: string): Locator {
  return facilitator.page.getByTestId("participant-row").filter({ has: facilitator.page.getByText(name, { exact: true }) });
}

/** A full-page screenshot into /tmp/live-shots/ for a person to look at (never committed). */
export async function shot(person: Person, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  await person.page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** Waits until `locator`'s text matches. */
export async function shows(locator: Locator, text: RegExp): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor({ timeout: SEEN_MS });
}

/** The page itself never scrolls sideways. */
export async function noSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

/** Controls smaller than a fingertip (44 × 44 CSS pixels), by their accessible name. */
export async function tinyTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>("button, input, summary, [role=slider]")) {
      const target = element instanceof HTMLInputElement && element.type === "radio" ? (element.parentElement ?? element) : element;
      const box = target.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.width < 44 || box.height < 44) {
        small.push(`${element.getAttribute("aria-label") ?? element.textContent?.trim() ?? element.tagName} ${box.width}×${box.height}`);
      }
    }
    return small;
  });
}

// One helper for the browser tests: a Chromium page on the mocked build, with what the fake backend
// was asked and anything that went wrong in the page (errors, CSP violations, alert dialogs).
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { launch } from "../../scripts/browser.mjs";
import { MOCK_BUILD, serve } from "../../scripts/serve.mjs";

export interface Call {
  cmd: string;
  args: Record<string, unknown>;
}

export interface App {
  page: Page;
  /** The commands the UI sent to the backend since the page opened (or since `clearCalls`). */
  calls(cmd?: string): Promise<Call[]>;
  clearCalls(): Promise<void>;
  lane(name: string): Locator;
  card(title: string): Locator;
  /** What a screen reader is given: Chromium's accessibility tree, without the nodes it leaves
   *  out (an inert background, aria-hidden, presentational wrappers), their children kept. */
  accessibilityTree(): Promise<AxNode>;
  /** The focused element, by its test id, else its accessible name, else its tag ("BODY" when
   *  the focus is lost); a card (they share one test id) by its title. */
  focused(): Promise<string>;
}

/** One node of the accessibility tree, as Chromium exposes it to assistive technology. */
export interface AxNode {
  role: string;
  name: string;
  description: string;
  value: string;
  children: AxNode[];
}

/** Every node under `root` (itself included), depth first. */
export function axNodes(root: AxNode): AxNode[] {
  return [root, ...root.children.flatMap(axNodes)];
}

interface RawAxNode {
  nodeId: string;
  ignored: boolean;
  role?: { value?: unknown };
  name?: { value?: unknown };
  description?: { value?: unknown };
  value?: { value?: unknown };
  childIds?: string[];
}

async function accessibilityTree(page: Page): Promise<AxNode> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as { nodes: RawAxNode[] };
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const text = (property?: { value?: unknown }) => (property?.value === undefined ? "" : String(property.value));
    const build = (node: RawAxNode): AxNode[] => {
      const children = (node.childIds ?? []).flatMap((id) => {
        const child = byId.get(id);
        return child ? build(child) : [];
      });
      if (node.ignored) return children;
      return [{ role: text(node.role), name: text(node.name), description: text(node.description), value: text(node.value), children }];
    };
    const [root] = nodes;
    const tree = root ? build(root) : [];
    return tree[0] ?? { role: "", name: "", description: "", value: "", children: [] };
  } finally {
    await cdp.detach();
  }
}

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let problems: string[] = [];
const pages: Page[] = [];

beforeAll(async () => {
  server = await serve(MOCK_BUILD);
  browser = await launch();
});

afterEach(async () => {
  const seen = problems;
  problems = [];
  await Promise.all(pages.splice(0).map((page) => page.close()));
  // Nothing in any test may raise a page error, break the CSP or open an alert.
  expect(seen).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

export interface OpenOptions {
  colorScheme?: "light" | "dark";
  /** CSS pixels; 1440×900 unless given. */
  viewport?: { width: number; height: number };
  /** 2 with half the usual viewport is a page zoomed to 200 %. */
  deviceScaleFactor?: number;
}

export async function openApp(scenario: string, options: OpenOptions = {}): Promise<App> {
  const page = await browser.newPage({
    viewport: options.viewport ?? { width: 1440, height: 900 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    colorScheme: options.colorScheme ?? "light",
  });
  pages.push(page);
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("dialog", (dialog) => {
    problems.push(`dialog: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(`${server.url}?scenario=${scenario}`);
  await page.locator("#app > *").first().waitFor();
  return {
    page,
    calls: async (cmd) => {
      const all = await page.evaluate(() => (window as unknown as { __fake: { calls(): Call[] } }).__fake.calls());
      return cmd ? all.filter((call) => call.cmd === cmd) : all;
    },
    clearCalls: () => page.evaluate(() => (window as unknown as { __fake: { clearCalls(): void } }).__fake.clearCalls()),
    lane: (name) => page.getByRole("group", { name, exact: true }),
    card: (title) => page.getByRole("slider", { name: title, exact: true }),
    accessibilityTree: () => accessibilityTree(page),
    focused: () =>
      page.evaluate(() => {
        const active = document.activeElement;
        if (!active) return "nothing";
        const testid = active.getAttribute("data-testid");
        return (testid === "card" ? null : testid) ?? active.getAttribute("aria-label") ?? active.tagName;
      }),
  };
}

/** Drags with the mouse from the middle of `from` by (dx, dy), in small steps like a hand would. */
export async function drag(page: Page, from: Locator, dx: number, dy: number): Promise<void> {
  const box = await from.boundingBox();
  if (!box) throw new Error("nothing to drag");
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y + dy, { steps: 12 });
  await page.mouse.up();
}

/** The on-screen box of a lane's band (where −100 and +100 are its left and right edges). */
export async function bandBox(lane: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await lane.locator("[data-lane-band]").boundingBox();
  if (!box) throw new Error("the lane has no band");
  return box;
}

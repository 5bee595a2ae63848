// axe-core (WCAG 2.2 AA rules and target-size) on every screen and panel the mocked build shows,
// in the light and the dark palette. A serious or critical finding fails the screen's test and
// names the rule, the impact and each offending element.
// Scenarios: "home" the library; "basic" three cards; "offsite" the full template's eight areas;
// "offsite-results" the same after three self-assessments and a revealed voting round.
import { describe, expect, test } from "vitest";
import { openApp, type App } from "./harness";
import { describeFindings, seriousFindings, type Allowed } from "./axe";

interface Screen {
  name: string;
  scenario: string;
  /** From the scenario's first screen to the one checked, as a user would get there. */
  reach: (app: App) => Promise<void>;
}

const button = (app: App, name: string) => app.page.getByRole("button", { name, exact: true });

async function openTool(app: App, tool: string, panel: string): Promise<void> {
  await app.page.getByTestId(`tool-${tool}`).click();
  await app.page.getByTestId(panel).waitFor();
}

async function snapshotThenMove(app: App): Promise<void> {
  await openTool(app, "snapshots", "snapshots-panel");
  await app.page.getByLabel("Take a snapshot of the canvas as it is now").fill("Before offsite");
  await app.page.keyboard.press("Enter");
  await app.page.getByTestId("snapshot").waitFor();
  const card = app.card("Customer success team");
  await card.focus();
  await app.page.keyboard.press("Shift+ArrowRight");
  await expect.poll(() => card.getAttribute("aria-valuenow")).toBe("30");
}

async function startLiveSession(app: App): Promise<void> {
  await openTool(app, "live", "live-panel");
  await app.page.getByRole("combobox", { name: "Network" }).selectOption({ label: "This computer only (127.0.0.1)" });
  await button(app, "Start live session").click();
  await button(app, "Stop live session").waitFor();
}

async function present(app: App, slides: "Home" | "ArrowRight" | "End"): Promise<void> {
  await app.page.getByTestId("present").click();
  await app.page.getByTestId("presentation").waitFor();
  await app.page.keyboard.press(slides);
  const title = { Home: "Overview", ArrowRight: "End goal", End: "Offsite results" }[slides];
  await expect.poll(() => app.page.getByTestId("presentation-area").textContent()).toBe(title);
}

const SCREENS: Screen[] = [
  { name: "home", scenario: "home", reach: (app) => app.page.getByTestId("library").waitFor() },
  { name: "home with a file it cannot open", scenario: "problem", reach: (app) => app.page.getByTestId("library-problem").waitFor() },
  { name: "board", scenario: "offsite", reach: (app) => app.card("Moonshot lab").waitFor() },
  {
    name: "board filtered by the search box",
    scenario: "offsite",
    reach: async (app) => {
      await app.page.getByTestId("search").fill("owner:ana");
      await app.page.getByTestId("match-count").waitFor();
    },
  },
  {
    name: "details panel",
    scenario: "offsite",
    reach: async (app) => {
      await app.card("Customer success team").click();
      await app.page.getByTestId("details-panel").waitFor();
    },
  },
  {
    name: "More menu",
    scenario: "offsite",
    reach: async (app) => {
      await button(app, "More").click();
      await app.page.getByRole("menu").waitFor();
    },
  },
  {
    name: "export popover",
    scenario: "offsite",
    reach: async (app) => {
      await app.page.getByTestId("export").click();
      await app.page.getByRole("dialog", { name: "Export" }).waitFor();
    },
  },
  {
    name: "canvas dialog",
    scenario: "offsite",
    reach: async (app) => {
      await app.page.getByTestId("edit-canvas").click();
      await app.page.getByTestId("canvas-title-input").waitFor();
    },
  },
  {
    name: "area dialog",
    scenario: "offsite",
    reach: async (app) => {
      await app.page.getByTestId("edit-area-End goal").click();
      await app.page.getByTestId("area-name").waitFor();
    },
  },
  {
    name: "delete confirmation",
    scenario: "basic",
    reach: async (app) => {
      await app.card("Best product").focus();
      await app.page.keyboard.press("Delete");
      await app.page.getByTestId("confirm-delete").waitFor();
    },
  },
  { name: "snapshots panel", scenario: "basic", reach: snapshotThenMove },
  {
    name: "compare view",
    scenario: "basic",
    reach: async (app) => {
      await snapshotThenMove(app);
      await button(app, "Compare with now: “Before offsite”").click();
      await app.page.getByTestId("compare-results").waitFor();
      await app.page.getByTestId("compare-ghost").first().waitFor();
    },
  },
  {
    name: "snapshot viewed read-only",
    scenario: "basic",
    reach: async (app) => {
      await snapshotThenMove(app);
      await button(app, "View “Before offsite”").click();
      await app.page.getByTestId("snapshot-banner").waitFor();
    },
  },
  {
    name: "restore dialog",
    scenario: "basic",
    reach: async (app) => {
      await snapshotThenMove(app);
      await button(app, "Restore “Before offsite”…").click();
      await app.page.getByTestId("confirm-restore").waitFor();
    },
  },
  {
    name: "decision log",
    scenario: "basic",
    reach: async (app) => {
      await snapshotThenMove(app);
      await openTool(app, "log", "log-panel");
      await app.page.getByTestId("decision").first().waitFor();
    },
  },
  {
    name: "voting panel, a voter's turn",
    scenario: "basic",
    reach: async (app) => {
      await openTool(app, "voting", "voting-panel");
      await app.page.getByTestId("voting-allowance").fill("3");
      await app.page.getByTestId("voting-start").click();
      await app.page.getByTestId("voter-name").fill("Ana");
      await app.page.getByTestId("voter-begin").click();
      await app.page.getByTestId("ballot").waitFor();
    },
  },
  { name: "voting panel, revealed", scenario: "offsite-results", reach: (app) => openTool(app, "voting", "vote-results") },
  { name: "self-assessment form", scenario: "offsite", reach: (app) => openTool(app, "assessment", "assessment-form") },
  // Results are shown as soon as answers are in.
  { name: "self-assessment results", scenario: "offsite-results", reach: (app) => openTool(app, "assessment", "assessment-results") },
  { name: "live session panel", scenario: "basic", reach: startLiveSession },
  {
    name: "live join code",
    scenario: "basic",
    reach: async (app) => {
      await startLiveSession(app);
      await button(app, "Show join code").click();
      await app.page.getByRole("dialog", { name: "Join code" }).waitFor();
    },
  },
  { name: "presentation overview", scenario: "offsite-results", reach: (app) => present(app, "Home") },
  { name: "presentation area slide", scenario: "offsite-results", reach: (app) => present(app, "ArrowRight") },
  { name: "presentation results", scenario: "offsite-results", reach: (app) => present(app, "End") },
];

/** Findings left to the keyboard and focus work under way in other components (names, roles,
 *  focus). Keep this list short: an entry goes as soon as that work lands. */
const LEFT_TO_THE_FOCUS_WORK: Allowed[] = [];

describe("axe finds nothing serious", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    for (const screen of SCREENS) {
      test(`${screen.name} (${colorScheme})`, async () => {
        const app = await openApp(screen.scenario, { colorScheme });
        await screen.reach(app);
        // Compared as text, so that a failure lists each rule and element once.
        expect(describeFindings(await seriousFindings(app.page, LEFT_TO_THE_FOCUS_WORK))).toBe("");
      });
    }
  }
});

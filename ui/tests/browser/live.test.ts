// The live session panel on the mocked build: the join panel, who is here, the phases and the
// timer. The room's views are the ones a real host produced (ui/mock/live-scenes.ts, generated
// by src-tauri/tests/live_scenes.rs), so the statuses checked here are the host's own words.
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { LIVE_SCENES } from "../../mock/live-scenes";
import { openApp, type App } from "./harness";

const LOOPBACK = "This computer only (127.0.0.1)";

function button(page: Page, name: string) {
  return page.getByRole("button", { name, exact: true });
}

function status(name: string): string {
  const view = LIVE_SCENES.scenes[name];
  if (!view) throw new Error(`no scene ${name}`);
  return view.status;
}

async function startSession(app: App): Promise<void> {
  await app.page.getByTestId("tool-live").click();
  const picker = app.page.getByRole("combobox", { name: "Network" });
  await expect.poll(() => picker.locator("option").allTextContents()).toEqual(["Local network (192.168.1.20)", LOOPBACK]);
  await picker.selectOption({ label: LOOPBACK });
  // The picker sits under its label, not spilling out of a box drawn around the label alone.
  const [label, field] = await Promise.all([app.page.locator("label", { has: picker }).boundingBox(), picker.boundingBox()]);
  expect(label && field && field.y + field.height <= label.y + label.height + 0.5).toBe(true);
  await button(app.page, "Start live session").click();
  await app.page.getByRole("status").filter({ hasText: status("lobby") }).waitFor();
}

async function roomScene(app: App, name: string): Promise<void> {
  await app.page.evaluate((scene) => (window as unknown as { __fake: { liveScene(n: string): Promise<void> } }).__fake.liveScene(scene), name);
}

function rows(app: App) {
  return app.page.getByRole("list", { name: "Participants" }).getByRole("listitem");
}

describe("live session panel", () => {
  test("the join panel shows the link as text, the code, the network, full screen and a local test", async () => {
    const app = await openApp("basic");
    await startSession(app);
    const started = await app.calls("start_live_session");
    expect(started.map((c) => c.args.address)).toEqual(["127.0.0.1"]);

    // A screen reader reads the link from the page, as text.
    const link = app.page.getByRole("status", { name: "Participants link" });
    await expect(link.textContent()).resolves.toBe(LIVE_SCENES.status.participants_url);
    await expect(app.page.getByAltText("QR code of the participants link").count()).resolves.toBe(1);
    await expect(app.page.getByText(`On ${LOOPBACK}`, { exact: true }).count()).resolves.toBe(1);

    await button(app.page, "Show join code").click();
    const screen = app.page.getByRole("dialog", { name: "Join code" });
    await expect(screen.textContent()).resolves.toContain(LIVE_SCENES.status.participants_url);
    const box = await screen.boundingBox();
    expect(box?.width).toBe(1440);
    await app.page.keyboard.press("Escape");
    await expect.poll(() => screen.count()).toBe(0);

    await app.page.getByText("Participants can't connect?").click();
    await expect(app.page.getByText(/phone hotspot|hotspot/).first().isVisible()).resolves.toBe(true);
    await button(app.page, "Test from this computer").click();
    await expect.poll(async () => (await app.calls("open_participant_page")).length).toBe(1);

    await button(app.page, "Stop live session").click();
    await button(app.page, "Start live session").waitFor();
    await expect(app.calls("stop_live_session")).resolves.toHaveLength(1);
  });

  test("who is here: connection, draft counts but never their titles, remove, lobby", async () => {
    const app = await openApp("basic");
    await startSession(app);
    await expect(app.page.getByText("Nobody has joined yet.").count()).resolves.toBe(1);
    await roomScene(app, "placement");
    await expect.poll(() => rows(app).allInnerTexts()).toEqual([
      expect.stringMatching(/Ana\s+connected · 2 drafts/),
      expect.stringMatching(/Ben\s+disconnected · 0 drafts/),
    ]);
    // The host never sends the facilitator a draft's content, and the window never shows one.
    const text = await app.page.locator("body").innerText();
    expect(text).not.toContain("Customer advisory council");

    await button(app.page, "Remove Ben").click();
    const removed = await app.calls("live_control");
    const ben = LIVE_SCENES.scenes.placement?.participants.find((p) => p.name === "Ben");
    expect(removed.at(-1)?.args.control).toEqual({ type: "remove_participant", id: ben?.id, request: 0 });
    await expect.poll(() => rows(app).count()).toBe(1);

    await button(app.page, "Close lobby").click();
    await button(app.page, "Open lobby").waitFor();
  });

  test("phases run from one control, each saying where the room is; summon marks the area", async () => {
    const app = await openApp("basic");
    await startSession(app);
    const phases: [string, string][] = [
      ["Start silent placement", "placement"],
      ["Reveal", "discussion"],
      ["Start dot voting", "voting"],
      ["Reveal votes", "votes_revealed"],
      ["Start self-assessment", "assessment"],
      ["Show results", "results"],
    ];
    await app.page.getByRole("spinbutton", { name: "Votes per person" }).fill("5");
    for (const [control, phase] of phases) {
      await button(app.page, control).click();
      await app.page.getByTestId("live-phase").filter({ hasText: status(phase) }).waitFor();
      await expect(button(app.page, control).getAttribute("aria-current")).resolves.toBe("step");
    }
    const sent = (await app.calls("live_control")).map((c) => c.args.control as { phase: string; allowance: number | null });
    expect(sent.map((c) => [c.phase, c.allowance])).toEqual([
      ["placement", null], ["discussion", null], ["voting", 5], ["votes_revealed", null], ["assessment", null], ["results", null],
    ]);
    await expect.poll(() => rows(app).allInnerTexts()).toEqual([expect.stringMatching(/Ana\s+connected · voted · answered/), expect.stringMatching(/Ben\s+disconnected/)]);

    const summon = button(app.page, "Summon to Growth strategy");
    await summon.click();
    await expect.poll(() => summon.getAttribute("aria-pressed")).toBe("true");
  });

  test("the timer starts from a preset or a custom value, counts down and can be stopped", async () => {
    const app = await openApp("basic");
    await startSession(app);
    await button(app.page, "3 min").click();
    const clock = app.page.locator(".timer .clock");
    await expect.poll(() => clock.textContent()).toMatch(/^(3:00|2:5\d)$/);
    await app.page.getByRole("spinbutton", { name: "Minutes" }).fill("7");
    await button(app.page, "Start timer").click();
    await expect.poll(() => clock.textContent()).toMatch(/^(7:00|6:5\d)$/);
    const sent = (await app.calls("live_control")).map((c) => c.args.control);
    expect(sent).toEqual([{ type: "set_timer", seconds: 180, request: 0 }, { type: "set_timer", seconds: 420, request: 0 }]);
    await button(app.page, "Stop timer").click();
    await expect.poll(() => clock.count()).toBe(0);
  });

  test("a session whose host died resumes by itself when the canvas opens", async () => {
    const app = await openApp("basic&died=placement");
    await app.page.getByRole("status").filter({ hasText: status("placement") }).waitFor();
    await expect(app.calls("resume_live_session")).resolves.toHaveLength(1);
    await expect(app.calls("start_live_session")).resolves.toHaveLength(0);
    await expect(app.page.getByText(/live session was resumed/).count()).resolves.toBe(1);
    await expect.poll(() => rows(app).count()).toBe(2);
  });
});

// Presentation mode as a modal view, by keyboard only (no mouse event is sent): Tab stays on the
// stage, the canvas behind it is out of the accessibility tree, Escape leaves however often Tab
// was pressed, and the keyboard is back on the control that opened it.
// "offsite": the full template's eight areas.
import { describe, expect, test } from "vitest";
import { axNodes, openApp, type App } from "./harness";

const focusedInStage = (app: App) =>
  app.page.evaluate(() => document.activeElement?.closest("[data-testid=presentation]") !== null);

async function presentByKeyboard(app: App) {
  await app.page.getByTestId("present").focus();
  await app.page.keyboard.press("Enter");
  const stage = app.page.getByTestId("presentation");
  await stage.waitFor();
  return stage;
}

describe("presentation mode by keyboard", () => {
  test("Tab and Shift+Tab go round the stage's own controls, never the canvas behind it", async () => {
    const app = await openApp("offsite");
    await presentByKeyboard(app);
    const reached = new Set<string>();
    for (let i = 0; i < 8; i += 1) {
      await app.page.keyboard.press("Tab");
      expect(await focusedInStage(app)).toBe(true);
      reached.add(await app.page.evaluate(() => document.activeElement?.textContent?.trim() ?? ""));
    }
    for (let i = 0; i < 5; i += 1) {
      await app.page.keyboard.press("Shift+Tab");
      expect(await focusedInStage(app)).toBe(true);
    }
    // On the overview there is no slide before it: Next and End are what Tab goes round.
    expect([...reached].sort()).toEqual(["End presentation", "Next slide"]);
  });

  test("while presenting, the canvas's toolbar and board are not in the accessibility tree", async () => {
    const app = await openApp("offsite");
    const before = axNodes(await app.accessibilityTree());
    expect(before.some((node) => node.role === "button" && node.name === "Undo")).toBe(true);
    await presentByKeyboard(app);
    const nodes = axNodes(await app.accessibilityTree());
    expect(nodes.some((node) => node.role === "dialog" && node.name === "Presentation: Overview")).toBe(true);
    const behind = nodes.filter((node) => ["Home", "Undo", "Present", "Zoom in"].includes(node.name) || ["main", "slider"].includes(node.role));
    expect(behind.map((node) => `${node.role} ${node.name}`)).toEqual([]);
  });

  test("Escape leaves after Tab, and the keyboard is back on Present", async () => {
    const app = await openApp("offsite");
    const stage = await presentByKeyboard(app);
    await app.page.keyboard.press("ArrowRight");
    await app.page.keyboard.press("Tab");
    await app.page.keyboard.press("Tab");
    await app.page.keyboard.press("Escape");
    await expect.poll(() => stage.count()).toBe(0);
    expect((await app.calls("set_full_screen")).at(-1)?.args).toEqual({ on: false });
    await expect.poll(() => app.focused()).toBe("present");
    // And the canvas is back for a screen reader.
    expect(axNodes(await app.accessibilityTree()).some((node) => node.role === "button" && node.name === "Undo")).toBe(true);
  });

  test("End presentation, pressed with Enter, leaves the same way", async () => {
    const app = await openApp("offsite");
    const stage = await presentByKeyboard(app);
    for (let i = 0; i < 4 && (await app.focused()) !== "leave-presentation"; i += 1) await app.page.keyboard.press("Tab");
    await app.page.keyboard.press("Enter");
    await expect.poll(() => stage.count()).toBe(0);
    await expect.poll(() => app.focused()).toBe("present");
  });

  test("at the last slide, Next is disabled under the keyboard and the focus moves on to End presentation", async () => {
    const app = await openApp("offsite");
    await presentByKeyboard(app);
    await app.page.keyboard.press("End");
    await app.page.keyboard.press("Home");
    await app.page.keyboard.press("Tab");
    expect(await app.page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Next slide");
    // Enter on Next, slide after slide, until there is no next one.
    for (let i = 0; i < 9; i += 1) await app.page.keyboard.press("Enter");
    await expect.poll(() => app.page.getByTestId("presentation-area").textContent()).toBe("Offsite results");
    await expect.poll(() => app.focused()).toBe("leave-presentation");
  });
});

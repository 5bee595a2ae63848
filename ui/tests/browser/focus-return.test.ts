// Where the keyboard goes when a dialog, a panel or the Export popover closes: back on the control
// that opened it, never on <body> (where the next Tab starts again from the top of the page).
// Keyboard only: no mouse event is sent; `focus()` puts the keyboard on the starting control.
// "basic": Best product (End goal), Customer success team (Growth strategy), Referral programme
// (Marketing strategy).
import { describe, expect, test } from "vitest";
import { openApp, type App } from "./harness";

const focusInside = (app: App, testid: string) =>
  app.page.evaluate((id) => document.querySelector(`[data-testid="${id}"]`)?.contains(document.activeElement) ?? false, testid);

async function pressOn(app: App, testid: string, key = "Enter"): Promise<void> {
  await app.page.getByTestId(testid).focus();
  await app.page.keyboard.press(key);
}

describe("dialogs give the keyboard back", () => {
  test("the canvas dialog: Escape, Cancel and Save each return to the title button", async () => {
    const app = await openApp("basic");
    const dialog = app.page.getByRole("dialog", { name: "Canvas details" });
    await pressOn(app, "edit-canvas");
    await dialog.waitFor();
    await app.page.keyboard.press("Escape");
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => app.focused()).toBe("edit-canvas");

    await app.page.keyboard.press("Enter");
    await dialog.waitFor();
    await app.page.getByRole("button", { name: "Cancel" }).focus();
    await app.page.keyboard.press("Enter");
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => app.focused()).toBe("edit-canvas");

    await app.page.keyboard.press("Enter");
    await dialog.waitFor();
    await app.page.keyboard.press("End");
    await app.page.keyboard.type(" (day 2)");
    await app.page.keyboard.press("Enter");
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await app.calls("edit_canvas")).toHaveLength(1);
    await expect.poll(() => app.focused()).toBe("edit-canvas");
  });

  test("an area's dialog: Escape and a saved rename return to the area's Edit button", async () => {
    const app = await openApp("basic");
    const dialog = app.page.getByRole("dialog", { name: "Edit area" });
    await pressOn(app, "edit-area-End goal");
    await dialog.waitFor();
    await app.page.keyboard.press("Escape");
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => app.focused()).toBe("edit-area-End goal");

    await app.page.keyboard.press("Enter");
    await dialog.waitFor();
    await app.page.keyboard.press("End");
    await app.page.keyboard.type(" and purpose");
    await app.page.keyboard.press("Enter");
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => app.focused()).toBe("edit-area-End goal and purpose");
  });

  test("the delete question, cancelled with Escape, returns to what asked: the card, or the panel's Delete…", async () => {
    const app = await openApp("basic");
    await app.card("Best product").focus();
    await app.page.keyboard.press("Delete");
    const question = app.page.getByRole("dialog", { name: "Delete this initiative?" });
    await question.waitFor();
    await app.page.keyboard.press("Escape");
    await expect.poll(() => question.count()).toBe(0);
    await expect.poll(() => app.focused()).toBe("Best product");

    await app.page.keyboard.press(" ");
    await pressOn(app, "details-delete");
    await question.waitFor();
    await app.page.keyboard.press("Escape");
    await expect.poll(() => question.count()).toBe(0);
    await expect.poll(() => app.focused()).toBe("details-delete");
  });
});

describe("the details panel", () => {
  test("takes the focus when Space opens it; its Close button and Escape return to the card", async () => {
    const app = await openApp("basic");
    const card = app.card("Best product");
    await card.focus();
    await app.page.keyboard.press(" ");
    const panel = app.page.getByTestId("details-panel");
    await panel.waitFor();
    await expect.poll(() => app.focused()).toBe("details-panel");
    await app.page.keyboard.press("Escape");
    await expect.poll(() => panel.count()).toBe(0);
    await expect.poll(() => app.focused()).toBe("Best product");

    await app.page.keyboard.press(" ");
    await panel.waitFor();
    await app.page.keyboard.press("Tab");
    expect(await app.focused()).toBe("close-details");
    await app.page.keyboard.press("Enter");
    await expect.poll(() => panel.count()).toBe(0);
    await expect.poll(() => app.focused()).toBe("Best product");
  });

  test("saving with Enter in a field keeps the keyboard in that field", async () => {
    const app = await openApp("basic");
    await app.card("Best product").focus();
    await app.page.keyboard.press(" ");
    await app.page.getByTestId("details-owner").focus();
    await app.page.keyboard.press("End");
    await app.page.keyboard.type(" and Lea");
    await app.page.keyboard.press("Enter");
    await expect.poll(async () => (await app.calls("edit_initiative")).length).toBe(1);
    await expect.poll(() => app.card("Best product").textContent()).toContain("Ana and Lea");
    await expect.poll(() => app.focused()).toBe("details-owner");
    // The next key goes on where the user was typing.
    await app.page.keyboard.type("!");
    expect(await app.page.getByTestId("details-owner").inputValue()).toBe("Ana and Lea!");
  });
});

describe("side panels and the Export popover", () => {
  const PANELS = ["snapshots", "assessment", "voting", "log", "live"];

  for (const tool of PANELS) {
    test(`the ${tool} panel takes the focus when it opens; Escape closes it, back on its button`, async () => {
      const app = await openApp("basic");
      await pressOn(app, `tool-${tool}`);
      const panel = app.page.getByTestId(`${tool}-panel`);
      await panel.waitFor();
      await expect.poll(() => focusInside(app, `${tool}-panel`)).toBe(true);
      await app.page.keyboard.press("Escape");
      await expect.poll(() => panel.count()).toBe(0);
      await expect.poll(() => app.focused()).toBe(`tool-${tool}`);
    });
  }

  test("Escape does not close a panel over answers or votes not yet sent", async () => {
    const app = await openApp("basic");
    await pressOn(app, "tool-assessment");
    const assessment = app.page.getByTestId("assessment-panel");
    await assessment.waitFor();
    await expect.poll(() => focusInside(app, "assessment-panel")).toBe(true);
    await app.page.keyboard.type("Ana");
    await app.page.keyboard.press("Escape");
    await app.page.waitForTimeout(100);
    expect(await assessment.count()).toBe(1);
  });

  test("a side panel's Close button, pressed with Enter, returns to the panel's button", async () => {
    const app = await openApp("basic");
    await pressOn(app, "tool-log");
    await app.page.getByTestId("log-panel").waitFor();
    await app.page.getByRole("button", { name: "Close decision log" }).focus();
    await app.page.keyboard.press("Enter");
    await expect.poll(() => app.page.getByTestId("log-panel").count()).toBe(0);
    await expect.poll(() => app.focused()).toBe("tool-log");
  });

  test("Escape closes the Export popover even when the focus has left it, and from inside returns to Export…", async () => {
    const app = await openApp("basic");
    const popover = app.page.getByRole("dialog", { name: "Export" });
    await pressOn(app, "export");
    await popover.waitFor();
    await expect.poll(() => app.focused()).toBe("export-png");
    await app.page.keyboard.press("Escape");
    await expect.poll(() => popover.count()).toBe(0);
    await expect.poll(() => app.focused()).toBe("export");

    // Open again, then Shift+Tab back out onto Export… itself: Escape still closes it.
    await app.page.keyboard.press("Enter");
    await popover.waitFor();
    await app.page.keyboard.press("Shift+Tab");
    await expect.poll(() => app.focused()).toBe("export");
    await app.page.keyboard.press("Escape");
    await expect.poll(() => popover.count()).toBe(0);
    expect(await app.focused()).toBe("export");
  });
});

// Editing an area's details and the canvas's title block through their dialogs (mocked build).
import { describe, expect, test } from "vitest";
import { openApp } from "./harness";

describe("details dialogs", () => {
  test("an area is renamed and re-described in one undoable change", async () => {
    const app = await openApp("basic");
    await app.page.getByTestId("edit-area-Growth strategy").click();
    await app.page.getByTestId("area-name").fill("Growth engine");
    await app.page.getByTestId("area-customer-pole").fill("Grow with what customers tell us");
    await app.page.getByTestId("dialog-save").click();
    await expect.poll(() => app.lane("Growth engine").count()).toBe(1);
    await expect(app.lane("Growth engine").textContent()).resolves.toContain("Grow with what customers tell us");
    expect(await app.page.locator("dialog[open]").count()).toBe(0);
    const sent = await app.calls("edit_area");
    expect(sent.map((c) => (c.args.details as { name: string }).name)).toEqual(["Growth engine"]);
    await app.page.getByTestId("undo").click();
    await expect.poll(() => app.lane("Growth strategy").count()).toBe(1);
  });

  test("a refused name shows the core's message and keeps the dialog open", async () => {
    const app = await openApp("basic");
    await app.page.getByTestId("edit-area-End goal").click();
    await app.page.getByTestId("area-name").fill("   ");
    await app.page.getByTestId("dialog-save").click();
    await expect.poll(() => app.page.getByTestId("dialog-error").textContent()).toBe("area name must not be empty");
    expect(await app.page.locator("dialog[open]").count()).toBe(1);
    await app.page.keyboard.press("Escape");
    await expect.poll(() => app.page.locator("dialog[open]").count()).toBe(0);
    await expect(app.lane("End goal").count()).resolves.toBe(1);
  });

  test("the canvas title is edited from the toolbar", async () => {
    const app = await openApp("basic");
    await app.page.getByTestId("edit-canvas").click();
    await app.page.getByTestId("canvas-title-input").fill("Offsite, day two");
    await app.page.getByTestId("canvas-title-input").press("Enter");
    await expect.poll(() => app.page.getByTestId("canvas-title").textContent()).toBe("Offsite, day two");
  });
});

// The home screen in Chromium, on the mocked build.
import { describe, expect, test } from "vitest";
import { openApp } from "./harness";

describe("the home screen", () => {
  test("creates a canvas from the full template", async () => {
    const app = await openApp("home");
    await app.page.getByTestId("new-canvas-title").fill("Offsite 2027");
    await app.page.getByTestId("template-full").check();
    await app.page.getByTestId("create-canvas").click();
    await expect.poll(() => app.page.getByTestId("canvas-title").textContent()).toBe("Offsite 2027");
    expect(await app.page.getByRole("group").filter({ has: app.page.locator("[data-lane-band]") }).count()).toBe(8);
    const [call] = await app.calls("new_canvas");
    expect(call?.args).toEqual({ title: "Offsite 2027", template: "full" });
    await app.page.getByTestId("home").click();
    await expect.poll(() => app.page.getByTestId("library").getByText("Offsite 2027").count()).toBe(1);
  });

  test("lists canvases with their counts, broken files with their problem, and recent files", async () => {
    const app = await openApp("home");
    const library = app.page.getByTestId("library");
    await expect.poll(() => library.getByText("Board review").count()).toBe(1);
    expect(await library.textContent()).toContain("3 areas");
    expect(await library.textContent()).toContain("made by a newer Stratmap");
    expect(await app.page.getByTestId("recent").textContent()).toContain("Partner workshop");
    await library.getByText("Leadership offsite 2026").click();
    await expect.poll(() => app.page.getByTestId("canvas-title").textContent()).toBe("Leadership offsite 2026");
  });

  test("a recent file that is also in the library is listed once, under the library", async () => {
    const app = await openApp("home");
    const library = app.page.getByTestId("library");
    const recent = app.page.getByTestId("recent");
    await expect.poll(() => library.getByText("Leadership offsite 2026").count()).toBe(1);
    expect(await recent.getByRole("button").allTextContents()).toEqual([expect.stringContaining("Partner workshop")]);
    expect(await app.page.getByText("Leadership offsite 2026").count()).toBe(1);
    // Opening one from the library and coming back does not put it under Recent either.
    await library.getByText("Board review").click();
    await app.page.getByTestId("home").click();
    await expect.poll(() => app.page.getByText("Board review").count()).toBe(1);
    expect(await recent.textContent()).not.toContain("Board review");
    // One outside the library stays under Recent, opened from there.
    await recent.getByText("Partner workshop").click();
    await expect.poll(() => app.page.getByTestId("canvas-title").textContent()).toBe("Partner workshop");
  });

  test("shows why the file given at start could not be opened", async () => {
    const app = await openApp("problem");
    await expect.poll(() => app.page.getByTestId("library-problem").textContent()).toContain("made by a newer Stratmap");
  });
});

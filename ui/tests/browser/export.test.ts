// The Export menu on the mocked build: options reach the shell's export command, and the
// outcome is shown.
import { describe, expect, test } from "vitest";
import { openApp } from "./harness";

describe("export", () => {
  test("a PDF on Letter paper is asked for with its options and its file is named", async () => {
    const app = await openApp("basic");
    await app.page.getByTestId("export").click();
    await app.page.getByTestId("export-pdf").check();
    await app.page.getByTestId("export-page").selectOption("letter");
    await app.page.getByTestId("export-run").click();
    await expect.poll(() => app.page.getByTestId("notice").textContent()).toContain(".pdf (240 KB)");
    const calls = await app.calls("export_dialog");
    expect(calls).toHaveLength(1);
    expect(calls[0]?.args.request).toEqual({ kind: "pdf", page: "letter", compare: null });
  });

  test("a PDF can include the changes since a snapshot, chosen from the canvas's snapshots", async () => {
    const app = await openApp("basic");
    await app.page.getByTestId("tool-snapshots").click();
    const field = app.page.getByLabel("Take a snapshot of the canvas as it is now");
    await field.fill("Before offsite");
    await field.press("Enter");
    await expect.poll(() => app.page.getByTestId("snapshot").count()).toBe(1);

    await app.page.getByTestId("export").click();
    await app.page.getByTestId("export-pdf").check();
    const since = app.page.getByTestId("export-compare");
    await expect.poll(() => since.locator("option").allTextContents()).toEqual(["none", "Before offsite"]);
    expect(await since.inputValue()).toBe("");
    await since.selectOption("Before offsite");
    await app.page.getByTestId("export-run").click();
    await expect.poll(() => app.page.getByTestId("notice").textContent()).toContain(".pdf");
    const calls = await app.calls("export_dialog");
    expect(calls[0]?.args.request).toEqual({ kind: "pdf", page: "a4", compare: "Before offsite" });
  });

  test("the PNG options do not offer a compare page", async () => {
    const app = await openApp("basic");
    await app.page.getByTestId("export").click();
    expect(await app.page.getByTestId("export-compare").count()).toBe(0);
  });

  test("a transparent PNG at scale 4 is asked for with its options", async () => {
    const app = await openApp("basic");
    await app.page.getByTestId("export").click();
    await app.page.getByTestId("export-scale").selectOption("4");
    await app.page.getByTestId("export-transparent").check();
    await app.page.getByTestId("export-run").click();
    await expect.poll(() => app.page.getByTestId("notice").textContent()).toContain(".png");
    const calls = await app.calls("export_dialog");
    expect(calls[0]?.args.request).toEqual({ kind: "png", scale: 4, transparent: true });
  });

  test("a refused export shows the core's message", async () => {
    const app = await openApp("basic");
    await app.page.evaluate(() =>
      (window as unknown as { __fake: { failNext: (c: string, code: string, m: string) => void } }).__fake.failNext(
        "export_dialog",
        "io",
        "/readonly/x.png: permission denied",
      ),
    );
    await app.page.getByTestId("export").click();
    await app.page.getByTestId("export-run").click();
    await expect.poll(() => app.page.getByTestId("error-message").textContent()).toContain("permission denied");
  });
});

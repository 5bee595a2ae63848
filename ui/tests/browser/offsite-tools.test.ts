// Decision log, "why did this move?" and target arrows, on the mocked build (presentation mode:
// presentation.test.ts).
// The "basic" scenario: Best product (−40, End goal), Customer success team (+10, Growth
// strategy), Referral programme (+70, Marketing strategy).
import { describe, expect, test } from "vitest";
import { bandBox, drag, openApp } from "./harness";

describe("offsite tools", () => {
  test("a drop asks why; the reason lands in the decision log and the card's history", async () => {
    const app = await openApp("basic");
    const band = await bandBox(app.lane("End goal"));
    await drag(app.page, app.card("Best product"), band.width * 0.3, 0);
    const prompt = app.page.getByTestId("why-prompt");
    await prompt.waitFor();
    await expect(prompt.textContent()).resolves.toContain("Why did Best product move?");
    await app.page.getByTestId("why-input").fill("Customers asked for service, not specs");
    await app.page.getByTestId("why-input").press("Enter");
    await expect.poll(() => prompt.count()).toBe(0);
    const explained = await app.calls("explain_change");
    expect(explained.map((c) => c.args.reason)).toEqual(["Customers asked for service, not specs"]);
    // The reason names the drop's own change by its number, the one the move's result gave.
    const log = await app.page.evaluate(
      () => (window as unknown as { __fake: { core: { open: { log: { subject: string; kind: string; change: number }[] } | null } } }).__fake.core.open?.log ?? [],
    );
    const move = log.find((d) => d.subject === "Best product" && d.kind === "move");
    expect(explained[0]?.args.change).toBe(move?.change);

    await app.page.getByTestId("tool-log").click();
    const panel = app.page.getByTestId("log-panel");
    await expect.poll(() => panel.getByTestId("decision").first().textContent()).toContain("Best product moved from -40 to +20");
    await expect(panel.getByTestId("decision-reason").first().textContent()).resolves.toContain("Customers asked for service, not specs");

    await app.card("Best product").click();
    const history = app.page.getByTestId("card-history");
    await expect.poll(() => history.getByTestId("decision").count()).toBe(1);
  });

  test("the why prompt goes away when another change follows, and a reason is never misfiled", async () => {
    const app = await openApp("basic");
    const band = await bandBox(app.lane("End goal"));
    await drag(app.page, app.card("Best product"), band.width * 0.1, 0);
    await app.page.getByTestId("why-prompt").waitFor();
    await app.card("Referral programme").focus();
    await app.page.keyboard.press("ArrowLeft");
    await expect.poll(() => app.card("Referral programme").getAttribute("aria-valuenow")).toBe("65");
    await expect.poll(() => app.page.getByTestId("why-prompt").count()).toBe(0);
    expect(await app.calls("explain_change")).toHaveLength(0);
  });

  test("the decision log exports as CSV through the save dialog", async () => {
    const app = await openApp("basic");
    await app.page.getByTestId("tool-log").click();
    await app.page.getByTestId("export-log").click();
    await expect.poll(() => app.page.getByTestId("notice").textContent()).toContain("decisions.csv");
    expect(await app.calls("export_decision_log_dialog")).toHaveLength(1);
  });

  test("initiative targets show as arrows, and each lane shows its shift and pushes", async () => {
    const app = await openApp("offsite");
    await expect.poll(() => app.lane("Growth strategy").getByTestId("target-arrow").count()).toBe(1);
    await expect(app.lane("End goal").getByTestId("target-arrow").count()).resolves.toBe(0);
    const pushes = await app.lane("Growth strategy").getByTestId("pushes").textContent();
    expect(pushes).toBe("0 → product-centric · 1 → customer-centric");
    await expect(app.lane("Growth strategy").getByTestId("shift").textContent()).resolves.toMatch(/Shift [+−]\d/);
  });
});

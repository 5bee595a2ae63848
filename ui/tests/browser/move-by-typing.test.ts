// A card and an area's target placed by typing, without dragging (WCAG 2.5.7): the details panel's
// position field and lane choice, the area dialog's target field. Keyboard only: no mouse event
// is sent. A bad value shows the core's refusal beside its field (the mock answers as the core:
// field "position" for a move, "target" for an area's target) and nothing changes.
// "basic": Best product (−40, End goal, no target), Customer success team (+10, Growth strategy),
// Referral programme (+70, Marketing strategy).
import { describe, expect, test } from "vitest";
import { axNodes, openApp, type App } from "./harness";

async function openDetails(app: App, title: string): Promise<void> {
  await app.card(title).focus();
  await app.page.keyboard.press(" ");
  await app.page.getByTestId("details-panel").waitFor();
}

/** Replaces what the field holds with `text`, as typed. */
async function typeInto(app: App, testid: string, text: string): Promise<void> {
  await app.page.getByTestId(testid).focus();
  await app.page.keyboard.press("Control+A");
  if (text === "") await app.page.keyboard.press("Delete");
  else await app.page.keyboard.type(text);
}

const areaId = (app: App, name: string) =>
  app.page.evaluate(
    (area) => (window as unknown as { __fake: { core: { open: { areas: { id: string; name: string }[] } } } }).__fake.core.open.areas.find((a) => a.name === area)?.id,
    name,
  );

/** What a screen reader hears for the field named `name`: its description. */
async function fieldDescription(app: App, name: string): Promise<string> {
  const field = axNodes(await app.accessibilityTree()).find((node) => node.role === "textbox" && node.name.startsWith(name));
  return field?.description ?? `no field named ${name}`;
}

describe("a card placed by typing in the details panel", () => {
  test("a typed position moves the card there, in one move like a drop", async () => {
    const app = await openApp("basic");
    await openDetails(app, "Best product");
    await typeInto(app, "details-position", "25.5");
    await app.page.keyboard.press("Enter");
    await expect.poll(() => app.card("Best product").getAttribute("aria-valuenow")).toBe("25.5");
    const moves = await app.calls("move_initiatives");
    expect(moves.map((call) => call.args.moves)).toEqual([[{ id: await app.card("Best product").getAttribute("data-card-id"), position: 25.5 }]]);
    // The keyboard stays in the field, which now shows the new place; one Undo takes it back.
    await expect.poll(() => app.focused()).toBe("details-position");
    expect(await app.page.getByTestId("details-position").inputValue()).toBe("25.5");
    await app.page.getByTestId("undo").focus();
    await app.page.keyboard.press("Enter");
    await expect.poll(() => app.card("Best product").getAttribute("aria-valuenow")).toBe("-40");
  });

  test("the lane choice takes the card into another lane, where it keeps its position", async () => {
    const app = await openApp("basic");
    await openDetails(app, "Best product");
    await app.page.getByTestId("details-lane").focus();
    // A closed select steps through its options with the arrows: End goal → Growth strategy.
    await app.page.keyboard.press("ArrowDown");
    await app.page.getByTestId("details-move").focus();
    await app.page.keyboard.press("Enter");
    await expect.poll(() => app.lane("Growth strategy").getByRole("slider", { name: "Best product" }).count()).toBe(1);
    const [move] = await app.calls("move_initiatives");
    expect(move?.args.moves).toEqual([expect.objectContaining({ position: -40, area_id: await areaId(app, "Growth strategy") })]);
    expect(await app.card("Best product").getAttribute("aria-valuenow")).toBe("-40");
  });

  test("a position out of range shows the core's refusal beside the field, and nothing moves", async () => {
    const app = await openApp("basic");
    await openDetails(app, "Best product");
    await typeInto(app, "details-position", "150");
    await app.page.keyboard.press("Enter");
    const problem = app.page.getByTestId("card-place").getByTestId("field-problem");
    await expect.poll(() => problem.textContent()).toBe("position must be between -100 and 100, got 150");
    expect(await app.page.getByTestId("details-position").getAttribute("aria-invalid")).toBe("true");
    expect(await fieldDescription(app, "Position")).toBe("position must be between -100 and 100, got 150");
    // Refused beside the field, not on the page's banner; the card and the history are as they were.
    expect(await app.page.getByTestId("error-message").count()).toBe(0);
    expect(await app.card("Best product").getAttribute("aria-valuenow")).toBe("-40");
    expect(await app.page.getByTestId("undo").isDisabled()).toBe(true);
    expect(await app.focused()).toBe("details-position");
    // Corrected, it goes through and the refusal goes.
    await typeInto(app, "details-position", "100");
    await app.page.keyboard.press("Enter");
    await expect.poll(() => app.card("Best product").getAttribute("aria-valuenow")).toBe("100");
    expect(await problem.count()).toBe(0);
  });

  test("a position that is not a number is refused beside the field without asking the core", async () => {
    const app = await openApp("basic");
    await openDetails(app, "Best product");
    await typeInto(app, "details-position", "far left");
    await app.page.keyboard.press("Enter");
    const problem = app.page.getByTestId("card-place").getByTestId("field-problem");
    await expect.poll(() => problem.textContent()).toContain("number from −100 to +100");
    expect(await fieldDescription(app, "Position")).toContain("number from −100 to +100");
    expect(await app.calls("move_initiatives")).toEqual([]);
    expect(await app.card("Best product").getAttribute("aria-valuenow")).toBe("-40");
  });
});

describe("an area's target typed in its dialog", () => {
  async function openAreaDialog(app: App, area: string): Promise<void> {
    await app.page.getByTestId(`edit-area-${area}`).focus();
    await app.page.keyboard.press("Enter");
    await app.page.getByRole("dialog", { name: "Edit area" }).waitFor();
  }

  test("a typed target is set as the marker sets it, one undoable change, and the dialog closes", async () => {
    const app = await openApp("basic");
    await openAreaDialog(app, "End goal");
    await typeInto(app, "area-target", "35");
    await app.page.keyboard.press("Enter");
    await expect.poll(() => app.page.locator("dialog[open]").count()).toBe(0);
    expect((await app.calls("set_area_target")).map((call) => call.args)).toEqual([{ areaId: await areaId(app, "End goal"), target: 35 }]);
    // Nothing else of the area changed, so nothing else was sent.
    expect(await app.calls("edit_area")).toEqual([]);
    await expect.poll(() => app.lane("End goal").textContent()).toContain("Target +35");
    expect(await app.page.getByTestId("target-End goal").getAttribute("aria-valuenow")).toBe("35");
    await app.page.keyboard.press("Control+Z");
    await expect.poll(() => app.lane("End goal").textContent()).not.toContain("Target");
  });

  test("an emptied target field takes the target away", async () => {
    const app = await openApp("offsite");
    await openAreaDialog(app, "End goal");
    expect(await app.page.getByTestId("area-target").inputValue()).toBe("40");
    await typeInto(app, "area-target", "");
    await app.page.keyboard.press("Enter");
    await expect.poll(() => app.page.locator("dialog[open]").count()).toBe(0);
    expect((await app.calls("set_area_target")).map((call) => call.args.target)).toEqual([null]);
  });

  test("a target out of range shows the core's refusal beside the field; the dialog stays and nothing changes", async () => {
    const app = await openApp("basic");
    await openAreaDialog(app, "End goal");
    await typeInto(app, "area-name", "End goal and purpose");
    await typeInto(app, "area-target", "-120");
    await app.page.keyboard.press("Enter");
    const dialog = app.page.getByRole("dialog", { name: "Edit area" });
    await expect.poll(() => dialog.getByTestId("field-problem").textContent()).toBe("target must be between -100 and 100, got -120");
    expect(await fieldDescription(app, "Target position")).toBe("target must be between -100 and 100, got -120");
    expect(await app.focused()).toBe("area-target");
    // Neither the target nor the name was changed.
    expect(await app.calls("edit_area")).toEqual([]);
    expect(await app.lane("End goal").count()).toBe(1);
    expect(await app.lane("End goal").textContent()).not.toContain("Target");
    expect(await app.page.getByTestId("undo").isDisabled()).toBe(true);
  });

  test("a target that is not a number is refused beside the field without asking the core", async () => {
    const app = await openApp("basic");
    await openAreaDialog(app, "End goal");
    await typeInto(app, "area-target", "high");
    await app.page.keyboard.press("Enter");
    const dialog = app.page.getByRole("dialog", { name: "Edit area" });
    await expect.poll(() => dialog.getByTestId("field-problem").textContent()).toContain("number from −100 to +100");
    expect(await app.calls("set_area_target")).toEqual([]);
    expect(await app.calls("edit_area")).toEqual([]);
  });
});

// Where refusals of typed text appear, and whether the details panel's actions stay in view, in
// Chromium on the mocked build ("basic": Best product at −40 in End goal, Customer success team,
// Referral programme). The fake core refuses titles as the core does: blank, or over its limit.
import { TEXT_LIMITS } from "../../mock/core-rules";
import { describe, expect, test } from "vitest";
import type { Locator, Page } from "playwright-core";
import { bandBox, drag, openApp } from "./harness";

/** The texts of the visible elements a field's aria-describedby points at. */
async function description(page: Page, field: Locator): Promise<string[]> {
  const ids = ((await field.getAttribute("aria-describedby")) ?? "").split(/\s+/).filter(Boolean);
  const texts: string[] = [];
  for (const id of ids) {
    const described = page.locator(`[id="${id}"]`);
    if ((await described.count()) === 1 && (await described.isVisible())) texts.push(((await described.textContent()) ?? "").trim());
  }
  return texts;
}

/** Whether the element at the centre of `target` on screen is `target` itself (or inside it). */
async function unobstructed(target: Locator): Promise<boolean> {
  return target.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) return false;
    const hit = document.elementFromPoint(x, y);
    return hit !== null && element.contains(hit);
  });
}

/** Whether every corner of `target` is on screen and shows `target`, not something over it or a clip. */
async function fullyShown(target: Locator): Promise<boolean> {
  return target.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const corners = [[box.left + 2, box.top + 2], [box.right - 2, box.top + 2], [box.left + 2, box.bottom - 2], [box.right - 2, box.bottom - 2]];
    return corners.every(([x = 0, y = 0]) => {
      const hit = document.elementFromPoint(x, y);
      return hit !== null && element.contains(hit);
    });
  });
}

const banner = (page: Page) => page.getByTestId("error-message");

describe("the details panel", () => {
  test("Save and Delete stay in view and uncovered in a small window, with a long title, while the form scrolls", async () => {
    const app = await openApp("offsite");
    await app.page.setViewportSize({ width: 1024, height: 600 });
    await app.card("Best-in-class hardware").click();
    const long = "Best-in-class hardware for every studio, every stage and every touring musician on the road in Europe";
    await app.page.getByTestId("details-title").fill(long);
    await app.page.getByTestId("details-title").press("Enter");
    await expect.poll(() => app.card(long).count()).toBe(1);
    const save = app.page.getByTestId("details-save");
    const remove = app.page.getByTestId("details-delete");
    expect(await unobstructed(save)).toBe(true);
    expect(await unobstructed(remove)).toBe(true);
    // The fields above scroll under the actions, which stay where they are.
    const before = await save.boundingBox();
    await app.page.getByTestId("details-notes").evaluate((notes) => notes.scrollIntoView({ block: "end" }));
    expect(await unobstructed(app.page.getByTestId("details-notes"))).toBe(true);
    expect(await save.boundingBox()).toEqual(before);
    expect(await unobstructed(save)).toBe(true);
    expect(await unobstructed(remove)).toBe(true);
  });

  test("a 300-character title is refused beside the field, with its counter, and kept whole; no banner", async () => {
    const app = await openApp("basic");
    await app.card("Best product").click();
    const title = app.page.getByTestId("details-title");
    const typed = "Loyalty programme for every returning customer ".repeat(7).slice(0, 300);
    await title.fill(typed);
    await app.page.getByTestId("details-save").click();
    await expect.poll(() => title.getAttribute("aria-invalid")).toBe("true");
    const said = await description(app.page, title);
    expect(said).toContain("title is 300 characters long; at most 200 are allowed");
    expect(said).toContain(`300 of ${TEXT_LIMITS.title} characters`);
    expect(await title.inputValue()).toBe(typed);
    expect(await banner(app.page).count()).toBe(0);
    // Beside the field: the message starts just under the input.
    const field = await title.boundingBox();
    const message = await app.page.getByText("title is 300 characters long; at most 200 are allowed").boundingBox();
    expect(field && message && message.y >= field.y + field.height && message.y < field.y + field.height + 40).toBe(true);
    // The counter follows what is typed.
    await title.press("End");
    await title.press("Backspace");
    await expect.poll(() => description(app.page, title)).toContain(`299 of ${TEXT_LIMITS.title} characters`);
  });

  test("with several fields changed, the refusal goes to the field the core names", async () => {
    const app = await openApp("basic");
    await app.card("Best product").click();
    await app.page.getByTestId("details-title").fill("Loyalty programme");
    const owner = app.page.getByTestId("details-owner");
    await owner.fill("o".repeat(TEXT_LIMITS.owner + 1));
    await app.page.getByTestId("details-notes").fill("Asked for at the last offsite");
    await app.page.getByTestId("details-save").click();
    await expect.poll(() => owner.getAttribute("aria-invalid")).toBe("true");
    expect(await description(app.page, owner)).toContain(`owner is ${TEXT_LIMITS.owner + 1} characters long; at most ${TEXT_LIMITS.owner} are allowed`);
    expect(await app.page.getByTestId("details-title").getAttribute("aria-invalid")).toBeNull();
    expect(await owner.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  test("the counter appears as a text nears the core's limit, before anything is refused", async () => {
    const app = await openApp("basic");
    await app.card("Best product").click();
    const title = app.page.getByTestId("details-title");
    const near = Math.floor(TEXT_LIMITS.title * 0.8);
    await title.fill("x".repeat(near - 1));
    expect(await app.page.getByTestId("field-count").count()).toBe(0);
    await title.fill("x".repeat(near));
    await expect.poll(() => description(app.page, title)).toEqual([`${near} of ${TEXT_LIMITS.title} characters`]);
    expect(await title.getAttribute("aria-invalid")).toBeNull();
    // The owner counts against its own, shorter limit.
    const owner = app.page.getByTestId("details-owner");
    await owner.fill("o".repeat(TEXT_LIMITS.owner));
    await expect.poll(() => description(app.page, owner)).toEqual([`${TEXT_LIMITS.owner} of ${TEXT_LIMITS.owner} characters`]);
  });

  test("a typed target out of range is sent as typed and refused beside the target field", async () => {
    const app = await openApp("basic");
    await app.card("Best product").click();
    const target = app.page.getByTestId("details-target");
    await target.fill("150");
    await app.page.getByTestId("details-save").click();
    await expect.poll(() => target.getAttribute("aria-invalid")).toBe("true");
    expect(await description(app.page, target)).toContain("target must be between -100 and 100, got 150");
    expect(await app.page.getByTestId("details-title").getAttribute("aria-invalid")).toBeNull();
    expect(await banner(app.page).count()).toBe(0);
    const edits = await app.calls("edit_initiative");
    expect((edits[0]?.args.details as { target: number }).target).toBe(150);
  });
});

describe("renaming in place", () => {
  test("renaming a card to nothing is refused beside the field, which stays open; Escape keeps the old title", async () => {
    const app = await openApp("basic");
    await app.card("Best product").focus();
    await app.page.keyboard.press("Enter");
    const input = app.page.getByTestId("card-title-input");
    await input.fill("");
    await app.page.keyboard.press("Enter");
    await expect.poll(() => input.getAttribute("aria-invalid")).toBe("true");
    expect(await description(app.page, input)).toContain("title must not be empty");
    expect(await fullyShown(app.page.getByTestId("field-problem"))).toBe(true);
    expect(await banner(app.page).count()).toBe(0);
    expect(await app.calls("edit_initiative")).toHaveLength(1);
    await app.page.keyboard.press("Escape");
    await expect.poll(() => input.count()).toBe(0);
    expect(await app.card("Best product").count()).toBe(1);
  });

  test("an over-long rename keeps what was typed and counts it, in a note not cut off by the lane", async () => {
    // "Referral programme" sits at the bottom of its lane: the note has no room under it.
    const app = await openApp("offsite");
    await app.card("Referral programme").focus();
    await app.page.keyboard.press("Enter");
    const input = app.page.getByTestId("card-title-input");
    const typed = "r".repeat(250);
    await input.fill(typed);
    await app.page.keyboard.press("Enter");
    await expect.poll(() => input.getAttribute("aria-invalid")).toBe("true");
    expect(await description(app.page, input)).toEqual(["title is 250 characters long; at most 200 are allowed", `250 of ${TEXT_LIMITS.title} characters`]);
    expect(await input.inputValue()).toBe(typed);
    expect(await banner(app.page).count()).toBe(0);
    for (const part of ["field-problem", "field-count"]) expect(await fullyShown(app.page.getByTestId(part))).toBe(true);
  });
});

describe("adding a card", () => {
  test("Enter on an empty new-card title says so by the input and adds nothing", async () => {
    const app = await openApp("basic");
    await app.page.getByTestId("add-initiative-Marketing strategy").click();
    const input = app.page.getByTestId("initiative-title-input");
    await app.page.keyboard.press("Enter");
    await expect.poll(() => input.getAttribute("aria-invalid")).toBe("true");
    const said = await description(app.page, input);
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/title/i);
    expect(await app.calls("add_initiative")).toHaveLength(0);
    // Typing a title then adds it as usual.
    await input.fill("Advocacy programme");
    await app.page.keyboard.press("Enter");
    await expect.poll(() => app.card("Advocacy programme").count()).toBe(1);
  });

  test("a new card's note at the bottom of a lane is drawn whole, not cut off by the lane", async () => {
    const app = await openApp("basic");
    const band = await bandBox(app.lane("End goal"));
    await app.page.mouse.dblclick(band.x + band.width * 0.3, band.y + band.height - 4);
    await app.page.getByTestId("initiative-title-input").fill("t".repeat(240));
    await app.page.keyboard.press("Enter");
    await app.page.getByTestId("field-problem").waitFor();
    expect(await fullyShown(app.page.getByTestId("field-problem"))).toBe(true);
    expect(await fullyShown(app.page.getByTestId("field-count"))).toBe(true);
  });

  test("a blank new-card title goes to the core, whose refusal shows by the input; no banner", async () => {
    const app = await openApp("basic");
    await app.page.getByTestId("add-initiative-Marketing strategy").click();
    const input = app.page.getByTestId("initiative-title-input");
    await input.fill("   ");
    await app.page.keyboard.press("Enter");
    await expect.poll(() => input.getAttribute("aria-invalid")).toBe("true");
    expect(await description(app.page, input)).toContain("title must not be empty");
    expect(await input.inputValue()).toBe("   ");
    expect(await app.calls("add_initiative")).toHaveLength(1);
    expect(await banner(app.page).count()).toBe(0);
  });
});

describe("a new canvas on Home", () => {
  test("an empty title is refused beside the field and the page does not move", async () => {
    const app = await openApp("home");
    const form = app.page.getByRole("region", { name: "New canvas" });
    const before = await form.boundingBox();
    await app.page.getByTestId("create-canvas").click();
    const title = app.page.getByTestId("new-canvas-title");
    await expect.poll(() => title.getAttribute("aria-invalid")).toBe("true");
    expect(await description(app.page, title)).toContain("canvas title must not be empty");
    expect((await form.boundingBox())?.y).toBe(before?.y);
    expect(await banner(app.page).count()).toBe(0);
    expect(await app.calls("new_canvas")).toHaveLength(1);
  });
});

describe("the reason for a move", () => {
  test("an over-long reason is kept whole and refused beside the field, with its counter; the prompt stays", async () => {
    const app = await openApp("basic");
    const band = await bandBox(app.lane("End goal"));
    await drag(app.page, app.card("Best product"), band.width * 0.1, 0);
    const why = app.page.getByTestId("why-input");
    const typed = "Customer interviews showed it again and again. ".repeat(6).slice(0, TEXT_LIMITS.reason + 5);
    await why.fill(typed);
    await app.page.keyboard.press("Enter");
    await expect.poll(() => why.getAttribute("aria-invalid")).toBe("true");
    expect(await why.inputValue()).toBe(typed);
    expect(await description(app.page, why)).toEqual([
      `reason is ${TEXT_LIMITS.reason + 5} characters long; at most ${TEXT_LIMITS.reason} are allowed`,
      `${TEXT_LIMITS.reason + 5} of ${TEXT_LIMITS.reason} characters`,
    ]);
    expect(await banner(app.page).count()).toBe(0);
    // Shortened to the limit, it is saved and the prompt goes.
    await why.fill(typed.slice(0, TEXT_LIMITS.reason));
    await app.page.keyboard.press("Enter");
    await expect.poll(() => app.page.getByTestId("why-prompt").count()).toBe(0);
    expect((await app.calls("explain_change")).at(-1)?.args).toMatchObject({ reason: typed.slice(0, TEXT_LIMITS.reason).trim() });
  });
});

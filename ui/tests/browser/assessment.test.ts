// The self-assessment panel in Chromium, on the mocked build, with the core's 14 statements
// (generated into mock/core-rules.ts); a participant's place is
// (customer answers − product answers) × 100 / 28, as the core scores it.
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { openApp, type App } from "./harness";
import { STATEMENTS } from "../../mock/core-rules";

const LABELS = ["0 Not true of us", "1 Rarely true", "2 Partly true", "3 Mostly true", "4 Entirely true"];

/** Answers statement i with answers[i] by clicking its radio, as a participant would. */
async function answer(page: Page, answers: number[]): Promise<void> {
  const statements = page.getByTestId("statement");
  for (const [index, value] of answers.entries()) {
    await statements.nth(index).getByRole("radio", { name: LABELS[value], exact: true }).check();
  }
}

/** product statements get `product`, customer statements `customer`. */
const answers = (product: number, customer: number) => STATEMENTS.map((s) => (s.pole === "product" ? product : customer));

async function openPanel(app: App): Promise<void> {
  await app.page.getByTestId("tool-assessment").click();
  await app.page.getByTestId("assessment-panel").waitFor();
  await expect.poll(() => app.page.getByTestId("statement").count()).toBe(14);
}

async function participant(app: App, name: string, given: number[]): Promise<void> {
  const next = app.page.getByTestId("assessment-next");
  if (await next.isVisible()) await next.click();
  await app.page.getByTestId("assessment-name").fill(name);
  await answer(app.page, given);
  await app.page.getByTestId("assessment-submit").click();
  await expect.poll(() => app.page.getByTestId("notice").textContent()).toContain(`${name}'s answers are in`);
}

/** The facilitator puts the results on screen. */
async function showResults(app: App): Promise<void> {
  await app.page.getByTestId("assessment-show").click();
  await app.page.getByTestId("assessment-participant").first().waitFor();
}

/** Nothing of anybody's answers is on screen: no participant, score or team result, here or on the axis. */
async function noResultsOnScreen(app: App): Promise<void> {
  for (const testid of ["assessment-participant", "participant-marker", "team-average", "assessment-mean", "axis-participant", "axis-team-average"]) {
    expect(await app.page.getByTestId(testid).count(), testid).toBe(0);
  }
  expect(await app.page.getByText(/Team [+−-]?\d/).count()).toBe(0);
}

describe("the self-assessment", () => {
  test("two participants answer in turn; each and the team average show in the panel and on the axis", async () => {
    const app = await openApp("basic");
    await openPanel(app);
    await participant(app, "Ana", answers(2, 2));
    const [first] = await app.calls("answer_assessment");
    expect(first?.args).toEqual({ participant: "Ana", answers: answers(2, 2) });
    // The next participant starts from an empty form: Ana's answers are not on screen.
    await app.page.getByTestId("assessment-next").click();
    await expect.poll(() => app.page.getByTestId("assessment-progress").textContent()).toBe("0 of 14 answered");
    expect(await app.page.getByRole("radio", { checked: true }).count()).toBe(0);
    await participant(app, "Marc", answers(1, 3));
    await showResults(app);

    const panel = app.page.getByTestId("assessment-panel");
    expect(await panel.getByTestId("participant-marker").count()).toBe(2);
    expect(await panel.getByRole("img", { name: "Marc +50" }).count()).toBe(1);
    expect(await panel.getByTestId("team-average").getAttribute("aria-label")).toBe("Team average +25, spread 25, range 0 to +50");
    expect(await app.page.getByTestId("assessment-mean").textContent()).toBe("+25");
    expect(await app.page.getByTestId("assessment-range").textContent()).toContain("0 to +50");
    expect(await app.page.getByTestId("assessment-spread").textContent()).toBe("25");

    // The board's axis carries the same result.
    const axis = app.page.getByTestId("axis");
    expect(await axis.getByTestId("axis-participant").count()).toBe(2);
    expect(await axis.getByRole("img", { name: "Team average +25, spread 25, range 0 to +50" }).count()).toBe(1);
  });

  test("an answer left out keeps Submit disabled; the keyboard answers too", async () => {
    const app = await openApp("basic");
    await openPanel(app);
    const submit = app.page.getByTestId("assessment-submit");
    await app.page.getByTestId("assessment-name").fill("Lea");
    await answer(app.page, answers(3, 1).slice(0, 13));
    expect(await app.page.getByTestId("assessment-progress").textContent()).toBe("13 of 14 answered");
    expect(await submit.isDisabled()).toBe(true);
    // The last statement by keyboard: focus its first choice, then arrow right picks 1.
    const last = app.page.getByTestId("statement").nth(13);
    await last.getByRole("radio", { name: LABELS[0], exact: true }).focus();
    await app.page.keyboard.press("ArrowRight");
    await expect.poll(() => last.getByRole("radio", { name: LABELS[1], exact: true }).isChecked()).toBe(true);
    expect(await app.page.getByTestId("assessment-progress").textContent()).toBe("14 of 14 answered");
    expect(await submit.isDisabled()).toBe(false);
    // Without a name there is nobody to place.
    await app.page.getByTestId("assessment-name").fill("");
    expect(await submit.isDisabled()).toBe(true);
    expect(await app.calls("answer_assessment")).toHaveLength(0);
  });

  test("the core's refusal shows in the error banner and the answers stay", async () => {
    const app = await openApp("basic");
    await openPanel(app);
    const message = "participant name contains a control character (U+0009); remove it and try again";
    await app.page.evaluate((text) => (window as unknown as { __fake: { failNext(c: string, code: string, m: string): void } }).__fake.failNext("answer_assessment", "invalid_input", text), message);
    await app.page.getByTestId("assessment-name").fill("Sam");
    await answer(app.page, answers(4, 0));
    await app.page.getByTestId("assessment-submit").click();
    await expect.poll(() => app.page.getByTestId("error-message").textContent()).toBe(message);
    expect(await app.page.getByTestId("assessment-progress").textContent()).toBe("14 of 14 answered");
    expect(await app.page.getByTestId("assessment-name").inputValue()).toBe("Sam");
  });

  test("removing a participant takes them off; Undo brings them back", async () => {
    const app = await openApp("basic");
    await openPanel(app);
    await participant(app, "Ana", answers(2, 2));
    await participant(app, "Marc", answers(1, 3));
    await showResults(app);
    await app.page.getByRole("button", { name: "Remove Ana's answers" }).click();
    await expect.poll(() => app.page.getByTestId("assessment-participant").count()).toBe(1);
    expect(await app.calls("remove_assessment")).toEqual([{ cmd: "remove_assessment", args: { participant: "Ana" } }]);
    expect(await app.page.getByTestId("axis-participant").count()).toBe(1);
    expect(await app.page.getByTestId("assessment-mean").textContent()).toBe("+50");

    await app.page.getByTestId("undo").click();
    await expect.poll(() => app.page.getByTestId("assessment-participant").count()).toBe(2);
    expect(await app.page.getByTestId("axis-participant").count()).toBe(2);
    expect(await app.page.getByTestId("assessment-mean").textContent()).toBe("+25");
  });

  test("while the next participant answers, nobody's answers, scores or the team result are on screen", async () => {
    const app = await openApp("basic");
    await openPanel(app);
    await participant(app, "Ana", answers(0, 4));
    // Ana is done: her result waits for the facilitator, and is not on the board either.
    await noResultsOnScreen(app);
    await showResults(app);
    expect(await app.page.getByTestId("axis-participant").count()).toBe(1);

    // Marc starts: the results Ana's turn showed go away, in the panel and on the axis.
    await app.page.getByTestId("assessment-next").click();
    await expect.poll(() => app.page.getByTestId("assessment-progress").textContent()).toBe("0 of 14 answered");
    await noResultsOnScreen(app);
    await app.page.getByTestId("assessment-name").fill("Marc");
    await answer(app.page, answers(1, 3));
    await noResultsOnScreen(app);
    await app.page.getByTestId("assessment-submit").click();
    await expect.poll(() => app.page.getByTestId("notice").textContent()).toContain("Marc's answers are in");
    await noResultsOnScreen(app);
    // Closing the panel does not show them either: only the facilitator's choice does.
    await app.page.getByTestId("tool-assessment").click();
    await noResultsOnScreen(app);
    await app.page.getByTestId("tool-assessment").click();
    await showResults(app);
    expect(await app.page.getByTestId("assessment-participant").count()).toBe(2);
    expect(await app.page.getByTestId("axis-participant").count()).toBe(2);
    expect(await app.page.getByTestId("assessment-show").textContent()).toContain("Hide results");
  });
});

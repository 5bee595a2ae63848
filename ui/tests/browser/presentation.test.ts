// Presentation mode on the mocked build: the overview, one slide per area, the offsite's results,
// the keyboard, and nothing of the canvas screen (a tooltip) left over the slides.
// "offsite" has the full template's eight areas; "offsite-results" adds three self-assessments
// (Ana +50, Jonas −50, Marc +25) and a revealed round (Customer success team 5, Referral
// programme 3, Moonshot lab 1).
import { describe, expect, test } from "vitest";
import { openApp, type App } from "./harness";

async function present(app: App) {
  await app.page.getByTestId("present").click();
  const stage = app.page.getByTestId("presentation");
  await stage.waitFor();
  return stage;
}

const slideTitle = (app: App) => app.page.getByTestId("presentation-area").textContent();

describe("presentation mode", () => {
  test("pages from the overview through the areas to the results with the keyboard, and Escape returns", async () => {
    const app = await openApp("offsite");
    const stage = await present(app);
    expect(await app.calls("set_full_screen")).toEqual([{ cmd: "set_full_screen", args: { on: true } }]);
    await expect(slideTitle(app)).resolves.toBe("Overview");
    await expect(app.page.getByTestId("presentation-count").textContent()).resolves.toBe("Overview");
    await app.page.keyboard.press("ArrowRight");
    await expect.poll(() => slideTitle(app)).toBe("End goal");
    await expect(app.page.getByTestId("presentation-count").textContent()).resolves.toBe("Area 1 of 8");
    await expect(app.page.getByTestId("presentation-figures").textContent()).resolves.toMatch(/Stance .* target \+40/);
    await app.page.keyboard.press("PageDown");
    await expect.poll(() => slideTitle(app)).toBe("Growth strategy");
    await expect(app.page.getByTestId("presentation-count").textContent()).resolves.toBe("Area 2 of 8");
    const titles = await app.page.getByTestId("presentation-card").locator(".title").allTextContents();
    expect(titles.sort()).toEqual(["Customer success team", "Expansion to Nordics", "Next-gen product line"]);
    // End is the results slide; one back is the last area; one on from the results stays there.
    await app.page.keyboard.press("End");
    await expect.poll(() => slideTitle(app)).toBe("Offsite results");
    await app.page.keyboard.press("ArrowRight");
    await expect(slideTitle(app)).resolves.toBe("Offsite results");
    await app.page.keyboard.press("ArrowLeft");
    await expect.poll(() => slideTitle(app)).toBe("Time horizon");
    await expect(app.page.getByTestId("presentation-count").textContent()).resolves.toBe("Area 8 of 8");
    await app.page.keyboard.press("PageUp");
    await expect.poll(() => slideTitle(app)).toBe("Customer research");
    await app.page.keyboard.press("Home");
    await expect.poll(() => slideTitle(app)).toBe("Overview");
    await app.page.keyboard.press("ArrowLeft");
    await expect(slideTitle(app)).resolves.toBe("Overview");
    // Arrow keys page; they never move a card behind the stage.
    expect(await app.calls("move_initiatives")).toHaveLength(0);
    await app.page.keyboard.press("Escape");
    await expect.poll(() => stage.count()).toBe(0);
    expect((await app.calls("set_full_screen")).at(-1)?.args).toEqual({ on: false });
  });

  test("the overview lists every area with the figures its lane shows", async () => {
    const app = await openApp("offsite");
    const laneShift = await app.lane("Growth strategy").getByTestId("shift").textContent();
    await present(app);
    const rows = app.page.getByTestId("overview-row");
    await expect.poll(() => rows.count()).toBe(8);
    const cells = async (name: string) => rows.filter({ hasText: name }).locator("th, td").allTextContents();
    // Area, stance, target, shift, initiatives, pushing to the product pole, to the customer pole.
    const endGoal = await cells("End goal");
    expect(endGoal[0]).toBe("End goal");
    expect(endGoal.slice(2, 5)).toEqual(["+40", expect.stringMatching(/^[+−]?\d/), "3"]);
    const growth = await cells("Growth strategy");
    expect(growth.slice(5)).toEqual(["0", "1"]);
    expect(laneShift).toContain(growth[3]);
    // No target: a dash, never an invented figure.
    expect((await cells("Time horizon")).slice(2, 4)).toEqual(["—", "—"]);
    // The stance is the one the area's own slide shows.
    await app.page.keyboard.press("ArrowRight");
    await expect.poll(() => app.page.getByTestId("presentation-figures").textContent()).toContain(`Stance ${endGoal[1]}`);
  });

  test("the last slide shows the vote ranking and the self-assessment", async () => {
    const app = await openApp("offsite-results");
    await present(app);
    await app.page.keyboard.press("End");
    await expect.poll(() => slideTitle(app)).toBe("Offsite results");
    const votes = app.page.getByTestId("presentation-vote");
    expect(await votes.locator(".figure").allTextContents()).toEqual(["5 votes", "3 votes", "1 vote"]);
    expect(await votes.first().textContent()).toContain("Customer success team");
    const team = app.page.getByTestId("presentation-team");
    expect(await team.getByTestId("team-axis").count()).toBe(1);
    const figures = await team.locator("dd").allTextContents();
    expect(figures).toEqual(["+8.3", "−50 to +50", expect.stringMatching(/^\d+(\.\d)?$/)]);
    expect(await team.textContent()).toContain("3 participants");
  });

  test("without results yet, the last slide says so", async () => {
    const app = await openApp("offsite");
    await present(app);
    await app.page.keyboard.press("End");
    await expect.poll(() => app.page.getByTestId("presentation-votes").textContent()).toContain("No voting round yet");
    expect(await app.page.getByTestId("presentation-team").textContent()).toContain("No self-assessment answers yet");
  });

  test("no tooltip of the Present button stays over the first slide", async () => {
    const app = await openApp("offsite");
    const button = app.page.getByTestId("present");
    const box = await button.boundingBox();
    if (!box) throw new Error("no Present button");
    const pointer = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    // The pointer rests on the button (long enough for a tooltip), then clicks without moving.
    await app.page.mouse.move(pointer.x, pointer.y);
    await app.page.waitForTimeout(1200);
    await app.page.mouse.down();
    await app.page.mouse.up();
    await app.page.getByTestId("presentation").waitFor();
    // A title's popup, once shown, stays until the pointer moves (WebKitGTK): the opener has none.
    expect(await button.getAttribute("title")).toBeNull();
    // What it said is still there for a screen reader.
    const description = await button.evaluate((el) =>
      (el.getAttribute("aria-describedby") ?? "").split(" ").map((id) => document.getElementById(id)?.textContent ?? "").join(" "),
    );
    expect(description).toContain("Esc");
    // Nothing under the resting pointer on the slide has a title popup either, and no tooltip shows.
    const titled = await app.page.evaluate(({ x, y }) => {
      const titles: string[] = [];
      for (let el = document.elementFromPoint(x, y); el; el = el.parentElement) {
        const title = el.getAttribute("title");
        if (title) titles.push(title);
      }
      return { titles, inStage: document.elementFromPoint(x, y)?.closest("[data-testid=presentation]") !== null };
    }, pointer);
    expect(titled).toEqual({ titles: [], inStage: true });
    expect(await app.page.locator("[role=tooltip]:visible").count()).toBe(0);
  });
});

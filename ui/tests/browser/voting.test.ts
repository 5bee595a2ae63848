// Dot voting in Chromium, on the mocked build. The "basic" scenario has three cards: Best product
// (End goal), Customer success team (Growth strategy), Referral programme (Marketing strategy).
import { describe, expect, test } from "vitest";
import { openApp, type App } from "./harness";

async function startRound(app: App, allowance: number): Promise<void> {
  await app.page.getByTestId("tool-voting").click();
  await app.page.getByTestId("voting-allowance").fill(String(allowance));
  await app.page.getByTestId("voting-start").click();
  await app.page.getByTestId("voting-round").waitFor();
}

/** One voter's turn: name, then one + press per title given. */
async function vote(app: App, voter: string, titles: string[]): Promise<void> {
  await app.page.getByTestId("voter-name").fill(voter);
  await app.page.getByTestId("voter-begin").click();
  for (const title of titles) await app.page.getByRole("button", { name: `Add a vote to ${title}`, exact: true }).click();
}

async function cast(app: App): Promise<void> {
  const before = (await app.calls("cast_ballot")).length;
  await app.page.getByTestId("cast-ballot").click();
  await expect.poll(async () => (await app.calls("cast_ballot")).length).toBe(before + 1);
  await app.page.getByTestId("voter-name").waitFor();
}

describe("dot voting", () => {
  test("two voters vote in turn; totals stay hidden until the reveal, then show on the cards and in the results", async () => {
    const app = await openApp("basic");
    await startRound(app, 3);
    expect((await app.calls("start_voting"))[0]?.args).toEqual({ allowance: 3 });

    await vote(app, "Ana", ["Referral programme", "Referral programme", "Best product"]);
    expect(await app.page.getByTestId("votes-left").textContent()).toBe("0 of 3 votes left");
    // No fourth vote: every + is disabled once the allowance is used.
    const adds = app.page.getByRole("button", { name: /^Add a vote to / });
    expect(await adds.count()).toBe(3);
    for (const add of await adds.all()) expect(await add.isDisabled()).toBe(true);
    // Taking one back frees a vote again.
    await app.page.getByRole("button", { name: "Remove a vote from Best product", exact: true }).click();
    expect(await app.page.getByTestId("votes-left").textContent()).toBe("1 of 3 votes left");
    await app.page.getByRole("button", { name: "Add a vote to Best product", exact: true }).click();
    await cast(app);
    const [ballot] = await app.calls("cast_ballot");
    expect(ballot?.args.ballot).toMatchObject({ participant: "Ana" });
    expect((ballot?.args.ballot as { votes: { count: number }[] }).votes.map((v) => v.count).sort()).toEqual([1, 2]);

    // The next voter starts from an empty ballot.
    await vote(app, "Marc", []);
    expect(await app.page.getByTestId("votes-left").textContent()).toBe("3 of 3 votes left");
    expect(await app.page.getByTestId("ballot-count").allTextContents()).toEqual(["0", "0", "0"]);
    await app.page.getByRole("button", { name: "Add a vote to Referral programme", exact: true }).click();
    await app.page.getByRole("button", { name: "Add a vote to Customer success team", exact: true }).click();
    await cast(app);

    // Hidden: names only, no badge, no totals.
    const panel = app.page.getByTestId("voting-panel");
    expect(await app.page.getByTestId("voters").getByRole("listitem").allTextContents()).toEqual(["Ana", "Marc"]);
    expect(await app.page.getByTestId("votes-badge").count()).toBe(0);
    expect(await app.page.getByTestId("vote-results").count()).toBe(0);
    expect(await panel.textContent()).not.toMatch(/Referral programme/);

    await app.page.getByTestId("voting-reveal").click();
    await app.page.getByTestId("confirm-reveal").waitFor();
    expect(await app.calls("reveal_votes")).toHaveLength(0);
    await app.page.getByTestId("confirm-reveal-confirm").click();
    await app.page.getByTestId("vote-results").waitFor();

    expect(await app.card("Referral programme").getByTestId("votes-badge").textContent()).toContain("3");
    expect(await app.card("Best product").getByTestId("votes-badge").textContent()).toContain("1");
    expect(await app.card("Customer success team").getByTestId("votes-badge").textContent()).toContain("1");
    // The card (a slider) is described by its badge for screen readers.
    const described = await app.card("Referral programme").getAttribute("aria-describedby");
    expect(await app.page.locator(`[id="${described}"]`).textContent()).toContain("3 votes");

    const rows = app.page.getByTestId("vote-result");
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(0).textContent()).toMatch(/^Referral programme\s*Marketing strategy\s*3$/);
    expect(await rows.nth(1).textContent()).toMatch(/^Best product\s*End goal\s*1$/);
    expect(await rows.nth(2).textContent()).toMatch(/^Customer success team\s*Growth strategy\s*1$/);
    // After the reveal there is no ballot to cast.
    expect(await app.page.getByTestId("voter-name").count()).toBe(0);
  });

  test("equal totals keep the board's reading order (the core's ranking), not the titles' order", async () => {
    const app = await openApp("basic");
    // "Always on" at 0 lies right of Best product (−40) in End goal, but sorts before it by title.
    await app.page.getByTestId("add-initiative-End goal").click();
    await app.page.getByTestId("initiative-title-input").fill("Always on");
    await app.page.keyboard.press("Enter");
    await app.card("Always on").waitFor();
    await startRound(app, 2);
    await vote(app, "Ana", ["Always on", "Best product"]);
    await cast(app);
    await app.page.getByTestId("voting-reveal").click();
    await app.page.getByTestId("confirm-reveal-confirm").click();
    await app.page.getByTestId("vote-results").waitFor();
    const rows = app.page.getByTestId("vote-result");
    expect(await rows.allTextContents()).toEqual([
      expect.stringMatching(/^Best product\s*End goal\s*1$/),
      expect.stringMatching(/^Always on\s*End goal\s*1$/),
    ]);
  });

  test("votes:2 keeps only the cards with at least two votes", async () => {
    const app = await openApp("basic");
    await startRound(app, 3);
    await vote(app, "Ana", ["Referral programme", "Referral programme", "Best product"]);
    await cast(app);
    await vote(app, "Marc", ["Best product"]);
    await cast(app);
    await app.page.getByTestId("voting-reveal").click();
    await app.page.getByTestId("confirm-reveal-confirm").click();
    await app.page.getByTestId("vote-results").waitFor();

    await app.page.getByTestId("search").fill("votes:2");
    await expect.poll(() => app.page.getByTestId("match-count").textContent()).toBe("2 of 3");
    expect(await app.card("Customer success team").getAttribute("class")).toContain("dimmed");
    expect(await app.card("Referral programme").getAttribute("class")).not.toContain("dimmed");
    expect(await app.card("Best product").getAttribute("class")).not.toContain("dimmed");
    await app.page.getByTestId("search").fill("votes:3");
    await expect.poll(() => app.page.getByTestId("match-count").textContent()).toBe("0 of 3");
  });

  test("a new round over an open one asks first, in the app; Cancel keeps the round", async () => {
    const app = await openApp("basic");
    await startRound(app, 3);
    await vote(app, "Ana", ["Best product"]);
    await cast(app);

    await app.page.getByTestId("voting-new-round").click();
    await app.page.getByTestId("voting-allowance").fill("5");
    await app.page.getByTestId("voting-start").click();
    await app.page.getByTestId("confirm-new-round").waitFor();
    await app.page.getByTestId("confirm-new-round-cancel").click();
    expect(await app.calls("start_voting")).toHaveLength(1);
    expect(await app.page.getByTestId("voters").textContent()).toContain("Ana");

    await app.page.getByTestId("voting-start").click();
    await app.page.getByTestId("confirm-new-round-confirm").click();
    await expect.poll(async () => (await app.calls("start_voting")).length).toBe(2);
    expect((await app.calls("start_voting"))[1]?.args).toEqual({ allowance: 5 });
    await expect.poll(() => app.page.getByTestId("voters").count()).toBe(0);
    expect(await app.page.getByTestId("voting-round").textContent()).toContain("5 votes per participant");
    // The harness fails the test had a native confirm() opened.
  });

  test("keyboard only: Enter names the voter, the search narrows the list, Enter on + places votes", async () => {
    const app = await openApp("basic");
    await startRound(app, 3);
    await app.page.getByTestId("voter-name").fill("Lea");
    await app.page.keyboard.press("Enter");
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("ballot-search");
    await app.page.keyboard.type("referral");
    await expect.poll(() => app.page.getByTestId("ballot-row").count()).toBe(1);
    // "−" is disabled at 0, so Tab lands on "+".
    await app.page.keyboard.press("Tab");
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Add a vote to Referral programme");
    await app.page.keyboard.press("Enter");
    await app.page.keyboard.press("Enter");
    expect(await app.page.getByTestId("ballot-count").textContent()).toBe("2");
    expect(await app.page.getByTestId("votes-left").textContent()).toBe("1 of 3 votes left");
    await app.page.getByTestId("cast-ballot").click();
    await expect.poll(async () => (await app.calls("cast_ballot")).length).toBe(1);
    expect((await app.calls("cast_ballot"))[0]?.args.ballot).toMatchObject({ participant: "Lea", votes: [{ count: 2 }] });
  });

  test("an allowance the core refuses is shown in the error banner", async () => {
    const app = await openApp("basic");
    await app.page.getByTestId("tool-voting").click();
    await app.page.getByTestId("voting-allowance").fill("80");
    await app.page.getByTestId("voting-start").click();
    await expect.poll(() => app.page.getByTestId("error-message").textContent()).toBe("votes per participant must be between 1 and 50, got 80");
    expect(await app.page.getByTestId("voting-round").count()).toBe(0);
  });

  test("a re-typed voter name asks before it replaces a ballot; Cancel keeps the first one", async () => {
    const app = await openApp("basic");
    await startRound(app, 3);
    await vote(app, "Ana", ["Referral programme", "Referral programme", "Best product"]);
    await cast(app);

    // "ana " is Ana: casting asks, in the core's words, and changes nothing until answered.
    await vote(app, "ana ", ["Best product"]);
    await app.page.getByTestId("cast-ballot").click();
    const question = app.page.getByTestId("confirm-replace-ballot");
    await question.waitFor();
    expect(await question.getByRole("heading").textContent()).toBe("Ana has already voted in this round. Replace that ballot?");
    expect(await app.page.getByRole("alert").count()).toBe(0);
    expect((await app.calls("cast_ballot")).map((c) => c.args.replace)).toEqual([false, false]);
    await question.getByRole("button", { name: "Cancel" }).click();
    await expect.poll(() => question.count()).toBe(0);
    // The ballot stays open; the voters list still has one Ana.
    expect(await app.page.getByTestId("votes-left").textContent()).toBe("2 of 3 votes left");
    expect(await app.page.getByTestId("voters").getByRole("listitem").allTextContents()).toEqual(["Ana"]);

    // Replace, once meant: one ballot for her, the new one.
    await app.page.getByTestId("cast-ballot").click();
    await question.getByRole("button", { name: "Replace ballot" }).click();
    await app.page.getByTestId("voter-name").waitFor();
    expect((await app.calls("cast_ballot")).at(-1)?.args.replace).toBe(true);
    expect(await app.page.getByTestId("voters").getByRole("listitem").allTextContents()).toEqual(["ana"]);
    await app.page.getByTestId("voting-reveal").click();
    await app.page.getByTestId("confirm-reveal-confirm").click();
    await expect.poll(() => app.card("Best product").getByTestId("votes-badge").textContent()).toContain("1");
    expect(await app.card("Referral programme").getByTestId("votes-badge").count()).toBe(0);
  });
});

// Where cards are drawn: the core's placement rule, the same on the board as in the exported
// picture. "crowded" is the core's own crowded canvas (ui/mock/crowded.ts, generated with the rows
// its exported SVG draws).
import { describe, expect, test } from "vitest";
import { CROWDED, CROWDED_SVG_ROWS } from "../../mock/crowded";
import { openApp, type App } from "./harness";

type Drawn = { id: string; title: string; x: number; y: number; width: number; height: number };

/** The cards of a lane as drawn on screen. */
async function drawnCards(app: App, laneName: string): Promise<Drawn[]> {
  return app.lane(laneName).locator("[data-card-id]").evaluateAll((cards) =>
    cards.map((card) => {
      const box = card.getBoundingClientRect();
      return { id: card.getAttribute("data-card-id") ?? "", title: card.getAttribute("aria-label") ?? "", x: box.left, y: box.top, width: box.width, height: box.height };
    }),
  );
}

/** Cards grouped by the top they are drawn at, top to bottom, each row's ids left to right. */
function rowsOf(cards: Drawn[]): string[][] {
  const rows = new Map<number, Drawn[]>();
  for (const card of cards) {
    const top = Math.round(card.y);
    rows.set(top, [...(rows.get(top) ?? []), card]);
  }
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row.sort((a, b) => a.x - b.x).map((card) => card.id));
}

function overlap(a: Drawn, b: Drawn): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe("placement", () => {
  test("the board draws each crowded lane's cards in the rows of the exported SVG", async () => {
    const app = await openApp("crowded");
    for (const area of CROWDED.areas) {
      const cards = await drawnCards(app, area.name);
      expect(cards.length, area.name).toBe(CROWDED.initiatives.filter((card) => card.area_id === area.id).length);
      expect(rowsOf(cards), area.name).toEqual(CROWDED_SVG_ROWS[area.id]);
    }
  });

  test("no card covers another, and a lane grows to hold a stack of cards at one place", async () => {
    const app = await openApp("crowded");
    for (const area of CROWDED.areas) {
      const cards = await drawnCards(app, area.name);
      for (const [i, a] of cards.entries()) for (const b of cards.slice(i + 1)) expect(overlap(a, b), `${a.title} / ${b.title}`).toBe(false);
    }
    // Five cards at +10 in Growth strategy: five rows, every card inside its lane.
    const lane = await app.lane("Growth strategy").boundingBox();
    const stack = await drawnCards(app, "Growth strategy");
    expect(new Set(stack.map((card) => Math.round(card.y))).size).toBe(5);
    for (const card of stack) expect(card.y + card.height).toBeLessThanOrEqual((lane?.y ?? 0) + (lane?.height ?? 0));
  });

  test("a card dragged onto a neighbour moves to another row instead of covering it", async () => {
    const app = await openApp("basic");
    // Best product at −40 in End goal; a second card dropped at −30 beside it.
    const best = await app.card("Best product").boundingBox();
    await app.page.getByTestId("add-initiative-End goal").click();
    await app.page.getByTestId("initiative-title-input").fill("Beside it");
    await app.page.keyboard.press("Enter");
    const added = app.card("Beside it");
    await added.waitFor();
    const from = await added.boundingBox();
    if (!best || !from) throw new Error("cards not on screen");
    // Drag it sideways so its centre lands 10 axis units right of Best product's.
    await app.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await app.page.mouse.down();
    const target = best.x + best.width / 2 + best.width * 0.25;
    await app.page.mouse.move(target, from.y + from.height / 2, { steps: 8 });
    await app.page.mouse.up();
    await expect.poll(async () => Math.round((await app.card("Beside it").boundingBox())?.x ?? 0)).not.toBe(Math.round(from.x));
    const cards = await drawnCards(app, "End goal");
    const [a, b] = [cards.find((c) => c.title === "Best product"), cards.find((c) => c.title === "Beside it")];
    if (!a || !b) throw new Error("cards not drawn");
    expect(Math.abs(a.x - b.x)).toBeLessThan(a.width);
    expect(overlap(a, b)).toBe(false);
  });
});

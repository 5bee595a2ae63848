import { describe, expect, test } from "vitest";
import { arrowBetween, cardBox, distanceText, stateLabel, type Box } from "./compare";
import { CARD_WIDTH, ROW_PITCH } from "./layout";

const band: Box = { x: 300, y: 100, width: 1000, height: 132 };

describe("card boxes", () => {
  test("a position maps across the band as a card is placed, centred on its position", () => {
    expect(cardBox(band, -100, 0).x).toBe(300 - CARD_WIDTH / 2);
    expect(cardBox(band, 0, 0).x).toBe(800 - CARD_WIDTH / 2);
    expect(cardBox(band, 100, 1).x).toBe(1300 - CARD_WIDTH / 2);
    expect(cardBox(band, 0, 0).y).toBe(100);
    expect(cardBox(band, 0, 1).y).toBe(100 + ROW_PITCH);
    expect(cardBox(band, 0, 3).y).toBe(100 + 3 * ROW_PITCH);
  });
});

describe("the arrow from the old place to the new one", () => {
  test("boxes apart: from edge to edge, pointing at the new place", () => {
    const arrow = arrowBetween(cardBox(band, -50, 0.5), cardBox(band, 50, 0.5));
    expect(arrow?.above).toBe(false);
    // Old centre 550, new centre 1050: the arrow runs between the boxes' facing edges.
    expect(arrow?.x1).toBeGreaterThanOrEqual(550 + CARD_WIDTH / 2);
    expect(arrow?.x2).toBeLessThanOrEqual(1050 - CARD_WIDTH / 2);
    expect(arrow?.y1).toBe(arrow?.y2);
    expect(arrow?.head.startsWith(`${Math.round((arrow?.x2 ?? 0) * 10) / 10},`)).toBe(true);
  });

  test("a move to the left points left", () => {
    const arrow = arrowBetween(cardBox(band, 60, 0.5), cardBox(band, -60, 0.5));
    expect(arrow && arrow.x2 < arrow.x1).toBe(true);
  });

  test("overlapping boxes (a short move): a level arrow above both, centre to centre", () => {
    const from = cardBox(band, 10, 0.2);
    const to = cardBox(band, 15, 0.2);
    const arrow = arrowBetween(from, to);
    expect(arrow?.above).toBe(true);
    expect(arrow?.y1).toBeLessThan(from.y);
    expect(arrow?.x1).toBe(from.x + CARD_WIDTH / 2);
    expect(arrow?.x2).toBe(to.x + CARD_WIDTH / 2);
  });

  test("into another lane: a slanted arrow between the lanes", () => {
    const below: Box = { ...band, y: band.y + 218 };
    const arrow = arrowBetween(cardBox(band, 0, 0.5), cardBox(below, 0, 0.5));
    expect(arrow?.above).toBe(false);
    expect(arrow?.x1).toBe(arrow?.x2);
    expect(arrow && arrow.y2 > arrow.y1).toBe(true);
  });

  test("the same place: no arrow", () => {
    expect(arrowBetween(cardBox(band, 0, 0.5), cardBox(band, 0, 0.5))).toBeNull();
  });
});

describe("distance", () => {
  test("signed, with the pole it leans to", () => {
    expect(distanceText(35, "Product-centric", "Customer-centric")).toBe("+35 towards customer-centric");
    expect(distanceText(-20, "Product-centric", "Customer-centric")).toBe("\u221220 towards product-centric");
    expect(distanceText(0, "Product-centric", "Customer-centric")).toBe("lane change only");
  });
});

describe("state names", () => {
  test("current reads as now, a snapshot by its name", () => {
    expect(stateLabel("current")).toBe("now");
    expect(stateLabel("Before offsite")).toBe("“Before offsite”");
  });
});

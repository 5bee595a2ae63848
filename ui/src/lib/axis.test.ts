import { describe, expect, it, test } from "vitest";
import { POSITION_CASES } from "../../mock/core-rules";
import {
  cardValueText,
  displayPosition,
  formatPosition,
  fractionToPosition,
  pointerToPosition,
  poleWord,
  positionToFraction,
  targetValueText,
} from "./axis";

describe("position ↔ fraction of the track", () => {
  test.each([
    [-100, 0],
    [-50, 0.25],
    [0, 0.5],
    [70, 0.85],
    [100, 1],
  ])("%d sits at %d", (position, fraction) => {
    expect(positionToFraction(position)).toBeCloseTo(fraction);
    expect(fractionToPosition(fraction)).toBeCloseTo(position);
  });
});

describe("pointer → position", () => {
  const left = 200;
  const width = 800;
  test.each([
    [200, -100],
    [600, 0],
    [1000, 100],
    [880, 70],
    [603, 1],
    [50, -100], // left of the track: held at the pole
    [1400, 100], // right of the track: held at the pole
  ])("x=%d → %d", (x, position) => {
    expect(pointerToPosition(x, left, width)).toBe(position);
  });

  test("a track of no width gives the middle", () => {
    expect(pointerToPosition(10, 0, 0)).toBe(0);
  });
});

describe("words for a position", () => {
  test.each([
    [70, "+70", "customer-centric"],
    [-40, "-40", "product-centric"],
    [0, "0", "balanced"],
    [12.5, "+12.5", "customer-centric"],
    [-0.01, "0", "product-centric"],
  ])("%d → %s, %s", (position, figure, pole) => {
    expect(formatPosition(position)).toBe(figure);
    expect(poleWord(position)).toBe(pole);
  });

  test("display text uses a real minus sign", () => {
    expect(displayPosition(-40)).toBe("\u221240");
    expect(displayPosition(40)).toBe("+40");
  });

  test("aria-valuetext of a card", () => {
    expect(cardValueText(70, "Marketing strategy")).toBe("+70, customer-centric, Marketing strategy");
    expect(cardValueText(-40, "Growth strategy")).toBe("-40, product-centric, Growth strategy");
    expect(cardValueText(0, "End goal")).toBe("0, balanced, End goal");
  });

  test("aria-valuetext of a target", () => {
    expect(targetValueText(60, "End goal")).toBe("target +60, customer-centric, End goal");
    expect(targetValueText(null, "End goal")).toBe("no target set, End goal");
  });
});

describe("positions read as the core writes them", () => {
  it("formats every shared case as model/figures.rs does", () => {
    for (const [value, signed, display] of POSITION_CASES) {
      expect(formatPosition(value), String(value)).toBe(signed);
      expect(displayPosition(value), String(value)).toBe(display);
    }
  });
});

import { describe, expect, it } from "vitest";
import { PLACEMENT } from "../../mock/core-rules";
import { BOARD_CARD_SPAN, ROW_PITCH, bandHeight, boardHeight, laneHeight, rowOffset, rowsById, rowTop } from "./layout";

describe("the board draws the core's rows", () => {
  it("draws a card narrower than the share of the axis the core gives it, so a row never overlaps", () => {
    expect(BOARD_CARD_SPAN).toBeLessThan(PLACEMENT.card_span);
  });

  it("finds each card's row in the core's rows", () => {
    const rows = rowsById([["a", "b"], [], ["c"]]);
    expect([rows.get("a"), rows.get("b"), rows.get("c"), rows.get("d")]).toEqual([0, 0, 2, undefined]);
  });

  it("keeps two rows of room and grows with the rows", () => {
    expect(bandHeight(0)).toBe(bandHeight(2));
    expect(bandHeight(5) - bandHeight(4)).toBe(ROW_PITCH);
    expect(rowTop(3)).toBe(3 * ROW_PITCH);
    expect(boardHeight([1, 6]) - boardHeight([1, 2])).toBe(laneHeight(6) - laneHeight(2));
  });

  it("reads a row as the offset the core asks it for: the top row 0, any row below 1", () => {
    expect([0, 1, 4].map(rowOffset)).toEqual([0, 1, 1]);
  });
});

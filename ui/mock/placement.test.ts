import { describe, expect, it } from "vitest";
import { PLACEMENT_CASES } from "./core-rules";
import { placeRows } from "./placement";

describe("the mock's placement", () => {
  it("gives every lane of the core's cases the core's rows", () => {
    expect(PLACEMENT_CASES.length).toBeGreaterThan(3);
    for (const { cards, rows } of PLACEMENT_CASES) expect(placeRows(cards)).toEqual(rows);
  });
});

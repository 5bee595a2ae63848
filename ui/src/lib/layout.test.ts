import { describe, expect, it } from "vitest";
import { CARD_SPAN, shownOffsets } from "./layout";

const card = (id: string, position: number, lane_offset: number | null = 0.5) => ({ id, position, lane_offset });

describe("shownOffsets", () => {
  it("keeps cards far apart in the middle", () => {
    const shown = shownOffsets([card("a", -60), card("b", 20), card("c", 80)]);
    expect([...shown.values()]).toEqual([0.5, 0.5, 0.5]);
  });

  it("puts neighbours that would cover each other on the top and bottom rows", () => {
    // The demo's Growth strategy lane: +20 and +55 are closer than a card is wide.
    expect(CARD_SPAN).toBeGreaterThan(35);
    const shown = shownOffsets([card("hardware", -60), card("success", 55), card("upsell", 20)]);
    expect(shown.get("hardware")).toBe(0.5);
    expect(shown.get("upsell")).toBe(0);
    expect(shown.get("success")).toBe(1);
  });

  it("alternates rows along a run of close cards", () => {
    const shown = shownOffsets([card("a", 0), card("b", 10), card("c", 20), card("d", 30)]);
    expect(["a", "b", "c", "d"].map((id) => shown.get(id))).toEqual([0, 1, 0, 1]);
  });

  it("keeps a place the user chose, and leaves missing offsets in the middle", () => {
    const shown = shownOffsets([card("dragged", 0, 0.8), card("new", 5, null), card("far", 90, null)]);
    expect(shown.get("dragged")).toBe(0.8);
    expect(shown.get("new")).toBe(0.5);
    expect(shown.get("far")).toBe(0.5);
  });
});

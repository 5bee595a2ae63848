import { describe, expect, it } from "vitest";
import { AREA_FIGURE_CASE } from "./core-rules";
import { areaFigures } from "./figures";

describe("the mock's area figures", () => {
  it("are the core's for every lane of the shared case, an empty one included", () => {
    expect(AREA_FIGURE_CASE.areas.length).toBeGreaterThan(3);
    for (const area of AREA_FIGURE_CASE.areas) {
      const cards = AREA_FIGURE_CASE.cards.filter((c) => c.area_id === area.id);
      const mock = areaFigures(area.target, cards);
      for (const key of ["stance", "shift", "projected_stance"] as const) {
        const core = area[key];
        if (core === null) expect(mock[key], `${area.id} ${key}`).toBeNull();
        else expect(mock[key], `${area.id} ${key}`).toBeCloseTo(core, 9);
      }
      expect(mock.pushing_customer).toBe(area.pushing_customer);
      expect(mock.pushing_product).toBe(area.pushing_product);
      expect(mock.rows).toEqual(area.rows);
    }
  });
});

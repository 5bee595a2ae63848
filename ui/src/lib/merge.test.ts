import { describe, expect, it } from "vitest";
import type {
  CanvasView_Serialize as CanvasView,
  Initiative_Serialize as Initiative,
  ViewChange_Serialize as ViewChange,
} from "../bindings";
import { applyChange } from "./merge";

const card = (id: string, area_id: string, position: number): Initiative => ({
  id, area_id, title: id, notes: "", position, target: null, lane_offset: 0.5,
  owner: "", status: "idea", impact: 2, tags: [], votes: 0,
});
const NO_OFFSITE = { assessment: { participants: [], mean: null, min: null, max: null, spread: null }, voting: null };

const summary = (id: string, stance: number | null) => ({
  rows: [] as string[][],
  id, name: id, colour: "#000000", product_pole: "", customer_pole: "", target: null, stance,
  shift: null, pushing_customer: 0, pushing_product: 0, projected_stance: stance,
});
const canvas = {
  id: "c", title: "T", subtitle: "", offsite_date: null, axis_left: "P", axis_right: "C",
  created_at: "", updated_at: "",
};

function view(): CanvasView {
  return {
    path: "/x.stratmap", file_name: "x.stratmap", canvas,
    areas: [
      { ...summary("a", -10), initiatives: [card("a1", "a", -20), card("a2", "a", 0)] },
      { ...summary("b", 50), initiatives: [card("b1", "b", 50)] },
    ],
    can_undo: false, can_redo: false, undo_label: null, redo_label: null, offsite: NO_OFFSITE,
  };
}

function change(partial: Partial<ViewChange>): ViewChange {
  return {
    canvas, areas: [summary("a", -10), summary("b", 50)], upserted: [], removed: [],
    can_undo: true, can_redo: false, undo_label: "a move", redo_label: null, offsite: NO_OFFSITE, change: 1, ...partial,
  };
}

describe("applyChange", () => {
  it("replaces a moved card in place and keeps every other object", () => {
    const before = view();
    const moved = card("a1", "a", 30);
    const after = applyChange(before, change({ upserted: [moved], areas: [summary("a", 15), summary("b", 50)] }));
    expect(after.areas[0]?.initiatives.map((c) => c.position)).toEqual([30, 0]);
    expect(after.areas[0]?.initiatives[1]).toBe(before.areas[0]?.initiatives[1]);
    expect(after.areas[1]?.initiatives).toBe(before.areas[1]?.initiatives);
    expect(after.areas[0]?.stance).toBe(15);
    expect(after.can_undo).toBe(true);
  });

  it("moves a card between lanes", () => {
    const after = applyChange(view(), change({ upserted: [card("a2", "b", 60)] }));
    expect(after.areas[0]?.initiatives.map((c) => c.id)).toEqual(["a1"]);
    expect(after.areas[1]?.initiatives.map((c) => c.id)).toEqual(["b1", "a2"]);
  });

  it("adds new cards and drops removed ones", () => {
    const after = applyChange(view(), change({ upserted: [card("n", "b", 0)], removed: ["a1"] }));
    expect(after.areas[0]?.initiatives.map((c) => c.id)).toEqual(["a2"]);
    expect(after.areas[1]?.initiatives.map((c) => c.id)).toEqual(["b1", "n"]);
  });

  it("follows the lanes the core sends, in its order", () => {
    const after = applyChange(view(), change({ areas: [summary("b", 50)], removed: ["a1", "a2"] }));
    expect(after.areas.map((a) => a.id)).toEqual(["b"]);
  });
});

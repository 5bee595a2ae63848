import { describe, expect, test } from "vitest";
import { dragTo, isDrag, laneAt, offsetFromTop, type DragStart } from "./drag";

// Three lanes whose bands are 100 px tall, 50 px apart, with rows 60 px apart; the track is 400 px
// wide from x=100.
const lanes = [
  { areaId: "goal", top: 0, height: 100, room: 60 },
  { areaId: "growth", top: 150, height: 100, room: 60 },
  { areaId: "marketing", top: 300, height: 100, room: 60 },
];

function start(cards: DragStart["cards"], grabbedId = cards[0]?.id ?? ""): DragStart {
  return { pointerX: 300, pointerY: 20, grabbedId, trackLeft: 100, trackWidth: 400, lanes, cardHeight: 40, cards };
}

const one = start([{ id: "a", areaId: "goal", position: 0, offset: 0, top: 0 }]);

describe("dragging one card", () => {
  test("along the axis: 2 px of track = 1 step", () => {
    const result = dragTo(one, 360, 20);
    expect(result.moves).toEqual([{ id: "a", position: 30, area_id: "goal", lane_offset: 0 }]);
    expect(result.shifts.get("a")).toEqual({ dx: 60, dy: 0 });
    expect(result.changed).toBe(true);
  });

  test("past the pole: held at +100 and −100", () => {
    expect(dragTo(one, 2000, 20).moves[0]?.position).toBe(100);
    expect(dragTo(one, -2000, 20).moves[0]?.position).toBe(-100);
  });

  test("down inside its lane: the lane offset follows", () => {
    const result = dragTo(one, 300, 50);
    expect(result.moves[0]).toEqual({ id: "a", position: 0, area_id: "goal", lane_offset: 0.5 });
  });

  test("into the next lane: a new area and the offset there", () => {
    const result = dragTo(one, 300, 20 + 180);
    expect(result.moves[0]).toEqual({ id: "a", position: 0, area_id: "growth", lane_offset: 0.5 });
    expect(result.shifts.get("a")).toEqual({ dx: 0, dy: 180 });
  });

  test("below the last lane: the last lane, at its bottom", () => {
    const result = dragTo(one, 300, 5000);
    expect(result.moves[0]).toMatchObject({ area_id: "marketing", lane_offset: 1 });
  });

  test("back to where it was: nothing changes", () => {
    expect(dragTo(one, 300, 20).changed).toBe(false);
  });

  test("in a lane grown past two rows, a card below the second row moves sideways in its row", () => {
    const tall: DragStart = {
      ...start([{ id: "a", areaId: "goal", position: 0, offset: 1, top: 120 }]),
      pointerY: 140,
      lanes: [{ areaId: "goal", top: 0, height: 220, room: 60 }],
    };
    expect(dragTo(tall, 360, 140).shifts.get("a")).toEqual({ dx: 60, dy: 0 });
    expect(dragTo(tall, 300, 140).changed).toBe(false);
  });
});

describe("dragging a selection", () => {
  const pair = start([
    { id: "a", areaId: "goal", position: 0, offset: 0, top: 0 },
    { id: "b", areaId: "goal", position: 80, offset: 0.5, top: 30 },
  ]);

  test("moves every card by the same amount", () => {
    const result = dragTo(pair, 320, 20);
    expect(result.moves.map((m) => m.position)).toEqual([10, 90]);
  });

  test("stops when one of them reaches a pole, keeping their spacing", () => {
    const result = dragTo(pair, 400, 20);
    expect(result.moves.map((m) => m.position)).toEqual([20, 100]);
  });

  test("into another lane together", () => {
    const result = dragTo(pair, 300, 20 + 300);
    expect(result.moves.map((m) => m.area_id)).toEqual(["marketing", "marketing"]);
  });
});

describe("geometry", () => {
  test("the lane under a point, else the nearest", () => {
    expect(laneAt(lanes, 160)?.areaId).toBe("growth");
    expect(laneAt(lanes, 120)?.areaId).toBe("goal");
    expect(laneAt(lanes, 140)?.areaId).toBe("growth");
    expect(laneAt(lanes, -50)?.areaId).toBe("goal");
    expect(laneAt([], 10)).toBeUndefined();
  });

  test("offset from a card's top", () => {
    expect(offsetFromTop(lanes[1]!, 150)).toBe(0);
    expect(offsetFromTop(lanes[1]!, 180)).toBe(0.5);
    expect(offsetFromTop(lanes[1]!, 400)).toBe(1);
  });

  test("a press that barely moves is a click", () => {
    expect(isDrag(2, 2)).toBe(false);
    expect(isDrag(4, 0)).toBe(true);
  });
});

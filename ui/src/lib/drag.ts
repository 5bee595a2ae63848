// The maths of dragging cards with the pointer, in client pixels, free of the DOM so it is tested
// alone. A drag moves the grabbed card and every other selected card by the same amount; crossing
// into another lane takes the whole selection into that lane. The drop gives one list of moves.

import { AXIS_MAX, AXIS_MIN, clamp01 } from "./axis";

/** A lane's track (the band cards sit in), in client pixels at the start of the drag. `room` is
 *  how far a card's top travels from lane offset 0 (the top row) to 1 (the second row). */
export interface LaneBox {
  areaId: string;
  top: number;
  height: number;
  room: number;
}

/** A dragged card as it was when the drag started; `top` is its box's client top. */
export interface DragCard {
  id: string;
  areaId: string;
  position: number;
  offset: number;
  top: number;
}

export interface DragStart {
  pointerX: number;
  pointerY: number;
  grabbedId: string;
  /** The track's horizontal box: −100 at `left`, +100 at `left + width`. */
  trackLeft: number;
  trackWidth: number;
  lanes: LaneBox[];
  /** A card's height in client pixels (cards are placed by their top edge). */
  cardHeight: number;
  cards: DragCard[];
}

export interface CardMove {
  id: string;
  position: number;
  area_id: string;
  lane_offset: number;
}

export interface DragResult {
  moves: CardMove[];
  /** How far each card's box has travelled, in client pixels, to draw it while dragging. */
  shifts: Map<string, { dx: number; dy: number }>;
  /** The grabbed card's position now (for the live read-out). */
  position: number;
  /** Whether the drop would change anything. */
  changed: boolean;
}

/** The lane under client y: the one containing it, else the nearest. */
export function laneAt<Lane extends Pick<LaneBox, "top" | "height">>(lanes: Lane[], y: number): Lane | undefined {
  let best: Lane | undefined;
  let bestDistance = Infinity;
  for (const lane of lanes) {
    const distance = y < lane.top ? lane.top - y : y >= lane.top + lane.height ? y - (lane.top + lane.height) + 1 : 0;
    if (distance < bestDistance) {
      best = lane;
      bestDistance = distance;
    }
  }
  return best;
}

/** Where a card's top edge sits in a lane, as the lane offset 0..1 (below the second row: 1). */
export function offsetFromTop(lane: LaneBox, cardTop: number): number {
  if (lane.room <= 0) return 0;
  return clamp01((cardTop - lane.top) / lane.room);
}

/** The client top of a card at `offset` in `lane`. */
export function topFromOffset(lane: LaneBox, offset: number): number {
  return lane.top + offset * Math.max(0, lane.room);
}

/** `top` held so a card of `height` stays inside the lane's band. */
function insideBand(lane: LaneBox, top: number, height: number): number {
  return Math.min(Math.max(top, lane.top), lane.top + Math.max(0, lane.height - height));
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/** The selection's places with the pointer at (x, y). */
export function dragTo(start: DragStart, x: number, y: number): DragResult {
  const grabbed = start.cards.find((card) => card.id === start.grabbedId);
  const shifts = new Map<string, { dx: number; dy: number }>();
  if (!grabbed || start.trackWidth <= 0) {
    return { moves: [], shifts, position: grabbed?.position ?? 0, changed: false };
  }
  const laneById = new Map(start.lanes.map((lane) => [lane.areaId, lane]));

  // Along the axis: one whole-number delta for the group, held so no card leaves the axis.
  const lowest = Math.min(...start.cards.map((card) => card.position));
  const highest = Math.max(...start.cards.map((card) => card.position));
  const wanted = Math.round(((x - start.pointerX) / start.trackWidth) * (AXIS_MAX - AXIS_MIN));
  const delta = Math.min(AXIS_MAX - highest, Math.max(AXIS_MIN - lowest, wanted));
  const dx = (delta / (AXIS_MAX - AXIS_MIN)) * start.trackWidth;

  // Across lanes: the grabbed card follows the pointer; the lane under the pointer is its lane.
  const target = laneAt(start.lanes, y) ?? laneById.get(grabbed.areaId);
  const fromLane = laneById.get(grabbed.areaId);
  if (!target || !fromLane) {
    return { moves: [], shifts, position: grabbed.position, changed: false };
  }
  const grabbedTop = insideBand(target, grabbed.top + (y - start.pointerY), start.cardHeight);
  const grabbedOffset = offsetFromTop(target, grabbedTop);
  const offsetDelta = grabbedOffset - grabbed.offset;
  const crossing = target.areaId !== grabbed.areaId;

  const moves: CardMove[] = [];
  let changed = false;
  for (const card of start.cards) {
    const lane = crossing ? target : (laneById.get(card.areaId) ?? target);
    const offset = round3(card.id === grabbed.id ? grabbedOffset : clamp01(card.offset + offsetDelta));
    const position = card.position + delta;
    moves.push({ id: card.id, position, area_id: lane.areaId, lane_offset: offset });
    // The grabbed card follows the pointer, and the others with it in their own lanes (the rows
    // are the core's to give on the drop); carried into another lane they go where their offset
    // puts them there.
    const top =
      card.id === grabbed.id ? grabbedTop : crossing ? topFromOffset(lane, offset) : insideBand(lane, card.top + (grabbedTop - grabbed.top), start.cardHeight);
    shifts.set(card.id, { dx, dy: top - card.top });
    if (position !== card.position || lane.areaId !== card.areaId || Math.abs(offset - card.offset) > 0.0005) {
      changed = true;
    }
  }
  return { moves, shifts, position: grabbed.position + delta, changed };
}

/** A press that travels less than this (client pixels) is a click, not a drag. */
export const DRAG_THRESHOLD = 4;

export function isDrag(dx: number, dy: number): boolean {
  return Math.hypot(dx, dy) >= DRAG_THRESHOLD;
}

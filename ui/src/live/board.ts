// The live board's pure logic: which cards a lane shows (public cards and one's own drafts), how
// they stack so none covers another on a narrow phone, and the lane above or below.

import { AXIS_MAX, AXIS_MIN, clampToAxis } from "../lib/axis";
import type { LiveView } from "./protocol";

export interface LiveCardData {
  id: string;
  areaId: string;
  title: string;
  position: number;
  laneOffset: number;
  /** Who drafted the card (public cards only). */
  owner: string | null;
  votes: number;
  /** One of this participant's private drafts. */
  draft: boolean;
}

/** Where a card goes when moved: what move_draft and move_card carry. */
export interface Place {
  area_id: string;
  position: number;
  lane_offset: number;
}

// The wire's f64 fields read `number | null`: a missing value is the axis's centre / mid-lane.
const num = (value: number | null | undefined, fallback: number) =>
  typeof value === "number" && Number.isFinite(value) ? value : fallback;

/** Every card this client may see, with the places of moves still on their way applied. */
export function cardsOf(view: LiveView, places: ReadonlyMap<string, Place>): LiveCardData[] {
  const cards: LiveCardData[] = [
    ...view.board.cards.map((card) => ({
      id: card.id,
      areaId: card.area_id,
      title: card.title,
      position: num(card.position, 0),
      laneOffset: num(card.lane_offset, 0.5),
      owner: card.owner === "" ? null : card.owner,
      votes: num(card.votes, 0),
      draft: false,
    })),
    ...view.drafts.map((draft) => ({
      id: draft.id,
      areaId: draft.area_id,
      title: draft.title,
      position: num(draft.position, 0),
      laneOffset: num(draft.lane_offset, 0.5),
      owner: null,
      votes: 0,
      draft: true,
    })),
  ];
  return cards.map((card) => {
    const place = places.get(card.id);
    return place ? { ...card, areaId: place.area_id, position: place.position, laneOffset: place.lane_offset } : card;
  });
}

/** A lane's geometry for a band `width` pixels wide: cards narrow with the screen. */
export function laneGeometry(width: number): { cardWidth: number; plotWidth: number; span: number } {
  const cardWidth = Math.round(Math.min(176, Math.max(112, width * 0.36)));
  const plotWidth = Math.max(1, width - cardWidth);
  // Axis units one card (and a small gap) covers: two cards closer than this would overlap.
  const span = ((cardWidth + 6) / plotWidth) * (AXIS_MAX - AXIS_MIN);
  return { cardWidth, plotWidth, span };
}

/**
 * A row for each card so that no two in a row overlap: cards are taken in their lane-offset order
 * (so a card placed higher stays higher) and each goes to the first row with room for it.
 */
export function stackRows(cards: readonly LiveCardData[], span: number): Map<string, number> {
  const ordered = [...cards].sort(
    (a, b) => a.laneOffset - b.laneOffset || a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const rows: number[][] = [];
  const placed = new Map<string, number>();
  for (const card of ordered) {
    let row = rows.findIndex((taken) => taken.every((p) => Math.abs(p - card.position) >= span));
    if (row === -1) row = rows.push([]) - 1;
    rows[row]?.push(card.position);
    placed.set(card.id, row);
  }
  return placed;
}

/** The area `step` lanes away from `areaId`, or null at the first or last lane. */
export function neighbourArea(areaIds: readonly string[], areaId: string, step: number): string | null {
  const index = areaIds.indexOf(areaId);
  if (index === -1) return null;
  return areaIds[index + step] ?? null;
}

/** The position a pointer drag of `dx` pixels gives a card that started at `start`. */
export function dragPosition(start: number, dx: number, plotWidth: number): number {
  if (plotWidth <= 0) return start;
  return Math.round(clampToAxis(start + (dx / plotWidth) * (AXIS_MAX - AXIS_MIN)));
}

/** How far, in pixels, a card at `position` sits from where it started at `start`. */
export function positionShift(start: number, position: number, plotWidth: number): number {
  return ((position - start) / (AXIS_MAX - AXIS_MIN)) * plotWidth;
}

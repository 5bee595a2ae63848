// The board's logical geometry (CSS pixels at zoom 1). The board is drawn at this size and scaled
// by the zoom, so the pointer maths only needs the track's on-screen box.

import { AXIS_MAX, AXIS_MIN } from "./axis";

export const CARD_WIDTH = 176;
export const CARD_HEIGHT = 66;
/** Width of the columns that hold the pole descriptions at each end of a lane. */
export const POLE_WIDTH = 188;
/** Room on each side of the track so a card at a pole stays inside its lane. */
export const TRACK_INSET = CARD_WIDTH / 2 + 8;
export const BOARD_WIDTH = 1480;
/** The width cards are placed across: the lane minus its pole columns, the track's insets and
 *  the borders (two of the lane, two of the track). */
export const PLOT_WIDTH = BOARD_WIDTH - 2 * POLE_WIDTH - 2 * TRACK_INSET - 4;
/** How many axis units a card covers: two cards whose places are closer than this overlap. */
export const CARD_SPAN = (CARD_WIDTH / PLOT_WIDTH) * (AXIS_MAX - AXIS_MIN);
export const AXIS_HEIGHT = 72;
export const LANE_HEADER_HEIGHT = 40;
/** The band cards sit in; lane_offset 0 puts a card at its top, 1 at its bottom. */
export const BAND_HEIGHT = 132;
/** The rail under the band that carries the stance and target markers. */
export const RAIL_HEIGHT = 34;
export const LANE_GAP = 12;
export const LANE_HEIGHT = LANE_HEADER_HEIGHT + BAND_HEIGHT + RAIL_HEIGHT;

export function boardHeight(laneCount: number): number {
  return AXIS_HEIGHT + laneCount * (LANE_HEIGHT + LANE_GAP) + 24;
}

/** A card's top inside the band for a lane offset (null = the middle). */
export function cardTop(laneOffset: number | null): number {
  const offset = laneOffset ?? 0.5;
  return offset * (BAND_HEIGHT - CARD_HEIGHT);
}

/** As a percentage of the track's width, for CSS. */
export function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(3)}%`;
}

interface Placed {
  id: string;
  position: number | null;
  lane_offset: number | null;
}

/**
 * Where each card of one lane is drawn (lane offset 0..1). A card still in the middle, where
 * imports and the keyboard leave it, that would cover a neighbour goes to the top or the bottom
 * row instead, alternating along the axis, so a freshly imported canvas reads cleanly. An offset
 * the user chose by dragging is kept as it is. Drawing only: nothing is written.
 */
export function shownOffsets(cards: readonly Placed[]): Map<string, number> {
  const shown = new Map<string, number>();
  const middle: { id: string; position: number }[] = [];
  for (const card of cards) {
    const offset = card.lane_offset ?? 0.5;
    if (offset === 0.5) middle.push({ id: card.id, position: card.position ?? 0 });
    else shown.set(card.id, offset);
  }
  middle.sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Clusters: each card closer than a card's span to the one before it.
  let cluster: string[] = [];
  const place = () => {
    cluster.forEach((id, index) => shown.set(id, cluster.length === 1 ? 0.5 : index % 2 === 0 ? 0 : 1));
    cluster = [];
  };
  let previous = -Infinity;
  for (const card of middle) {
    if (card.position - previous >= CARD_SPAN) place();
    cluster.push(card.id);
    previous = card.position;
  }
  place();
  return shown;
}

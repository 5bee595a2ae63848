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
/** How many axis units a card covers on the board: no more than the core's card span, so two
 *  cards the core puts in one row never touch. */
export const BOARD_CARD_SPAN = (CARD_WIDTH / PLOT_WIDTH) * (AXIS_MAX - AXIS_MIN);
export const AXIS_HEIGHT = 72;
export const LANE_HEADER_HEIGHT = 40;
/** Space between two rows of cards. */
export const ROW_GAP = 6;
/** From one row's top to the next: the core's placement rule puts each card in a row. */
export const ROW_PITCH = CARD_HEIGHT + ROW_GAP;
/** Rows every band shows even when its cards need fewer: room to drag a card down. */
export const MIN_ROWS = 2;
/** The rail under the band that carries the stance and target markers: tall enough for a target
 *  marker's 40-pixel box (24 CSS pixels on screen at the smallest fitted zoom). */
export const RAIL_HEIGHT = 42;
export const LANE_GAP = 12;

/** The band's height for a lane with `rowCount` rows of cards. */
export function bandHeight(rowCount: number): number {
  return Math.max(rowCount, MIN_ROWS) * ROW_PITCH - ROW_GAP;
}

export function laneHeight(rowCount: number): number {
  return LANE_HEADER_HEIGHT + bandHeight(rowCount) + RAIL_HEIGHT;
}

export function boardHeight(rowCounts: readonly number[]): number {
  return AXIS_HEIGHT + rowCounts.reduce((sum, rows) => sum + laneHeight(rows) + LANE_GAP, 0) + 24;
}

/** A row's top inside the band. */
export function rowTop(row: number): number {
  return row * ROW_PITCH;
}

/**
 * Where a card with this lane offset would be drawn, inside the band: offset 0 is the top row and
 * 1 the second (the core reads an offset above or below the middle as asking for that row). For
 * a card being typed, and the drag's preview, before the core has placed it.
 */
export function offsetTop(laneOffset: number | null): number {
  return (laneOffset ?? 0.5) * ROW_PITCH;
}

/** The offset a card drawn in `row` stands for (the inverse of `offsetTop`, held to 0..1). */
export function rowOffset(row: number): number {
  return Math.min(1, row);
}

/** Each card's row, from the core's rows of a lane (top to bottom, ids in axis order). */
export function rowsById(rows: readonly (readonly string[])[]): Map<string, number> {
  const byId = new Map<string, number>();
  rows.forEach((ids, row) => ids.forEach((id) => byId.set(id, row)));
  return byId;
}

/** As a percentage of the track's width, for CSS. */
export function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(3)}%`;
}

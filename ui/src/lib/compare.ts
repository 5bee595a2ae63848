// Where the compare view draws things: card boxes at a position in a lane, and the arrow from a
// ghost (the old place) to the new place. Pure geometry in the board's logical pixels; every
// position comes from the core's comparison, nothing here decides what moved or by how much.

import { displayPosition, positionToFraction } from "./axis";
import { CARD_HEIGHT, CARD_WIDTH, rowTop } from "./layout";

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Arrow {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** The arrowhead's three corners, as an SVG `points` list. */
  head: string;
  /** Drawn above the two boxes because they overlap (a short move). */
  above: boolean;
}

/** Room left between an arrow's ends and the boxes it joins. */
const GAP = 5;
const HEAD_LENGTH = 14;
const HEAD_WIDTH = 13;
/** How far above the higher box a short move's arrow runs. */
const ABOVE = 9;

/** A card's box in a lane band (`band` in board pixels), as Card.svelte places it. */
export function cardBox(band: Box, position: number, row: number): Box {
  return {
    x: band.x + positionToFraction(position) * band.width - CARD_WIDTH / 2,
    y: band.y + rowTop(row),
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
  };
}

function centre(box: Box): { x: number; y: number } {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The fraction of (dx, dy) at which a line from a box's centre leaves the box. */
function exitFraction(box: Box, dx: number, dy: number): number {
  const tx = dx === 0 ? Infinity : box.width / 2 / Math.abs(dx);
  const ty = dy === 0 ? Infinity : box.height / 2 / Math.abs(dy);
  return Math.min(tx, ty);
}

function head(x1: number, y1: number, x2: number, y2: number): string {
  const length = Math.hypot(x2 - x1, y2 - y1);
  const ux = (x2 - x1) / length;
  const uy = (y2 - y1) / length;
  const bx = x2 - ux * HEAD_LENGTH;
  const by = y2 - uy * HEAD_LENGTH;
  const px = -uy * (HEAD_WIDTH / 2);
  const py = ux * (HEAD_WIDTH / 2);
  const round = (value: number) => Math.round(value * 10) / 10;
  return [
    [x2, y2],
    [bx + px, by + py],
    [bx - px, by - py],
  ]
    .map(([x, y]) => `${round(x ?? 0)},${round(y ?? 0)}`)
    .join(" ");
}

/**
 * The arrow from the old place to the new one. Boxes apart: from edge to edge, so it covers
 * neither card. Boxes overlapping (a short move): a level arrow just above them, centre to
 * centre. Null when the places are the same.
 */
export function arrowBetween(from: Box, to: Box): Arrow | null {
  const a = centre(from);
  const b = centre(to);
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  if (dx === 0 && dy === 0) return null;
  const length = Math.hypot(dx, dy);
  const start = exitFraction(from, dx, dy) + GAP / length;
  const end = 1 - exitFraction(to, dx, dy) - GAP / length;
  if (end - start > HEAD_LENGTH / length) {
    const x1 = a.x + dx * start;
    const y1 = a.y + dy * start;
    const x2 = a.x + dx * end;
    const y2 = a.y + dy * end;
    return { x1, y1, x2, y2, head: head(x1, y1, x2, y2), above: false };
  }
  if (Math.abs(dx) < 2) return null;
  const y = Math.min(from.y, to.y) - ABOVE;
  return { x1: a.x, y1: y, x2: b.x, y2: y, head: head(a.x, y, b.x, y), above: true };
}

/** The core's signed shift as a figure and the pole it leans to: "+35", "towards customer-centric". */
export function distanceParts(shift: number | null, axisLeft: string, axisRight: string): { figure: string; towards: string } {
  if (shift === null || shift === 0) return { figure: "0", towards: "lane change only" };
  return { figure: displayPosition(shift), towards: `towards ${(shift > 0 ? axisRight : axisLeft).toLowerCase()}` };
}

/** "+35 towards customer-centric". */
export function distanceText(shift: number | null, axisLeft: string, axisRight: string): string {
  const { figure, towards } = distanceParts(shift, axisLeft, axisRight);
  return shift === null || shift === 0 ? towards : `${figure} ${towards}`;
}

/** A state's name as people say it: "now" for the live canvas, a snapshot's name in quotes. */
export function stateLabel(state: string): string {
  return state === "current" ? "now" : `“${state}”`;
}

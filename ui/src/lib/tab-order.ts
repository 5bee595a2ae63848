// The order a lane's cards are read in: Tab, a screen reader's browsing and the board's DOM all
// follow it, left to right along the axis, as the eye reads the lane. It is the core's reading
// order (`Document::initiatives_in`: position, then title, then id), which the core sends a view
// in; after edits the UI's merged lists keep the order cards arrived in, so each lane sorts again.

import type { Initiative_Serialize as Initiative } from "../bindings";

type Placed = Pick<Initiative, "id" | "title" | "position">;

/** As Rust's `f64::total_cmp` orders positions: −0 before +0. */
function comparePositions(a: number, b: number): number {
  if (a !== b) return a < b ? -1 : 1;
  return Object.is(a, -0) === Object.is(b, -0) ? 0 : Object.is(a, -0) ? -1 : 1;
}

/** As Rust orders strings: by Unicode code point (JavaScript's `<` compares UTF-16 units). */
function compareText(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  for (let i = 0; i < Math.min(left.length, right.length); i += 1) {
    const difference = (left[i]?.codePointAt(0) ?? 0) - (right[i]?.codePointAt(0) ?? 0);
    if (difference !== 0) return difference < 0 ? -1 : 1;
  }
  return Math.sign(left.length - right.length);
}

export function compareReading(a: Placed, b: Placed): number {
  return comparePositions(a.position ?? 0, b.position ?? 0) || compareText(a.title, b.title) || compareText(a.id, b.id);
}

/** A lane's cards left to right: a sorted copy, the list given is left as it is. */
export function readingOrder<T extends Placed>(cards: readonly T[]): T[] {
  return [...cards].sort(compareReading);
}

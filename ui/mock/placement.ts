// The core's placement rule (model/placement.rs) for the test double, so its views carry rows as
// the core's do. Checked against the core's own answers on shared cases (placement.test.ts), never
// trusted on its own.

import { PLACEMENT } from "./core-rules";

interface Placed {
  id: string;
  position: number;
  lane_offset: number;
}

function asksFor(card: Placed): number | null {
  if (card.lane_offset < PLACEMENT.no_preference) return 0;
  if (card.lane_offset > PLACEMENT.no_preference) return 1;
  return null;
}

const byPlace = (a: Placed, b: Placed) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** One lane's rows, top to bottom, each row's ids in axis order. */
export function placeRows(cards: readonly Placed[]): string[][] {
  const order = [...cards].sort((a, b) => Number(asksFor(a) === null) - Number(asksFor(b) === null) || byPlace(a, b));
  const rows: Placed[][] = [];
  for (const card of order) {
    const wanted = asksFor(card) ?? 0;
    const free = (row: number) => (rows[row] ?? []).every((other) => Math.abs(other.position - card.position) >= PLACEMENT.card_span);
    let row = -1;
    for (let up = wanted; up >= 0 && row < 0; up -= 1) if (free(up)) row = up;
    for (let down = wanted + 1; row < 0; down += 1) if (free(down)) row = down;
    while (rows.length <= row) rows.push([]);
    rows[row]?.push(card);
  }
  return rows.map((row) => row.sort(byPlace).map((card) => card.id));
}

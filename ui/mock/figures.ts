// The fake backend's area figures: stance (the impact-weighted mean of positions), shift to the
// target, the cards pushing each way, the projected stance and the rows. A copy of the core's
// model/area_figures.rs, checked against the core's own answers (figures.test.ts).

import { placeRows } from "./placement";

export interface FigureCard {
  id: string;
  position: number | null;
  target: number | null;
  impact: number;
  lane_offset: number | null;
}

export interface AreaFigures {
  stance: number | null;
  shift: number | null;
  pushing_customer: number;
  pushing_product: number;
  projected_stance: number | null;
  rows: string[][];
}

/** The figures of an area with `target` whose cards are `cards`. */
export function areaFigures(target: number | null, cards: FigureCard[]): AreaFigures {
  const weight = cards.reduce((sum, c) => sum + c.impact, 0);
  const mean = (at: (c: FigureCard) => number) =>
    weight === 0 ? null : cards.reduce((sum, c) => sum + at(c) * c.impact, 0) / weight;
  const position = (c: FigureCard) => c.position ?? 0;
  const goal = (c: FigureCard) => c.target ?? position(c);
  const stance = mean(position);
  return {
    stance,
    shift: target != null && stance != null ? target - stance : null,
    pushing_customer: cards.filter((c) => goal(c) > position(c)).length,
    pushing_product: cards.filter((c) => goal(c) < position(c)).length,
    projected_stance: mean(goal),
    rows: placeRows(cards.map((c) => ({ id: c.id, position: position(c), lane_offset: c.lane_offset ?? 0.5 }))),
  };
}

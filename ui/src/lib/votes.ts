// The vote results as shown: the initiatives that got votes, most first. The totals are the
// core's (each card's `votes` after the reveal); this only orders them.

import type { AreaView_Serialize as AreaView, Initiative_Serialize as Initiative } from "../bindings";

export interface Ranked {
  card: Initiative;
  area: AreaView;
}

export function rankByVotes(areas: AreaView[]): Ranked[] {
  return areas
    .flatMap((area) => area.initiatives.map((card) => ({ card, area })))
    .filter(({ card }) => card.votes > 0)
    .sort((a, b) => b.card.votes - a.card.votes || a.card.title.localeCompare(b.card.title));
}

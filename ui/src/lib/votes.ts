// The vote results as shown: the core's ranking (`offsite.voting.ranking`: the initiatives that
// got votes, most first, equal totals in the board's reading order) joined to the cards and their
// lanes. Nothing here orders anything itself.

import type { AreaView_Serialize as AreaView, Initiative_Serialize as Initiative } from "../bindings";

export interface Ranked {
  card: Initiative;
  area: AreaView;
}

export function ranked(areas: AreaView[], ranking: readonly string[]): Ranked[] {
  const byId = new Map(areas.flatMap((area) => area.initiatives.map((card) => [card.id, { card, area }] as const)));
  return ranking.flatMap((id) => {
    const found = byId.get(id);
    return found ? [found] : [];
  });
}

/** A lane's cards with the ranked ones first, in ranking order; the rest keep their order. */
export function rankedFirst(cards: readonly Initiative[], ranking: readonly string[]): Initiative[] {
  const place = new Map(ranking.map((id, index) => [id, index]));
  const at = (card: Initiative) => place.get(card.id) ?? ranking.length;
  return [...cards].sort((a, b) => at(a) - at(b));
}

// What a screen reader is told about a card beyond its title and place (the slider's name and
// value): who owns it, its status, impact and target, its votes, and whether the search leaves it
// out. A slider's children are not read, so the card points at this text as its description.

import type { Initiative_Serialize as Initiative } from "../bindings";
import { formatPosition } from "./axis";

const IMPACT_WORDS: Record<number, string> = { 1: "low", 2: "medium", 3: "high" };

type Described = Pick<Initiative, "owner" | "status" | "impact" | "target" | "votes">;

/** "owner Ana, status active, impact high, target -20, 5 votes, not matching the filter". */
export function cardDescription(card: Described, dimmed: boolean): string {
  const parts = [
    card.owner.trim() === "" ? null : `owner ${card.owner}`,
    `status ${card.status}`,
    `impact ${IMPACT_WORDS[card.impact] ?? card.impact}`,
    card.target === null ? null : `target ${formatPosition(card.target)}`,
    card.votes > 0 ? `${card.votes} ${card.votes === 1 ? "vote" : "votes"}` : null,
    dimmed ? "not matching the filter" : null,
  ];
  return parts.filter((part) => part !== null).join(", ");
}
